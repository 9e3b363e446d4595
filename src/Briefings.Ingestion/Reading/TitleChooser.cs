using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Reading;

/// <summary>What a page offers as its title: declared titles (JSON-LD, meta tags) most trusted first, the &lt;title&gt; element, its &lt;h1&gt;s, and the names of its site.</summary>
internal sealed record TitleCandidates(
    IReadOnlyList<string> Declared,
    string? Element,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> SiteNames,
    string? Host);

/// <summary>
/// Chooses a page's title from its candidates: the most trusted declared title, else the
/// &lt;title&gt; element, else the first &lt;h1&gt;; never one that is only the site's name.
/// A site's name is cut from either end ("… - The Clarion", "The Clarion | …") when the
/// page names its site, when another candidate agrees with what is left, or, for the
/// &lt;title&gt; element only, when the last part is short and what is left reads as a title.
/// </summary>
internal static partial class TitleChooser
{
    // Separators between a title and its site or section; a hyphen only with spaces around it.
    [GeneratedRegex(@"\s+(?:\||-|–|—|::|»|·|•|/|\\|~)\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    public static string? Choose(TitleCandidates page)
    {
        // A long "site name" is a page's title written into the wrong tag, not a name.
        page = page with { SiteNames = page.SiteNames.Where(s => WordCount(s) <= 5).ToList() };
        var others = page.Declared.Concat(page.Headings).Append(page.Element).OfType<string>().Where(t => !IsSiteName(t, page)).ToList();
        var declared = page.Declared.Where(d => !IsSiteName(d, page)).ToList();
        // Of the declared titles, the first that the page's other titles agree with, else the most trusted.
        var chosen = declared.Find(d => Agrees(d, page)) ?? declared.FirstOrDefault();
        if (chosen is not null)
            return Trim(chosen, page, others, blind: false);
        if (page.Element is { } element && !IsSiteName(element, page))
        {
            // A very short or very long <title> gives way to a single long <h1>.
            if ((element.Length < 15 || element.Length > 150) && page.Headings.Count == 1 && WordCount(page.Headings[0]) >= 5)
                return page.Headings[0];
            return Trim(element, page, others, blind: true);
        }
        return page.Headings.FirstOrDefault(h => !IsSiteName(h, page));
    }

    /// <summary>
    /// The title without its site's name at either end. A part another candidate agrees with
    /// wins first; then site names are cut; a title is never cut down to a single word, which is
    /// more often a topic or section than a headline.
    /// </summary>
    private static string Trim(string title, TitleCandidates page, List<string> others, bool blind)
    {
        var separators = Separator().Matches(title);
        if (separators.Count == 0)
            return title;
        var parts = new List<string>();
        var start = 0;
        foreach (Match separator in separators)
        {
            parts.Add(title[start..separator.Index]);
            start = separator.Index + separator.Length;
        }
        parts.Add(title[start..]);

        // Another candidate names a run of the parts: that run is the title.
        var agreed = AgreedRun(title, separators, parts, others);
        if (agreed is not null)
            return Accept(agreed, title);

        int first = 0, last = parts.Count - 1;
        while (last > first && IsSiteName(parts[last], page))
            last--;
        while (first < last && IsSiteName(parts[first], page))
            first++;
        if (first == 0 && last == parts.Count - 1 && blind && parts.Count >= 2)
        {
            // No evidence: a <title> is "headline - site" far more often than the reverse,
            // so a short last part goes when what is left is long enough to be a headline.
            var rest = Join(title, separators, 0, parts.Count - 2);
            if (WordCount(parts[^1]) <= 4 && WordCount(rest) >= 3)
                return Accept(rest, title);
            return title;
        }
        return Accept(Join(title, separators, first, last), title);
    }

    /// <summary>Whether the &lt;title&gt; or an &lt;h1&gt; says the same, or holds it between separators.</summary>
    private static bool Agrees(string title, TitleCandidates page)
    {
        var key = Key(title);
        if (page.Headings.Any(h => Key(h) == key))
            return true;
        if (page.Element is not { } element)
            return false;
        return Key(element) == key || Separator().Split(element).Any(part => Key(part) == key)
               || (element.StartsWith(title, StringComparison.OrdinalIgnoreCase) && Separator().IsMatch(element[title.Length..]));
    }

    private static string? AgreedRun(string title, MatchCollection separators, List<string> parts, List<string> others)
    {
        var wanted = others.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        string? best = null;
        for (var from = 0; from < parts.Count; from++)
        {
            for (var to = parts.Count - 1; to >= from; to--)
            {
                if (from == 0 && to == parts.Count - 1)
                    continue;
                var run = Join(title, separators, from, to);
                if (wanted.Contains(Key(run)) && (best is null || run.Length > best.Length))
                    best = run;
            }
        }
        return best;
    }

    private static string Accept(string trimmed, string original) =>
        WordCount(trimmed) >= 2 ? trimmed.Trim() : original;

    private static string Join(string title, MatchCollection separators, int first, int last)
    {
        var start = first == 0 ? 0 : separators[first - 1].Index + separators[first - 1].Length;
        var end = last == separators.Count ? title.Length : separators[last].Index;
        return title[start..end];
    }

    /// <summary>Whether a text is the site's own name: a declared site name, or the host's name ("Aktuálně.cz" on aktualne.cz).</summary>
    private static bool IsSiteName(string text, TitleCandidates page)
    {
        var key = Key(text);
        if (key.Length == 0)
            return false;
        foreach (var site in page.SiteNames)
        {
            var siteKey = Key(site);
            if (siteKey.Length == 0)
                continue;
            if (key == siteKey || (key.Length >= 4 && siteKey.StartsWith(key, StringComparison.Ordinal))
                || (siteKey.Length >= 4 && key.StartsWith(siteKey, StringComparison.Ordinal) && key.Length <= siteKey.Length + 6))
                return true;
        }
        if (page.Host is { } host)
        {
            var labels = host.Split('.').Where(l => l.Length >= 3 && l is not "www" and not "com" and not "org" and not "net" and not "co");
            foreach (var label in labels)
            {
                var hostKey = Key(label);
                if (key == hostKey || (key.Length > hostKey.Length && key.StartsWith(hostKey, StringComparison.Ordinal) && key.Length <= hostKey.Length + 4))
                    return true;
            }
        }
        return false;
    }

    /// <summary>Letters and digits only, lower case, without accents: "Aktuálně.cz" and "aktualne cz" meet.</summary>
    private static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                plain.Append(c);
        }
        return NonWord().Replace(plain.ToString(), "").ToLowerInvariant();
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
