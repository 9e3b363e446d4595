using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Queries.Search;

/// <summary>
/// Turns what a reader typed into a <see cref="FullTextQuery"/>: each word, phrase or prefix a group
/// of its own; a run of plain words that names an entity stored here ("kryvyi rih", "kiev") one group
/// with that entity's other names, the longest name first. Entities the corpus never mentions add
/// nothing: their names would only widen a search with places nobody wrote about.
/// </summary>
public sealed class FullTextQueryBuilder(BriefingsDb db, SearchAliases aliases)
{
    public async Task<FullTextQuery?> BuildAsync(string text, List<string> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var terms = SearchTerms.Parse(text);
        if (!terms.Any(t => !t.Excluded))
        {
            problems.Add(terms.Count == 0
                ? $"“q”: “{text}” has no word to search for (letters or digits)."
                : $"“q”: “{text}” only leaves words out; add a word to find.");
            return null;
        }

        var candidates = Candidates(terms);
        var keys = candidates.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToList();
        var stored = keys.Count == 0
            ? []
            : await db.Entities.AsNoTracking().Where(e => keys.Contains(e.Slug)).Select(e => new { e.Slug, e.Name })
                .ToDictionaryAsync(e => e.Slug, e => e.Name, StringComparer.Ordinal, cancellationToken);
        IReadOnlyList<string> StoredKeys(string words) =>
            candidates.TryGetValue(words, out var k) ? [.. k.Where(stored.ContainsKey)] : [];

        var groups = new List<IReadOnlyList<SearchPhrase>>();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (term.Excluded)
                continue;
            if (term.Prefix)
            {
                groups.Add([new SearchPhrase(term.Text, Prefix: true)]);
                continue;
            }
            if (term.Phrase)
            {
                groups.Add(Group(term.Text, StoredKeys(term.Text), stored));
                continue;
            }
            // The longest run of plain words from here that names a stored entity, else the word alone.
            var run = PlainRun(terms, i);
            var taken = 1;
            for (var n = Math.Min(run, SearchAliases.MaxNameWords); n >= 1; n--)
            {
                var words = Join(terms, i, n);
                if (StoredKeys(words).Count > 0)
                {
                    taken = n;
                    break;
                }
            }
            var phrase = Join(terms, i, taken);
            groups.Add(Group(phrase, StoredKeys(phrase), stored));
            i += taken - 1;
        }
        var excluded = terms.Where(t => t.Excluded).Select(t => new SearchPhrase(t.Text, t.Prefix)).ToList();
        return new FullTextQuery(groups, excluded);
    }

    /// <summary>For every phrase and every run of up to <see cref="SearchAliases.MaxNameWords"/> plain words: the entities it names.</summary>
    private Dictionary<string, IReadOnlyList<string>> Candidates(IReadOnlyList<SearchTerm> terms)
    {
        var candidates = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (term.Excluded || term.Prefix)
                continue;
            if (term.Phrase)
            {
                candidates.TryAdd(term.Text, aliases.KeysNamedBy(term.Text));
                continue;
            }
            var run = Math.Min(PlainRun(terms, i), SearchAliases.MaxNameWords);
            for (var n = 1; n <= run; n++)
            {
                var words = Join(terms, i, n);
                if (!candidates.ContainsKey(words))
                    candidates[words] = aliases.KeysNamedBy(words);
            }
        }
        return candidates;
    }

    private static bool IsPlain(SearchTerm term) => !term.Phrase && !term.Prefix && !term.Excluded;

    private static int PlainRun(IReadOnlyList<SearchTerm> terms, int start)
    {
        var end = start;
        while (end < terms.Count && IsPlain(terms[end]))
            end++;
        return end - start;
    }

    private static string Join(IReadOnlyList<SearchTerm> terms, int start, int count) =>
        string.Join(' ', terms.Skip(start).Take(count).Select(t => t.Text));

    private IReadOnlyList<SearchPhrase> Group(string text, IReadOnlyList<string> keys, Dictionary<string, string> stored)
    {
        var names = new List<string> { text };
        foreach (var key in keys)
        {
            names.Add(stored[key]);
            names.AddRange(aliases.NamesOf(key));
        }
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase).Take(SearchAliases.MaxNames + 1).Select(n => new SearchPhrase(n))];
    }
}
