using System.Collections.Frozen;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// What the recogniser knows before it reads: every name of every actor, country, region
/// and place, matched all at once through one trie, and the first names of known people
/// (a capitalised pair that starts with one is a person's name). Loaded once, immutable, shared.
/// </summary>
public sealed class Knowledge
{
    public Knowledge(IEnumerable<KnownName> names)
    {
        var list = names.ToList();
        _namesByKey = new Lazy<FrozenDictionary<string, KnownName[]>>(() => list
            .GroupBy(n => n.Entity.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));
        Names = new NameTrie(list);
        ByKey = list.Select(n => n.Entity).DistinctBy(e => e.Key).ToFrozenDictionary(e => e.Key, StringComparer.Ordinal);
        FirstNames = list.Where(n => n.Entity.Type == EntityType.Person && n.Kind == NameKind.Name)
            .Select(n => NameTokenizer.Tokenize(n.Surface))
            .Where(t => t.Count >= 2)
            .Select(t => t[0].Key)
            .Where(k => k.Length >= 3)
            .ToFrozenSet(StringComparer.Ordinal);
        CountryByCode = list.Select(n => n.Entity).Where(e => e.Type == EntityType.Country && e.Country is not null)
            .DistinctBy(e => e.Country).ToFrozenDictionary(e => e.Country!, StringComparer.OrdinalIgnoreCase);
        ShortForms = list.Where(n => n.Kind == NameKind.ShortForm)
            .GroupBy(n => NameTokenizer.KeyOf(n.Surface), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(n => n.Entity).DistinctBy(e => e.Key).ToArray(), StringComparer.Ordinal);
    }

    public static Knowledge Empty { get; } = new([]);

    public NameTrie Names { get; }
    public FrozenDictionary<string, KnownEntity> ByKey { get; }
    public FrozenSet<string> FirstNames { get; }
    public FrozenDictionary<string, KnownEntity> CountryByCode { get; }
    public FrozenDictionary<string, KnownEntity[]> ShortForms { get; }

    // Only search asks for an entity's names, so the recogniser's load does not pay for this index.
    private readonly Lazy<FrozenDictionary<string, KnownName[]>> _namesByKey;

    /// <summary>Every surface form known for the entity (names, aliases, short forms, demonyms), or none for an unknown key.</summary>
    public IReadOnlyList<KnownName> NamesOf(string key) =>
        _namesByKey.Value.TryGetValue(key, out var names) ? names : [];
}
