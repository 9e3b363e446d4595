using System.Collections.Frozen;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// Countries by name, alias, demonym and capital, from the world-countries data embedded in
/// this assembly. Loaded once and immutable. Names are compared by their
/// <see cref="GazetteerName"/> key, except that an all-capital alias ("US", "UK") matches only
/// a text without lower-case letters, so the pronoun "us" is no country.
/// </summary>
public sealed class CountryTable
{
    private readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly FrozenDictionary<string, KnownCountry> _byIso2;

    /// <summary>Reads the table from a TSV stream (plain text, not gzipped) shaped like the embedded countries file.</summary>
    public CountryTable(Stream countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        All = [.. GazetteerData.Rows(countries).Select(ReadCountry)];
        _byIso2 = All.ToFrozenDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase);

        // Later kinds never displace earlier ones: "Djibouti" is the country before it is its capital.
        var index = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<CountryNameKind>())
        {
            foreach (var country in All)
            {
                foreach (var name in NamesOf(country, kind))
                {
                    var key = GazetteerName.Normalize(name);
                    if (key.Length > 0)
                    {
                        index.TryAdd(key, new Entry(new CountryMatch(country, kind), IsAbbreviation(name)));
                    }
                }
            }
        }
        _byName = index.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<KnownCountry> All { get; }

    /// <summary>The table embedded in Briefings.Ingestion.</summary>
    public static CountryTable Load()
    {
        using var stream = GazetteerData.Open("countries.tsv.gz");
        return new CountryTable(stream);
    }

    public KnownCountry? Get(string iso2) => _byIso2.GetValueOrDefault(iso2);

    /// <summary>The country <paramref name="text"/> names, by any kind of name, capitals included ("Pyongyang").</summary>
    public CountryMatch? Match(ReadOnlySpan<char> text)
    {
        var size = GazetteerName.MaxLength(text);
        Span<char> buffer = size <= 256 ? stackalloc char[size] : new char[size];
        ReadOnlySpan<char> key = buffer[..GazetteerName.Normalize(text, buffer)];
        if (!_byName.TryGetValue(key, out var entry)
            && !(GazetteerName.TryStripArticle(key, out var rest) && _byName.TryGetValue(rest, out entry)))
        {
            return null;
        }
        return entry.IsAbbreviation && GazetteerName.HasLowercase(text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text)
            ? null
            : entry.Match;
    }

    /// <summary>The country <paramref name="text"/> names by its name, an alias or a demonym; a capital is not the country here.</summary>
    public KnownCountry? Find(ReadOnlySpan<char> text) =>
        Match(text) is { Kind: not CountryNameKind.Capital } match ? match.Country : null;

    /// <summary>The country whose capital <paramref name="text"/> is ("Pyongyang", "Washington", "Kiev").</summary>
    public KnownCountry? FindByCapital(ReadOnlySpan<char> text) =>
        Match(text) is { Kind: CountryNameKind.Capital } match ? match.Country : null;

    public bool IsDemonym(ReadOnlySpan<char> text) => Match(text) is { Kind: CountryNameKind.Demonym };

    public string? CapitalOf(string iso2) => Get(iso2)?.Capital;

    private static IEnumerable<string> NamesOf(KnownCountry country, CountryNameKind kind) => kind switch
    {
        CountryNameKind.Name => [country.Name],
        CountryNameKind.Alias => [country.OfficialName, .. country.Aliases],
        CountryNameKind.Demonym => country.Demonyms,
        _ => country.Capitals,
    };

    // "US", "U.S.", "DPRK": no lower-case letter and short; these collide with ordinary words in lower case.
    private static bool IsAbbreviation(string name) => name.Length <= 6 && !GazetteerName.HasLowercase(name);

    private static KnownCountry ReadCountry(string[] row) => new()
    {
        Iso2 = row[0],
        Iso3 = row[1],
        Name = row[2],
        OfficialName = row[3],
        Aliases = GazetteerData.List(row, 4),
        Demonyms = GazetteerData.List(row, 5),
        Capitals = GazetteerData.List(row, 6),
    };

    private readonly record struct Entry(CountryMatch Match, bool IsAbbreviation);
}
