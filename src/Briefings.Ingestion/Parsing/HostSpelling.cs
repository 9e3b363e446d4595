using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Names a site the outlet table does not know the way the page itself writes its host's name:
/// "clarionpost.com" is "Clarion Post" where the page says so, "about.vorinsk.org" is
/// "Vorinsk". Looks in the text first, then in the raw file (a page's meta tags and markup).
/// </summary>
public static class HostSpelling
{
    private const int RawLimit = 400_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The page's most frequent capitalised spelling of the host's name, or null.</summary>
    public static string? Find(string host, ArticleContext article)
    {
        if (OutletTable.NameLabel(host) is not { } label)
            return null;
        var letters = label.Replace("-", "", StringComparison.Ordinal);
        if (letters.Length < 4 || !letters.All(char.IsAsciiLetterOrDigit))
            return null;
        var pattern = new StringBuilder(@"(?<![\p{L}\d./@_-])");
        for (var i = 0; i < letters.Length; i++)
        {
            if (i > 0)
                pattern.Append(@"[ \-]?");
            pattern.Append(Regex.Escape(letters[i].ToString()));
        }
        pattern.Append(@"(?![\p{L}\d]|\.[a-z])");
        var spelling = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
        var text = string.Join('\n', article.Lines.Select(l => l.Trimmed));
        var raw = article.Source.RawText;
        return Best(spelling, text) ?? Best(spelling, raw.Length > RawLimit ? raw[..RawLimit] : raw);
    }

    private static string? Best(Regex spelling, string text)
    {
        try
        {
            return spelling.Matches(text)
                .Where(m => IsProperName(m.Value))
                .GroupBy(m => m.Value, StringComparer.Ordinal)
                // A lone capitalised word ("Example") must appear inside a sentence at least once to be a name.
                .Where(g => IsPlainlyAName(g.Key) || g.Any(m => !OpensSentence(text, m.Index)))
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault();
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool IsPlainlyAName(string value) =>
        value.Contains(' ', StringComparison.Ordinal) || value.Skip(1).Any(char.IsUpper);

    private static bool OpensSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '“' or '‘' or '\'' or '(')
            i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '>' or ':';
    }

    // "Clarion Post", "ClarionPost", "CLARION": each word capitalised; "clarionpost" is only the host again.
    private static bool IsProperName(string value) =>
        value.Split(' ', '-').All(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0])));
}
