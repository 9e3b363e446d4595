using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// What the recogniser has learnt of one article so far: its entities and their mentions,
/// the spans already named, the regions it speaks of, and who was named in full where, so
/// that later short names resolve to the right one.
/// </summary>
internal sealed partial class ArticleState
{
    // A region's name → the key of its stem ("Kursk Oblast" → "kursk"): the same for every article.
    private static readonly ConcurrentDictionary<string, string> RegionStemKeys = new(StringComparer.Ordinal);

    private static readonly SearchValues<string> RegionNouns = SearchValues.Create(["region", "oblast", "province", "krai"], StringComparison.OrdinalIgnoreCase);

    // Per paragraph, one flag per character: whether a mention already covers it.
    private readonly Dictionary<int, bool[]> _covered = [];
    private readonly Dictionary<int, (string Text, List<NameToken> Tokens)> _tokens = [];
    private readonly Dictionary<string, string[]> _nameParts = new(StringComparer.Ordinal);
    // The longest names at the tokens of the paragraph being read: one array for the article, cleared per paragraph.
    private (int Count, IReadOnlyList<KnownName> Names)?[] _longest = [];
    private List<NameToken>? _longestTokens;
    private readonly Dictionary<(int Paragraph, int Start, int End), KnownEntity?> _sentenceRegions = [];
    private readonly Dictionary<(int Paragraph, int Start, int End), KnownEntity?> _sentenceRegionsNamed = [];
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
            _covered[paragraph.Index] = new bool[paragraph.Text.Length];
            if (!MayNameRegion(paragraph.Text))
                continue;
            foreach (Match m in RegionPhrase().Matches(paragraph.Text))
                RegionWords.Add(NameTokenizer.KeyOf(m.Groups[1].Value));
        }
    }

    /// <summary>
    /// Whether a white space stands before "region", "oblast", "province" or "krai" (in any
    /// case): without one, <see cref="RegionPhrase"/> cannot match, and most paragraphs are
    /// ruled out by one vectorised search instead of the regex's try at every capital.
    /// </summary>
    private static bool MayNameRegion(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny(RegionNouns);
            if (at < 0)
                return false;
            at += from;
            if (at > 0 && char.IsWhiteSpace(text[at - 1]))
                return true;
            from = at + 1;
        }
        return false;
    }

    public Dictionary<string, ArticleEntity> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>Names the article uses with "region" or "oblast" after them: "kursk", "donetsk".</summary>
    public HashSet<string> RegionWords { get; } = new(StringComparer.Ordinal);

    public KnownEntity? Known(string key) => _known.GetValueOrDefault(key);

    public bool Covered(int paragraph, int position) =>
        _covered.TryGetValue(paragraph, out var flags) && position >= 0 && position < flags.Length && flags[position];

    /// <summary>The paragraph's tokens, split once for both passes (again only if the paragraph's text is not the one split).</summary>
    public List<NameToken> Tokens(int paragraph, string text)
    {
        if (!_tokens.TryGetValue(paragraph, out var split) || !string.Equals(split.Text, text, StringComparison.Ordinal))
            _tokens[paragraph] = split = (text, NameTokenizer.Tokenize(text));
        return split.Tokens;
    }

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
        Cover(paragraph, start, start + length);
        if (known.Country is { } country)
            _countryMentions[country] = _countryMentions.GetValueOrDefault(country) + 1;
        if (known.Type == EntityType.Region)
            _regionNames.Add(known.Name);
        if (known.Type == EntityType.Person)
            RememberNameParts(known, paragraph, start);
    }

    /// <summary>The trie's longest name at token <paramref name="i"/> of the paragraph's <see cref="Tokens"/>, walked once per token.</summary>
    public (int Count, IReadOnlyList<KnownName> Names) LongestAt(NameTrie names, string text, List<NameToken> tokens, int i)
    {
        if (!ReferenceEquals(tokens, _longestTokens))
        {
            if (_longest.Length < tokens.Count)
                _longest = new (int, IReadOnlyList<KnownName>)?[Math.Max(tokens.Count, _longest.Length * 2)];
            else
                Array.Clear(_longest, 0, tokens.Count);
            _longestTokens = tokens;
        }
        return _longest[i] ??= names.LongestAt(tokens, i, text);
    }

    /// <summary>The region of a sentence, found once per sentence: <paramref name="find"/> reads the sentence's text.</summary>
    public KnownEntity? RegionOfSentence(int paragraph, int start, int end, string text, Func<string, KnownEntity?> find) =>
        Memoised(_sentenceRegions, paragraph, start, end, text, find);

    /// <summary>The region a sentence names in full, found once per sentence: <paramref name="find"/> reads the sentence's text.</summary>
    public KnownEntity? RegionNamedInSentence(int paragraph, int start, int end, string text, Func<string, KnownEntity?> find) =>
        Memoised(_sentenceRegionsNamed, paragraph, start, end, text, find);

    private static KnownEntity? Memoised(Dictionary<(int, int, int), KnownEntity?> memo, int paragraph, int start, int end, string text, Func<string, KnownEntity?> find)
    {
        if (!memo.TryGetValue((paragraph, start, end), out var region))
            memo[(paragraph, start, end)] = region = find(text[start..end]);
        return region;
    }

    private void Cover(int paragraph, int start, int end)
    {
        if (!_covered.TryGetValue(paragraph, out var flags) || flags.Length < end)
        {
            // A paragraph the article did not list, or a span past its text: grow to fit.
            var grown = new bool[Math.Max(end, flags?.Length ?? 0)];
            flags?.CopyTo(grown, 0);
            _covered[paragraph] = flags = grown;
        }
        flags.AsSpan(Math.Max(0, start), Math.Max(0, end - Math.Max(0, start))).Fill(true);
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
    public KnownEntity? PlaceNamed(ReadOnlySpan<char> name)
    {
        foreach (var e in _known.Values)
        {
            if (e.Type == EntityType.Place && Entities.ContainsKey(e.Key) && e.Name.AsSpan().Equals(name, StringComparison.OrdinalIgnoreCase))
                return e;
        }
        return null;
    }

    public int RegionScore(KnownEntity place) =>
        place.Region is { } r && (_regionNames.Contains(r) || RegionWords.Contains(RegionStemKeys.GetOrAdd(r, static r => NameTokenizer.KeyOf(RegionStem(r))))) ? 1 : 0;

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
    public KnownEntity? PersonByNamePart(ReadOnlySpan<char> part, int paragraph, int start)
    {
        if (!_personParts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(part, out var seen) || seen.Count == 0)
            return null;
        // The last one before, found from the end without listing them all.
        var pick = seen[0];
        for (var k = seen.Count - 1; k >= 0; k--)
        {
            if (seen[k].Paragraph < paragraph || (seen[k].Paragraph == paragraph && seen[k].Start < start))
            {
                pick = seen[k];
                break;
            }
        }
        return _known[pick.Key];
    }

    private void RememberNameParts(KnownEntity person, int paragraph, int start)
    {
        // A person is named many times an article; the parts of the name are the same each time.
        if (!_nameParts.TryGetValue(person.Name, out var parts))
            _nameParts[person.Name] = parts = NameParts(person.Name);
        foreach (var part in parts)
        {
            if (!_personParts.TryGetValue(part, out var list))
                _personParts[part] = list = [];
            list.Add((person.Key, paragraph, start));
        }
    }

    /// <summary>Every run of the name's words short of the whole, of three letters or more, in order.</summary>
    private static string[] NameParts(string name)
    {
        var words = NameTokenizer.Tokenize(name).Select(t => t.Key).ToList();
        if (words.Count < 2)
            return [];
        var parts = new List<string>();
        for (var from = 0; from < words.Count; from++)
        {
            for (var len = 1; from + len <= words.Count && len < words.Count; len++)
            {
                var part = string.Join(' ', words.Skip(from).Take(len));
                if (part.Length >= 3)
                    parts.Add(part);
            }
        }
        return [.. parts];
    }
}
