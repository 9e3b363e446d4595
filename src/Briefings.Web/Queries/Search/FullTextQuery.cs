namespace Briefings.Web.Queries.Search;

/// <summary>A word or phrase to find; <see cref="Prefix"/> also finds the words that start with its last word.</summary>
public sealed record SearchPhrase(string Text, bool Prefix = false);

/// <summary>
/// A reader's search, resolved: every group must be found (any one of its phrases: a word and its
/// entity's other names), no excluded phrase may be. <see cref="Fts5"/> is its SQLite FTS5 form, in
/// which every phrase is quoted, so nothing the reader typed is read as query syntax.
/// </summary>
public sealed class FullTextQuery
{
    public FullTextQuery(IReadOnlyList<IReadOnlyList<SearchPhrase>> groups, IReadOnlyList<SearchPhrase> excluded)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(excluded);
        if (groups.Count == 0 || groups.Any(g => g.Count == 0))
            throw new ArgumentException("A search needs at least one phrase to find in every group.", nameof(groups));
        Groups = groups;
        Excluded = excluded;
        var required = string.Join(" AND ", groups.Select(g => g.Count == 1 ? Quote(g[0]) : "(" + string.Join(" OR ", g.Select(Quote)) + ")"));
        Fts5 = excluded.Aggregate(required, (query, phrase) => query + " NOT " + Quote(phrase));
    }

    public IReadOnlyList<IReadOnlyList<SearchPhrase>> Groups { get; }

    public IReadOnlyList<SearchPhrase> Excluded { get; }

    public string Fts5 { get; }

    /// <summary>What to mark in a text shown for this search: every phrase of every group.</summary>
    public IEnumerable<SearchPhrase> Found => Groups.SelectMany(g => g);

    // FTS5 runs a quoted string through its tokenizer, so punctuation inside it only splits words.
    private static string Quote(SearchPhrase phrase) =>
        "\"" + phrase.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (phrase.Prefix ? "*" : "");

    public override string ToString() => Fts5;
}
