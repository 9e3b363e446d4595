using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// What the recogniser has learnt of one article so far: its entities and their mentions,
/// the spans already named, the regions it speaks of, and who was named in full where, so
/// that later short names resolve to the right one.
/// </summary>
internal sealed partial class ArticleState
{
    private readonly Dictionary<int, List<(int Start, int End)>> _covered = [];
    private readonly Dictionary<string, KnownEntity> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Key, int Paragraph, int Start)>> _personParts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countryMentions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _regionNames = new(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}-]+)?)\s(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai)s?\b")]
    private static partial Regex RegionPhrase();

    public ArticleState(ArticleContext article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (Match m in RegionPhrase().Matches(paragraph.Text))
                RegionWords.Add(NameTokenizer.KeyOf(m.Groups[1].Value));
        }
    }

    public Dictionary<string, ArticleEntity> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>Names the article uses with "region" or "oblast" after them: "kursk", "donetsk".</summary>
    public HashSet<string> RegionWords { get; } = new(StringComparer.Ordinal);

    public KnownEntity? Known(string key) => _known.GetValueOrDefault(key);

    public bool Covered(int paragraph, int position) =>
        _covered.TryGetValue(paragraph, out var spans) && spans.Exists(s => position >= s.Start && position < s.End);

    public void Add(KnownEntity known, int paragraph, int start, int length, string surface)
    {
        _known[known.Key] = known;
        if (!Entities.TryGetValue(known.Key, out var entity))
        {
            entity = new ArticleEntity
            {
                Key = known.Key,
                Name = known.Name,
                Type = known.Type,
                Country = known.Country,
                Region = known.Region,
                Latitude = known.Latitude,
                Longitude = known.Longitude,
                Role = known.Role,
                Affiliation = known.Affiliation,
            };
            Entities[known.Key] = entity;
        }
        entity.Mentions.Add(new Mention(paragraph, start, length, surface));
        if (!entity.Forms.Contains(surface))
            entity.Forms.Add(surface);
        if (!_covered.TryGetValue(paragraph, out var spans))
            _covered[paragraph] = spans = [];
        spans.Add((start, start + length));
        if (known.Country is { } country)
            _countryMentions[country] = _countryMentions.GetValueOrDefault(country) + 1;
        if (known.Type == EntityType.Region)
            _regionNames.Add(known.Name);
        if (known.Type == EntityType.Person)
            RememberNameParts(known, paragraph, start);
    }

    /// <summary>An entity nobody listed, found from its shape; the same name twice is one entity.</summary>
    public KnownEntity Unlisted(string surface, EntityType type)
    {
        var name = surface.TrimEnd('’', '\'', 's').Length > 0 && surface.EndsWith("’s", StringComparison.Ordinal) ? surface[..^2] : surface;
        var key = EntityRecognizer.Slug(name);
        return _known.GetValueOrDefault(key) ?? new KnownEntity(key, name, type);
    }

    /// <summary>A place the gazetteer lacks, kept with the region the sentence (or else the article) puts it in.</summary>
    public KnownEntity UnlistedPlace(string surface, KnownEntity? sentenceRegion)
    {
        var region = sentenceRegion ?? _known.Values.Where(e => e.Type == EntityType.Region)
            .OrderByDescending(e => Entities.TryGetValue(e.Key, out var a) ? a.Mentions.Count : 0)
            .FirstOrDefault();
        var key = EntityRecognizer.Slug(surface);
        return _known.GetValueOrDefault(key)
               ?? new KnownEntity(key, surface, EntityType.Place) { Region = region?.Name, Country = region?.Country };
    }

    /// <summary>A river, lake or reservoir: in a country, but often across regions, so none is given.</summary>
    public KnownEntity UnlistedWater(string name, KnownEntity? sentenceRegion)
    {
        var key = EntityRecognizer.Slug(name);
        // A sea lies between countries.
        if (name.EndsWith(" Sea", StringComparison.Ordinal))
            return _known.GetValueOrDefault(key) ?? new KnownEntity(key, name, EntityType.Place);
        var country = sentenceRegion?.Country ?? _known.Values.Where(e => e.Type == EntityType.Region)
            .OrderByDescending(e => Entities.TryGetValue(e.Key, out var a) ? a.Mentions.Count : 0)
            .FirstOrDefault()?.Country;
        return _known.GetValueOrDefault(key) ?? new KnownEntity(key, name, EntityType.Place) { Country = country, Region = sentenceRegion?.Name };
    }

    /// <summary>A place this article already named under this name, whichever entry it resolved to.</summary>
    public KnownEntity? PlaceNamed(string name) =>
        _known.Values.FirstOrDefault(e => e.Type == EntityType.Place && Entities.ContainsKey(e.Key)
                                          && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    public int RegionScore(KnownEntity place) =>
        place.Region is { } r && (_regionNames.Contains(r) || RegionWords.Contains(NameTokenizer.KeyOf(RegionStem(r)))) ? 1 : 0;

    private static string RegionStem(string region)
    {
        foreach (var suffix in new[] { " Oblast", " Krai", " Region", " Province", " City" })
        {
            if (region.EndsWith(suffix, StringComparison.Ordinal))
                return region[..^suffix.Length];
        }
        return region;
    }

    public int CountryScore(KnownEntity place) => place.Country is { } c ? _countryMentions.GetValueOrDefault(c) : 0;

    public KnownEntity? MostRecentOf(IReadOnlyList<KnownEntity> candidates) =>
        candidates.OrderByDescending(c => Entities.TryGetValue(c.Key, out var e) ? e.Mentions.Count : 0).FirstOrDefault();

    public static KnownEntity? CountryOfCapital(KnownEntity capital, Knowledge knowledge) =>
        capital.Country is { } code && knowledge.CountryByCode.TryGetValue(code, out var country) ? country : capital;

    /// <summary>The person met in this article whose name holds these words, the latest before the position; else the first after.</summary>
    public KnownEntity? PersonByNamePart(string part, int paragraph, int start)
    {
        if (!_personParts.TryGetValue(part, out var seen) || seen.Count == 0)
            return null;
        var before = seen.Where(s => s.Paragraph < paragraph || (s.Paragraph == paragraph && s.Start < start)).ToList();
        var pick = before.Count > 0 ? before[^1] : seen[0];
        return _known[pick.Key];
    }

    private void RememberNameParts(KnownEntity person, int paragraph, int start)
    {
        var words = NameTokenizer.Tokenize(person.Name).Select(t => t.Key).ToList();
        if (words.Count < 2)
            return;
        for (var from = 0; from < words.Count; from++)
        {
            for (var len = 1; from + len <= words.Count && len < words.Count; len++)
            {
                var part = string.Join(' ', words.Skip(from).Take(len));
                if (part.Length < 3)
                    continue;
                if (!_personParts.TryGetValue(part, out var list))
                    _personParts[part] = list = [];
                list.Add((person.Key, paragraph, start));
            }
        }
    }
}
