using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// Places, first-level regions and named areas by name, from the GeoNames subset embedded in
/// this assembly. Loaded once and immutable, so one instance serves every article and thread.
/// Names are compared by their <see cref="GazetteerName"/> key.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, ImmutableArray<KnownPlace>>.AlternateLookup<ReadOnlySpan<char>> _placesByName;
    private readonly FrozenDictionary<string, ImmutableArray<KnownRegion>>.AlternateLookup<ReadOnlySpan<char>> _regionsByName;
    private readonly FrozenDictionary<string, ImmutableArray<KnownRegion>>.AlternateLookup<ReadOnlySpan<char>> _regionsByStem;
    private readonly FrozenDictionary<string, ImmutableArray<KnownArea>>.AlternateLookup<ReadOnlySpan<char>> _areasByName;
    private readonly FrozenDictionary<string, KnownRegion> _regionsByCode;
    private readonly FrozenDictionary<int, KnownPlace> _placesById;

    /// <summary>Reads the gazetteer from TSV streams (plain text, not gzipped) shaped like the embedded files.</summary>
    public Gazetteer(Stream places, Stream regions, Stream? namedAreas = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(regions);

        Regions = [.. GazetteerData.Rows(regions).Select(ReadRegion)];
        _regionsByCode = Regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _regionsByName = Index(Regions, r => [r.Name, .. r.Variants]);
        _regionsByStem = Index(Regions, r => r.Stems);

        Places = [.. GazetteerData.Rows(places).Select(ReadPlace)];
        _placesById = Places.ToFrozenDictionary(p => p.Id);
        _placesByName = Index(Places, p => [p.Name, p.AsciiName, .. p.AlternateNames]);

        Areas = namedAreas is null ? [] : [.. GazetteerData.Rows(namedAreas).Select(ReadArea)];
        _areasByName = Index(Areas, a => [a.Name, .. a.Variants]);
    }

    public ImmutableArray<KnownPlace> Places { get; }
    public ImmutableArray<KnownRegion> Regions { get; }
    public ImmutableArray<KnownArea> Areas { get; }

    /// <summary>The gazetteer embedded in Briefings.Ingestion (about 0.2 s and 25 MB): load it once and share it.</summary>
    public static Gazetteer Load()
    {
        using var places = GazetteerData.Open("places.tsv.gz");
        using var regions = GazetteerData.Open("regions.tsv.gz");
        using var areas = GazetteerData.Open("named-areas.tsv");
        return new Gazetteer(places, regions, areas);
    }

    /// <summary>Every place known by <paramref name="name"/> (its name or an alternate), in no useful order.</summary>
    public ImmutableArray<KnownPlace> FindPlaces(ReadOnlySpan<char> name) => Find(_placesByName, name);

    public KnownPlace? GetPlace(int geoNamesId) => _placesById.GetValueOrDefault(geoNamesId);

    /// <summary>
    /// The places known by <paramref name="name"/>, best first: those in the region the context
    /// names, then those in its countries, then capitals, then first-level seats, then the most
    /// populous, where a match on the place's own name rather than an alternate counts as ten
    /// times the population (Novoivanovka the village before Ivanovka, once called so).
    /// </summary>
    public ImmutableArray<KnownPlace> Rank(ReadOnlySpan<char> name, PlaceContext? context = null)
    {
        var candidates = FindPlaces(name);
        if (candidates.Length <= 1)
        {
            return candidates;
        }
        var key = GazetteerName.Normalize(name);
        var countries = context?.Countries ?? [];
        var (regionCodes, areaCountries) = RegionHint(context?.Region, countries);
        return
        [
            .. candidates
                .OrderByDescending(p => (p.Region is { } r && regionCodes.Contains(r.Code)) || areaCountries.Contains(p.Country))
                .ThenByDescending(p => countries.Contains(p.Country))
                .ThenByDescending(p => p.FeatureCode switch { "PPLC" => 2, "PPLA" => 1, _ => 0 })
                .ThenByDescending(p => Math.Log10(p.Population + 1) + (IsOwnName(p, key) ? 1 : 0))
                .ThenBy(p => p.Id),
        ];
    }

    /// <summary>The best place known by <paramref name="name"/> in <paramref name="context"/> (see <see cref="Rank"/>), or null.</summary>
    public KnownPlace? Resolve(ReadOnlySpan<char> name, PlaceContext? context = null)
    {
        var ranked = Rank(name, context);
        return ranked.IsEmpty ? null : ranked[0];
    }

    /// <summary>Regions whose canonical name or a variant is <paramref name="name"/> ("Kursk region", "Dnipro region", "Crimea").</summary>
    public ImmutableArray<KnownRegion> FindRegions(ReadOnlySpan<char> name) => Find(_regionsByName, name);

    /// <summary>Regions whose stem is <paramref name="stem"/> ("Kursk", "Orlov"): a bare word that may name the region.</summary>
    public ImmutableArray<KnownRegion> FindRegionsByStem(ReadOnlySpan<char> stem) => Find(_regionsByStem, stem);

    public KnownRegion? GetRegion(string country, string admin1) => _regionsByCode.GetValueOrDefault($"{country}.{admin1}");

    /// <summary>The named area (Donbas, the Baltic states) called <paramref name="name"/>, or null.</summary>
    public KnownArea? FindArea(ReadOnlySpan<char> name)
    {
        var found = Find(_areasByName, name);
        return found.IsEmpty ? null : found[0];
    }

    private static bool IsOwnName(KnownPlace place, string key) =>
        GazetteerName.Normalize(place.Name) == key || GazetteerName.Normalize(place.AsciiName) == key;

    private (HashSet<string> RegionCodes, HashSet<string> Countries) RegionHint(string? hint, IReadOnlyCollection<string> countries)
    {
        var regionCodes = new HashSet<string>(StringComparer.Ordinal);
        var areaCountries = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(hint))
        {
            return (regionCodes, areaCountries);
        }
        IEnumerable<KnownRegion> regions = FindRegions(hint);
        if (!regions.Any() && FindArea(hint) is { } area)
        {
            regions = area.Regions;
            areaCountries.UnionWith(area.Countries);
        }
        if (!regions.Any())
        {
            regions = FindRegionsByStem(hint);
        }
        // "Georgia" or "Kyiv" as a hint can name regions in several countries; the article's countries decide.
        var inCountries = regions.Where(r => countries.Contains(r.Country)).ToList();
        regionCodes.UnionWith((inCountries.Count > 0 ? inCountries : regions).Select(r => r.Code));
        return (regionCodes, areaCountries);
    }

    private static KnownRegion ReadRegion(string[] row) => new()
    {
        Country = row[0],
        Admin1 = row[1],
        Name = row[2],
        Stems = GazetteerData.List(row, 3),
        Variants = GazetteerData.List(row, 4),
    };

    private KnownPlace ReadPlace(string[] row)
    {
        var name = row[1];
        var ascii = GazetteerData.Field(row, 2);
        return new KnownPlace
        {
            Id = int.Parse(row[0], CultureInfo.InvariantCulture),
            Name = name,
            AsciiName = ascii.Length > 0 ? ascii : name,
            AlternateNames = GazetteerData.List(row, 3),
            Latitude = double.Parse(row[4], CultureInfo.InvariantCulture),
            Longitude = double.Parse(row[5], CultureInfo.InvariantCulture),
            Country = row[6],
            Admin1 = row[7],
            FeatureCode = row[8],
            Population = long.Parse(row[9], CultureInfo.InvariantCulture),
            Region = _regionsByCode.GetValueOrDefault($"{row[6]}.{row[7]}"),
        };
    }

    private KnownArea ReadArea(string[] row)
    {
        var members = GazetteerData.List(row, 2);
        var regions = new List<KnownRegion>();
        var countries = new List<string>();
        foreach (var member in members)
        {
            if (member.Length == 2)
            {
                countries.Add(member);
                continue;
            }
            var code = member.Replace('-', '.');
            regions.Add(_regionsByCode.GetValueOrDefault(code)
                ?? throw new InvalidDataException($"Named area {row[0]}: no region {member}."));
        }
        return new KnownArea { Name = row[0], Variants = GazetteerData.List(row, 1), Regions = regions, Countries = countries };
    }

    private static FrozenDictionary<string, ImmutableArray<T>>.AlternateLookup<ReadOnlySpan<char>> Index<T>(
        IEnumerable<T> items, Func<T, IEnumerable<string>> names)
        where T : class
    {
        var index = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var name in names(item))
            {
                var key = GazetteerName.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }
                // The names of one item often fold to one key (Kyiv, Kyïv); list the item once.
                if (list.Count == 0 || !ReferenceEquals(list[^1], item))
                {
                    list.Add(item);
                }
            }
        }
        return index
            .ToFrozenDictionary(e => e.Key, e => e.Value.ToImmutableArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static ImmutableArray<T> Find<T>(FrozenDictionary<string, ImmutableArray<T>>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> name)
    {
        var size = GazetteerName.MaxLength(name);
        Span<char> buffer = size <= 256 ? stackalloc char[size] : new char[size];
        ReadOnlySpan<char> key = buffer[..GazetteerName.Normalize(name, buffer)];
        if (index.TryGetValue(key, out var found))
        {
            return found;
        }
        return GazetteerName.TryStripArticle(key, out var rest) && index.TryGetValue(rest, out found) ? found : [];
    }
}
