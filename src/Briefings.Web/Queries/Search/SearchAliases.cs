using Briefings.Ingestion.Entities;

namespace Briefings.Web.Queries.Search;

/// <summary>
/// The other names of what a reader searches for, from the recogniser's knowledge: "Kiev" also
/// finds "Kyiv", "Zelenskyy" also finds "Zelensky". Only names of the same entity (names, aliases,
/// transliterations, surnames), never its demonym: "Russia" does not widen to "Russian".
/// </summary>
public sealed class SearchAliases(Knowledge knowledge)
{
    /// <summary>The longest name looked for in what was typed, in words.</summary>
    public const int MaxNameWords = 4;

    /// <summary>Enough for a city's spellings in the languages the news uses; more adds noise, not finds.</summary>
    public const int MaxNames = 24;

    /// <summary>The keys of the entities these words name, whole (not a name that merely starts with them).</summary>
    public IReadOnlyList<string> KeysNamedBy(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tokens = NameTokenizer.Tokenize(words);
        if (tokens.Count == 0)
            return [];
        var (count, names) = knowledge.Names.LongestAt(tokens, 0, words);
        if (count != tokens.Count)
            return [];
        return [.. names.Where(n => n.Kind != NameKind.Demonym).Select(n => n.Entity.Key).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The entity's names a search should also find, the canonical one first.</summary>
    public IReadOnlyList<string> NamesOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return [.. knowledge.NamesOf(key)
            .Where(n => n.Kind != NameKind.Demonym)
            .OrderBy(n => n.Surface != n.Entity.Name)
            .Select(n => n.Surface)
            .Where(SearchTerms.HasWordCharacter)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxNames)];
    }
}
