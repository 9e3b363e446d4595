using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// Finds the people, organisations, countries, regions and places a paragraph names and
/// resolves each to one canonical entity. Known names come from <see cref="Knowledge"/>;
/// names nobody listed are found from their shape and context (a title or role before a
/// capitalised name, a reporting verb after it, an organisation's head noun, "the village
/// of X"). Within the article, a bare surname or "Mr X" resolves to the person named in full
/// before; a capital is the country when it acts ("Moscow said") and the city when it is a
/// place ("in Moscow"); a same-named place is the one the article's regions and countries
/// point to. Reads paragraphs; adds <see cref="ArticleContext.Entities"/> with mentions.
/// </summary>
public sealed partial class EntityRecognizer(Knowledge knowledge) : IIngestionStage
{
    private static readonly FrozenSet<string> PersonCues = Set(
        "president", "minister", "secretary", "governor", "mayor", "spokesperson", "spokesman", "spokeswoman",
        "commander", "general", "gen", "lt", "colonel", "col", "major", "adviser", "advisor", "ambassador",
        "envoy", "chief", "head", "leader", "director", "official", "chancellor", "counterpart", "deputy",
        "senator", "sen", "rep", "representative", "lawmaker", "mp", "judge", "king", "queen", "prince", "pope",
        "patriarch", "dr", "mr", "ms", "mrs", "sir", "candidate", "incumbent", "journalist", "analyst",
        "researcher", "correspondent", "editor", "blogger", "milblogger", "officer", "captain", "sergeant",
        "activist", "professor", "prof", "ceo", "founder", "chairman", "chairwoman", "speaker", "premier",
        "admiral", "marshal", "lieutenant", "prosecutor", "commissioner", "negotiator", "aide", "mp", "deputy",
        "vice", "rabbi", "bishop", "metropolitan", "imam", "cardinal", "defender", "mrs");

    private static readonly char[] SentenceEnds = ['.', '!', '?'];

    private static readonly SearchValues<char> LowerCase = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsLower).ToArray());

    private static readonly FrozenSet<string> FunctionWords = Set(
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "its", "but", "and", "or", "if", "when", "while", "after", "before", "since", "as", "at",
        "in", "on", "of", "for", "with", "by", "from", "to", "there", "here", "meanwhile", "however", "so");

    private static readonly FrozenSet<string> Honorifics = Set("mr", "ms", "mrs", "dr", "sir", "madam");

    private static readonly FrozenSet<string> ReportingVerbs = Set(
        "said", "says", "told", "tells", "added", "wrote", "stated", "noted", "confirmed", "denied", "warned",
        "urged", "claimed", "announced", "explained", "argued", "insisted", "stressed", "reported", "asked");

    private static readonly FrozenSet<string> OrganisationHeads = Set(
        "ministry", "council", "commission", "agency", "party", "group", "department", "departments", "office",
        "service", "services", "committee", "parliament", "assembly", "court", "bank", "union", "organisation",
        "organization", "institute", "centre", "center", "foundation", "force", "forces", "staff", "army", "navy", "guard",
        "police", "authority", "corporation", "company", "university", "brigade", "battalion", "regiment",
        "directorate", "bureau", "administration", "front", "movement", "network", "alliance", "fund",
        "programme", "program", "mission", "inc", "ltd", "news", "times", "post", "journal", "herald", "tribune");

    private static readonly FrozenSet<string> PlaceCues = Set("village", "villages", "town", "towns", "city", "settlement", "settlements", "hamlet", "district", "port", "suburb");

    private static readonly FrozenSet<string> PlacePrepositions = Set("in", "near", "at", "outside", "around", "over", "into", "across", "towards", "toward", "from", "of", "on");

    private static readonly FrozenSet<string> CityNouns = Set(
        "airport", "airports", "residents", "resident", "suburbs", "suburb", "streets", "street", "metro", "mayor",
        "city", "skyline", "outskirts", "centre", "center", "region", "oblast", "district", "districts", "court",
        "hospital", "hospitals", "station", "stadium", "university", "zoo", "park", "time", "marathon", "apartment");

    private static readonly FrozenSet<string> NotEntityHeads = Set(
        "day", "week", "month", "year", "war", "invasion", "treaty", "agreement", "pact", "summit", "election",
        "elections", "referendum", "festival", "holiday", "games", "cup", "prize", "award", "offensive", "operation",
        "conference", "forum", "accord", "accords", "plan", "initiative", "doctrine", "crisis", "revolution");

    private static readonly FrozenSet<string> PlacePrefixes = Set(
        "malaya", "bolshaya", "novaya", "staraya", "nizhnyaya", "verkhnyaya", "krasnaya", "mala", "velyka", "nova",
        "stara", "nyzhnia", "verkhnia", "velykyi", "velyki", "novyi", "staryi", "mali", "bolshoye", "maloye", "novoye",
        "staroye", "krasnoye", "bolshoy", "maly", "novy", "stary", "upper", "lower", "new", "old", "great", "little");

    private static readonly FrozenSet<string> TravelWords = Set("visit", "visited", "visiting", "trip", "travelled", "traveled", "arrived", "flew", "returned", "went", "came", "journey", "to");

    private static readonly FrozenSet<string> NotNames = Set(
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "its", "but", "and", "or", "if", "when", "while", "after", "before", "since", "as", "at",
        "in", "on", "of", "for", "with", "by", "from", "to", "there", "here", "meanwhile", "however", "so",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "picture", "photo", "image", "video", "read", "more", "also", "still", "yet", "last", "next", "earlier",
        "later", "already", "all", "some", "many", "most", "both", "each", "every", "no", "not", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "what", "who", "which", "where", "why",
        "how", "western", "eastern", "northern", "southern", "central", "president", "minister", "governor",
        "general", "gen", "mr", "ms", "mrs", "dr", "prime", "foreign", "defence", "defense", "state", "national",
        "security", "deputy", "chief", "head", "leader", "spokesman", "spokesperson", "secretary");

    public void Run(ArticleContext article)
    {
        var state = new ArticleState(article);
        foreach (var paragraph in article.Paragraphs)
            ReadParagraph(state, paragraph.Index, Readable(paragraph));
        foreach (var paragraph in article.Paragraphs)
            ResolveSurnames(state, paragraph.Index, Readable(paragraph));
        article.Entities.AddRange(state.Entities.Values.Where(e => e.Mentions.Count > 0));
    }

    /// <summary>A paragraph's text up to a caption's photo credit: photographers are not the news.</summary>
    private static string Readable(Paragraph paragraph)
    {
        if (paragraph.Kind != ParagraphKind.Caption)
            return paragraph.Text;
        var credit = PhotoCredit().Match(paragraph.Text);
        return credit.Success ? paragraph.Text[..credit.Index] : paragraph.Text;
    }

    [GeneratedRegex(@"\b(?:Picture|Photo|Photograph|Image|Credit|Pictured|Photos)\s*:|\((?:AP |AFP )?Photo\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    private void ReadParagraph(ArticleState state, int paragraph, string text)
    {
        var tokens = state.Tokens(paragraph, text);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens, i, text) || state.Covered(paragraph, tokens[i].Start))
            {
                i++;
                continue;
            }
            var used = MatchWater(state, paragraph, text, tokens, i)
                       ?? MatchKnown(state, paragraph, text, tokens, i)
                       ?? MatchUnknown(state, paragraph, text, tokens, i);
            i += Math.Max(1, used ?? 1);
        }
    }

    /// <summary>"the Dnipro River", "the Kakhovka Reservoir": water, named with its kind, even where a town shares the name.</summary>
    private int? MatchWater(ArticleState state, int paragraph, string text, List<NameToken> tokens, int i)
    {
        for (var run = 1; run <= 2 && i + run < tokens.Count; run++)
        {
            var next = tokens[i + run];
            if (!Joined(text, tokens[i + run - 1], next))
                return null;
            if (next.Key is "river" or "reservoir" or "lake" or "sea" or "canal" && next.Capitalised)
            {
                if (NotNames.Contains(tokens[i].Key) || state.LongestAt(knowledge.Names, text, tokens, i) is { Count: var known } && known > run)
                    return null;
                var name = text[tokens[i].Start..next.End];
                var region = RegionOfSentenceAround(state, paragraph, text, tokens[i].Start);
                state.Add(state.UnlistedWater(name, region), paragraph, tokens[i].Start, next.End - tokens[i].Start, name);
                return run + 1;
            }
            if (!next.Capitalised)
                return null;
        }
        return null;
    }

    private int? MatchKnown(ArticleState state, int paragraph, string text, List<NameToken> tokens, int i)
    {
        var (count, names) = state.LongestAt(knowledge.Names, text, tokens, i);
        if (count == 0)
            return null;
        // An acronym ("WHO", "AP") names its body only when the text writes it in capitals too.
        var surface = Surface(text, tokens, i, count);
        if (surface.AsSpan().ContainsAny(LowerCase) && names.Any(n => IsAcronym(n.Surface)))
            names = names.Where(n => !IsAcronym(n.Surface)).ToList();
        if (names.Count == 0)
            return null;
        // "Central Electoral Commission": a place's name opening an organisation's name is part of it.
        if (count == 1 && names.All(n => n.Kind is NameKind.Place or NameKind.Capital || n.Entity.Type == EntityType.Region)
            && OpensOrganisationName(text, tokens, i))
            return null;
        // "Kim Jong Un" is not the dictionary's short "Kim" and two more words: a short form
        // followed by another name word opens a longer name, which the unlisted-name rules read.
        if (names.All(n => n.Kind == NameKind.ShortForm) && i + count < tokens.Count && tokens[i + count].Capitalised
            && Joined(text, tokens[i + count - 1], tokens[i + count]) && !NotNames.Contains(tokens[i + count].Key))
            return null;
        // "Vladimir Putin", "Volodymyr Zelensky": a first name before a capitalised word is a
        // person's, not the town of that name.
        if (count == 1 && names.All(n => n.Kind is NameKind.Place or NameKind.Capital || n.Entity.Type == EntityType.Region)
            && knowledge.FirstNames.Contains(tokens[i].Key) && i + 1 < tokens.Count && tokens[i + 1].Capitalised
            && !NotNames.Contains(tokens[i + 1].Key) && Joined(text, tokens[i], tokens[i + 1]))
            return null;
        var chosen = Choose(state, paragraph, text, tokens, i, count, names);
        if (chosen is null)
            return count;
        if (chosen.Type == EntityType.Country && BodyOfCountry(state, text, tokens, i, i + count - 1, chosen) is { } body)
        {
            state.Add(chosen, paragraph, tokens[i].Start, tokens[i + count - 1].End - tokens[i].Start, surface);
            state.Add(body.Entity, paragraph, tokens[i].Start, body.End - tokens[i].Start, text[tokens[i].Start..body.End]);
            return body.Tokens;
        }
        // "Kherson Oblast Military Administration": a region or city heading a body's name.
        if (chosen.Type is EntityType.Region or EntityType.Place && !tokens[i + count - 1].Possessive
            && OrganisationHeadAfter(text, tokens, i + count - 1) is { } head)
        {
            state.Add(chosen, paragraph, tokens[i].Start, tokens[i + count - 1].End - tokens[i].Start, surface);
            var name = text[tokens[i].Start..tokens[head].End];
            var organisation = state.Unlisted(name, EntityType.Organisation);
            state.Add(organisation.Country is null ? organisation with { Country = chosen.Country } : organisation, paragraph, tokens[i].Start, tokens[head].End - tokens[i].Start, name);
            return head - i + 1;
        }
        state.Add(chosen, paragraph, tokens[i].Start, tokens[i + count - 1].End - tokens[i].Start, surface);
        return count;
    }

    /// <summary>Picks, of the entities a surface may name, the one this context means; null when it names none here.</summary>
    private KnownEntity? Choose(ArticleState state, int paragraph, string text, List<NameToken> tokens, int i, int count, IReadOnlyList<KnownName> names)
    {
        var sentenceStart = IsSentenceStart(text, tokens[i].Start);
        var allCapsWord = count == 1 && !text.AsSpan(tokens[i].Start, tokens[i].Length).ContainsAny(LowerCase) && tokens[i].Length > 1;
        var best = names[0];
        foreach (var name in names)
        {
            // The first of the best rank, as OrderBy(...).First() would pick, without sorting.
            if (Rank(name.Kind) < Rank(best.Kind))
                best = name;
        }
        switch (best.Kind)
        {
            case NameKind.Name:
                var regionOrPlace = names.Where(n => n.Entity.Type == EntityType.Region).Select(n => n.Entity).FirstOrDefault();
                // "Kharkiv Regional Governor": the region, by its adjective.
                if (regionOrPlace is not null && i + count < tokens.Count && tokens[i + count] is { Key: "regional", Capitalised: true })
                    return regionOrPlace;
                // A capital's bare name is the city or its government, never the region around it
                // ("Moscow" beside "the Moscow region").
                var hasCapital = names.Any(n => n.Kind == NameKind.Capital);
                if (regionOrPlace is not null && names.Any(n => n.Kind is NameKind.Place or NameKind.Capital)
                    && (hasCapital || !NamesRegion(state, text, tokens, i, count)))
                {
                    if (names.FirstOrDefault(n => n.Kind == NameKind.Capital) is { } capital)
                        return ActsAsGovernment(text, tokens, i, count) ? ArticleState.CountryOfCapital(capital.Entity, knowledge) : capital.Entity;
                    return ChoosePlace(state, paragraph, text, tokens, i, names.Where(n => n.Kind == NameKind.Place).ToList());
                }
                return names.Where(n => n.Kind == NameKind.Name).OrderBy(n => n.Entity.Type == EntityType.Place ? 1 : 0).First().Entity;
            case NameKind.Demonym:
                return best.Entity;
            case NameKind.Capital:
                return ActsAsGovernment(text, tokens, i, count) ? ArticleState.CountryOfCapital(best.Entity, knowledge) : best.Entity;
            case NameKind.Place:
                // A small place's name at a sentence's start, or a word in capitals, is too often something else.
                if ((sentenceStart || allCapsWord) && count == 1 && !HasPlaceCue(text, tokens, i))
                    return null;
                return ChoosePlace(state, paragraph, text, tokens, i, names.Where(n => n.Kind == NameKind.Place).ToList());
            case NameKind.ShortForm:
                // "Choe", "Kim": first the person of that name this article has already named in full.
                if (state.PersonByNamePart(tokens[i].Key, paragraph, tokens[i].Start) is { } named)
                    return named;
                var candidates = names.Where(n => n.Kind == NameKind.ShortForm).Select(n => n.Entity).DistinctBy(e => e.Key).ToList();
                return candidates.Count == 1 ? candidates[0] : state.MostRecentOf(candidates);
            default:
                return null;
        }
    }

    private static int Rank(NameKind kind) => kind switch
    {
        NameKind.Name => 0,
        NameKind.Demonym => 1,
        NameKind.Capital => 2,
        NameKind.Place => 3,
        _ => 4,
    };

    /// <summary>
    /// "Kursk" is the oblast when the article speaks of the Kursk region, or when it stands in a
    /// list in a sentence about regions ("over Bryansk, Kaluga and Kursk"); else the city.
    /// </summary>
    private bool NamesRegion(ArticleState state, string text, List<NameToken> tokens, int i, int count)
    {
        // "KYIV, March 3 (Reuters) -": a dateline opens with the city.
        if (i == 0 && count == 1 && !text.AsSpan(tokens[0].Start, tokens[0].Length).ContainsAny(LowerCase) && text.AsSpan(tokens[0].End).TrimStart().StartsWith(","))
            return false;
        // "KYIV, Ukraine (AP) —": a city followed by its country.
        if (i + count < tokens.Count && text.AsSpan(tokens[i + count - 1].End, tokens[i + count].Start - tokens[i + count - 1].End).Trim() is ","
            && state.LongestAt(knowledge.Names, text, tokens, i + count) is { Count: > 0 } country
            && country.Names.Any(n => n.Entity.Type == EntityType.Country)
            && tokens[i + count + country.Count - 1] is { Possessive: false } last
            && (last.End >= text.Length || text[last.End] is ',' or '.' or '(' or ')' or ';' or ' ' && !char.IsLetter(text[Math.Min(last.End + 1, text.Length - 1)])))
            return false;
        // "the port of Odesa", "the city of Kursk": the place, whatever else the article says.
        if (i > 1 && tokens[i - 1].Key == "of" && PlaceCues.Contains(tokens[i - 2].Key))
            return false;
        Span<char> buffer = stackalloc char[256];
        if (state.RegionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(JoinKeys(tokens, i, count, buffer)))
            return true;
        // "over Bryansk, Orlov, Kaluga and Kursk": a list of which the article calls one a region.
        return ListSiblings(text, tokens, i, count).Any(state.RegionWords.Contains);
    }

    /// <summary>The other single capitalised names in the same "A, B, C and D" list as token <paramref name="i"/>.</summary>
    private static IEnumerable<string> ListSiblings(string text, List<NameToken> tokens, int i, int count)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var gap = text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).Trim();
            if (tokens[j].Key == "and" && gap.Length == 0)
                continue;
            if (!tokens[j].Capitalised || gap is not ("," or "") || (gap.Length == 0 && tokens[j + 1].Key != "and"))
                break;
            yield return tokens[j].Key;
        }
        for (var j = i + count; j < tokens.Count; j++)
        {
            var gap = text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Trim();
            if (tokens[j].Key == "and" && gap is "" or ",")
                continue;
            if (!tokens[j].Capitalised || gap is not ("," or "") || (gap.Length == 0 && tokens[j - 1].Key != "and"))
                break;
            yield return tokens[j].Key;
        }
    }

    /// <summary>
    /// Of same-named places, the one in a region the article speaks of, then whose own name it
    /// is, then in a country the article speaks of, then the largest. A small place in none of
    /// the article's regions, or one the sentence puts in another region, is the sentence's or
    /// the article's own place of that name, which the gazetteer lacks.
    /// </summary>
    private KnownEntity ChoosePlace(ArticleState state, int paragraph, string text, List<NameToken> tokens, int i, List<KnownName> places)
    {
        // The article's own place of this name, once it has settled which one it means.
        if (state.PlaceNamed(text.AsSpan(tokens[i].Start, tokens[i].Length)) is { } settled)
            return settled;
        var surface = tokens[i].Key;
        var best = places.Select(p => p.Entity).DistinctBy(e => e.Key)
            .OrderByDescending(e => state.RegionScore(e))
            .ThenByDescending(e => NameTokenizer.Fold(e.Name) == surface ? 1 : 0)
            .ThenByDescending(e => state.CountryScore(e))
            .ThenByDescending(e => e.Population)
            .First();
        if (state.RegionScore(best) > 0)
            return best;
        var (start, end) = SentenceBounds(text, tokens[i].Start);
        var sentenceRegion = state.RegionNamedInSentence(paragraph, start, end, text, RegionNamedIn);
        if ((sentenceRegion is not null && sentenceRegion.Name != best.Region) || (best.Population < 5000 && state.RegionWords.Count > 0))
            return state.UnlistedPlace(text[tokens[i].Start..tokens[i].End], sentenceRegion);
        return best;
    }

    /// <summary>The region of the sentence around <paramref name="index"/>, found once per sentence.</summary>
    private KnownEntity? RegionOfSentenceAround(ArticleState state, int paragraph, string text, int index)
    {
        var (start, end) = SentenceBounds(text, index);
        return state.RegionOfSentence(paragraph, start, end, text, RegionOfSentence);
    }

    /// <summary>The first-level region a sentence names in full ("in the Kursk region"), if any.</summary>
    private KnownEntity? RegionOfSentence(string sentence) => RegionNamedIn(sentence) ?? RegionOfCityIn(sentence);

    /// <summary>The first-level region a sentence names in full ("in the Kursk region"), if any.</summary>
    private KnownEntity? RegionNamedIn(string sentence)
    {
        var tokens = NameTokenizer.Tokenize(sentence);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (count, names) = knowledge.Names.LongestAt(tokens, i, sentence);
            if (count >= 2 && names.FirstOrDefault(n => n.Entity.Type == EntityType.Region) is { } region)
                return region.Entity;
        }
        return null;
    }

    /// <summary>"in the Desnianskyi district in Kyiv's northeast": the region of a capital or large city the sentence names.</summary>
    private KnownEntity? RegionOfCityIn(string sentence)
    {
        var tokens = NameTokenizer.Tokenize(sentence);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (count, names) = knowledge.Names.LongestAt(tokens, i, sentence);
            if (count == 0 || !tokens[i].Capitalised)
                continue;
            var city = names.Where(n => n.Kind is NameKind.Capital or NameKind.Place && n.Entity.Region is not null
                                        && (n.Kind == NameKind.Capital || n.Entity.Population >= 100_000))
                .OrderByDescending(n => n.Entity.Population).FirstOrDefault();
            if (city is not null)
                return new KnownEntity(Slug(city.Entity.Region!), city.Entity.Region!, EntityType.Region) { Country = city.Entity.Country, Region = city.Entity.Region };
        }
        return null;
    }

    /// <summary>A capital names its government when it acts: "Moscow said", "Kyiv's allies", "support for Kyiv".</summary>
    private static bool ActsAsGovernment(string text, List<NameToken> tokens, int i, int count)
    {
        var last = tokens[i + count - 1];
        if (last.Possessive)
            return true;
        var before = i > 0 ? tokens[i - 1].Key : "";
        var beforeThat = i > 1 ? tokens[i - 2].Key : "";
        if ((before is "to" && TravelWords.Contains(beforeThat)) || (before != "to" && TravelWords.Contains(before)))
            return false;
        if (PlacePrepositions.Contains(before) || before is "capital" or "city")
            return false;
        var after = i + count < tokens.Count ? tokens[i + count].Key : "";
        // "three Moscow airports", "Kyiv residents": the city as a place.
        if (CityNouns.Contains(after))
            return false;
        // Otherwise a capital in war news is its government far more often than its streets:
        // "help Moscow", "support for Kyiv", "Seoul and Washington say".
        return true;
    }

    /// <summary>"Russia's defence ministry", "Seoul's foreign ministry": the country's body, named the way the country's demonym names it.</summary>
    private (KnownEntity Entity, int Tokens, int End)? BodyOfCountry(ArticleState state, string text, List<NameToken> tokens, int first, int last, KnownEntity country)
    {
        if (country.Demonym is null || last + 1 >= tokens.Count)
            return null;
        var a = tokens[last + 1].Key;
        var b = last + 2 < tokens.Count ? tokens[last + 2].Key : "";
        var c = last + 3 < tokens.Count ? tokens[last + 3].Key : "";
        var d = last + 4 < tokens.Count ? tokens[last + 4].Key : "";
        (string Body, int Words)? found = (a, b, c, d) switch
        {
            ("ministry", "of", "defence" or "defense", _) => ("Defence Ministry", 3),
            ("ministry", "of", "foreign", "affairs") => ("Foreign Ministry", 4),
            ("ministry", "of", "internal" or "home", "affairs") => ("Interior Ministry", 4),
            ("ministry", "of", "interior" or "justice" or "finance" or "health" or "energy", _) =>
                ($"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(c)} Ministry", 3),
            _ => null,
        };
        found ??= (a, b) switch
        {
            ("defence" or "defense" or "foreign" or "interior" or "finance" or "justice" or "health" or "energy", "ministry") =>
                ($"{(a == "defense" ? "Defence" : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(a))} Ministry", 2),
            ("air", "force") => ("Air Force", 2),
            ("armed", "forces") => ("Armed Forces", 2),
            ("general", "staff") => ("General Staff", 2),
            ("navy", _) => ("Navy", 1),
            _ => null,
        };
        if (found is not { } body)
            return tokens[last].Possessive ? ForeignBodyAfterPossessive(state, text, tokens, first, last, country) : null;
        var end = last + body.Words;
        return (BodyNamed(state, country, body.Body), end + 1 - first, tokens[end].End);
    }

    /// <summary>
    /// "Ukraine's Defence Intelligence": a body the dictionary gives to another country, named
    /// after a possessive, is the possessor's own ("Defence Intelligence of Ukraine") when the
    /// dictionary knows it under that name.
    /// </summary>
    private (KnownEntity Entity, int Tokens, int End)? ForeignBodyAfterPossessive(ArticleState state, string text, List<NameToken> tokens, int first, int last, KnownEntity country)
    {
        var (count, names) = state.LongestAt(knowledge.Names, text, tokens, last + 1);
        if (count == 0 || names.FirstOrDefault(n => n.Entity.Type == EntityType.Organisation) is not { } other
            || other.Entity.Country is null || other.Entity.Country == country.Country)
            return null;
        var words = string.Join(' ', tokens.Skip(last + 1).Take(count).Select(t => t.Key));
        var own = KnownByName($"{words} of {country.Name}") ?? KnownByName($"{country.Demonym} {words}");
        return own is null ? null : (own, last + count + 1 - first, tokens[last + count].End);
    }

    /// <summary>A country's body by its demonym ("Russian Defence Ministry"): the dictionary's entry when it has one.</summary>
    private KnownEntity BodyNamed(ArticleState state, KnownEntity country, string body)
    {
        var name = $"{country.Demonym} {body}";
        var key = Slug(name);
        return knowledge.ByKey.GetValueOrDefault(key) ?? KnownByName(name) ?? state.Known(key)
               ?? new KnownEntity(key, name, EntityType.Organisation) { Country = country.Country, Affiliation = country.Key };
    }

    /// <summary>The organisation the dictionary knows under this whole name, as alias or canonical name.</summary>
    private KnownEntity? KnownByName(string name)
    {
        var tokens = NameTokenizer.Tokenize(name);
        var (count, names) = knowledge.Names.LongestAt(tokens, 0, name);
        return count == tokens.Count ? names.FirstOrDefault(n => n.Kind == NameKind.Name && n.Entity.Type == EntityType.Organisation)?.Entity : null;
    }

    /// <summary>
    /// Whether a known name at token <paramref name="j"/> ends the unlisted name being read. A
    /// surname the dictionary knows for someone else ("Vladyslav Voloshyn") or an acronym
    /// written as a word ("Kim Jong Un", not the UN) does not.
    /// </summary>
    private bool EndsUnlistedName(ArticleState state, string text, List<NameToken> tokens, int j)
    {
        var (count, names) = state.LongestAt(knowledge.Names, text, tokens, j);
        if (count == 0)
            return false;
        var writtenInCapitals = !text.AsSpan(tokens[j].Start, tokens[j + count - 1].End - tokens[j].Start).ContainsAny(LowerCase);
        foreach (var name in names)
        {
            if (name.Kind != NameKind.ShortForm && (writtenInCapitals || !IsAcronym(name.Surface)))
                return true;
        }
        return false;
    }

    private int? MatchUnknown(ArticleState state, int paragraph, string text, List<NameToken> tokens, int i)
    {
        if (FunctionWords.Contains(tokens[i].Key))
            return 1;
        var run = 0;
        while (i + run < tokens.Count)
        {
            var j = i + run;
            var isWord = IsNameWord(tokens, j, text, continuing: run > 0) && !state.Covered(paragraph, tokens[j].Start)
                         && (run == 0 || (Joined(text, tokens[j - 1], tokens[j]) && !EndsUnlistedName(state, text, tokens, j)));
            var isConnector = run > 0 && IsConnector(tokens, j, text);
            if (!isWord && !isConnector)
                break;
            run++;
            if (tokens[j].Possessive)
                break;
        }
        while (run > 0 && IsConnector(tokens, i + run - 1, text))
            run--;
        if (run == 0)
            return null;
        // The run's words as a span over the paragraph's tokens: no list, and the surface only when kept.
        var words = CollectionsMarshal.AsSpan(tokens).Slice(i, run);
        // "the Defense Ministry in Moscow": the body of the capital's country.
        if (run == 2 && words[1].Key == "ministry" && words[0].Key is "defence" or "defense" or "foreign" or "interior"
            && i + 3 < tokens.Count && tokens[i + 2].Key == "in"
            && state.LongestAt(knowledge.Names, text, tokens, i + 3) is { Count: 1 } capital
            && capital.Names.FirstOrDefault(n => n.Kind == NameKind.Capital) is { } city
            && ArticleState.CountryOfCapital(city.Entity, knowledge) is { Type: EntityType.Country, Demonym: not null } country)
        {
            var field = words[0].Key == "defense" ? "Defence" : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words[0].Key);
            state.Add(BodyNamed(state, country, $"{field} Ministry"), paragraph, tokens[i].Start, tokens[i + 3].End - tokens[i].Start, text[tokens[i].Start..tokens[i + 3].End]);
            return 4;
        }
        // "Central Election Commission", "Centre for Press Freedom": an organisation's head noun
        // last, or before its "for"/"of" complement.
        var headAt = -1;
        var allNotNames = true;
        var personRun = 0;
        var cueAt = -1;
        for (var w = 0; w < words.Length; w++)
        {
            var isHead = OrganisationHeads.Contains(words[w].Key);
            var notName = NotNames.Contains(words[w].Key);
            if (isHead && headAt < 0)
                headAt = w;
            if (!(notName || isHead || !words[w].Capitalised))
                allNotNames = false;
            if (!notName)
                personRun++;
            if (PersonCues.Contains(words[w].Key))
                cueAt = w;
        }
        if (run >= 2 && headAt >= 0 && (headAt == run - 1 || words[headAt + 1].Key is "for" or "of") && !allNotNames)
        {
            var surface = Surface(text, tokens, i, run);
            state.Add(state.Unlisted(surface, EntityType.Organisation), paragraph, tokens[i].Start, words[^1].End - tokens[i].Start, surface);
            return run;
        }
        if (NotNames.Contains(words[0].Key))
            return 1;
        // "Regional Governor Ivan Petrenko": the name starts after the title inside the run.
        if (cueAt >= 0 && cueAt < run - 1)
            return cueAt + 1;
        // Holidays, wars, treaties and summits are not entities ("Independence Day", "Minsk Agreement").
        if (NotEntityHeads.Contains(words[^1].Key))
            return run;
        var next = i + run < tokens.Count ? tokens[i + run] : default;
        // "Malaya Loknya", "Velyka Novosilka": a prefix before a known place's name makes another place.
        if (run == 1 && PlacePrefixes.Contains(words[0].Key) && next.Key is not null && Joined(text, words[0], next)
            && state.LongestAt(knowledge.Names, text, tokens, i + run) is { Count: > 0 } named
            && named.Names.Any(n => n.Kind == NameKind.Place || n.Entity.Type == EntityType.Place))
        {
            var end = tokens[i + run + named.Count - 1].End;
            var placeName = text[tokens[i].Start..end];
            state.Add(state.UnlistedPlace(placeName, RegionOfSentenceAround(state, paragraph, text, tokens[i].Start)), paragraph, tokens[i].Start, end - tokens[i].Start, placeName);
            return run + named.Count;
        }
        // "the Dnipro River", "the Kakhovka Reservoir": water, named with its kind.
        if (next.Key is "river" or "reservoir" or "lake" or "sea" or "canal" && next.Capitalised && run <= 2)
        {
            var waterName = text[tokens[i].Start..next.End];
            state.Add(state.UnlistedWater(waterName, RegionOfSentenceAround(state, paragraph, text, tokens[i].Start)), paragraph, tokens[i].Start, next.End - tokens[i].Start, waterName);
            return run + 1;
        }
        var before = i > 0 ? tokens[i - 1].Key : "";
        var beforeThat = i > 1 ? tokens[i - 2].Key : "";

        if (next.Key is "district" or "districts" && run <= 3 && !NotNames.Contains(words[0].Key))
        {
            // "the Desnianskyi district": a district is named with the word.
            var surface = Surface(text, tokens, i, run);
            var districtName = run == 1 && next.Key == "district" ? text[tokens[i].Start..next.End] : surface;
            var length = (districtName == surface ? words[^1].End : next.End) - tokens[i].Start;
            state.Add(state.UnlistedPlace(districtName, RegionOfSentenceAround(state, paragraph, text, tokens[i].Start)), paragraph, tokens[i].Start, length, districtName);
            return run;
        }
        if ((before == "of" && PlaceCues.Contains(beforeThat)) || InPlaceList(text, tokens[i].Start))
        {
            if (run <= 3 && !NotNames.Contains(words[0].Key))
            {
                var surface = Surface(text, tokens, i, run);
                state.Add(state.UnlistedPlace(surface, RegionOfSentenceAround(state, paragraph, text, tokens[i].Start)), paragraph, tokens[i].Start, words[^1].End - tokens[i].Start, surface);
            }
            return run;
        }
        if (run is >= 2 and <= 4 && personRun == run && LooksLikePerson(state, text, tokens, i, run))
        {
            var surface = Surface(text, tokens, i, run);
            state.Add(state.Unlisted(surface, EntityType.Person), paragraph, tokens[i].Start, words[^1].End - tokens[i].Start, surface);
            return run;
        }
        return run;
    }

    private bool LooksLikePerson(ArticleState state, string text, List<NameToken> tokens, int i, int run)
    {
        if (knowledge.FirstNames.Contains(tokens[i].Key))
            return true;
        // "spokesman Dmytro Pletenchuk"; and in apposition, "the ambassador to the UN, Barbara Woodward,".
        var apposition = i > 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim().SequenceEqual(",");
        for (var back = 1; back <= (apposition ? 6 : 3) && i - back >= 0; back++)
        {
            if (PersonCues.Contains(tokens[i - back].Key))
                return true;
            if (!apposition && text.AsSpan(tokens[i - back].End, tokens[i - back + 1].Start - tokens[i - back].End).Contains(','))
                break;
        }
        if (i > 0)
        {
            var before = tokens[i - 1];
            // "said Vladyslav Voloshyn"; "Moldova's Maia Sandu".
            if (ReportingVerbs.Contains(before.Key))
                return true;
            if (before.Possessive && state.LongestAt(knowledge.Names, text, tokens, i - 1) is { Count: 1 } owner
                && owner.Names.Any(n => n.Entity.Type == EntityType.Country))
                return true;
        }
        var after = i + run < tokens.Count ? tokens[i + run] : default;
        if (after.Key is not null && ReportingVerbs.Contains(after.Key))
            return true;
        // "Sergei Davidis, the head of ...", "Vladyslav Voloshyn, spokesperson for ..."
        var tail = text.AsSpan(tokens[i + run - 1].End);
        if (tail.StartsWith(", the ") || tail.StartsWith(", a ") || tail.StartsWith(", an ") || tail.StartsWith(", who "))
            return true;
        return tail.StartsWith(", ") && i + run + 1 < tokens.Count && PersonCues.Contains(tokens[i + run].Key);
    }

    /// <summary>Second pass: a bare surname, "Mr Jong Un" or "Kim" is the person of that name met in the article, the latest before it.</summary>
    private static void ResolveSurnames(ArticleState state, int paragraph, string text)
    {
        var tokens = state.Tokens(paragraph, text);
        Span<char> key = stackalloc char[256];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalised || state.Covered(paragraph, tokens[i].Start) || NotNames.Contains(tokens[i].Key) && !Honorifics.Contains(tokens[i].Key))
                continue;
            var start = i;
            if (Honorifics.Contains(tokens[i].Key))
            {
                if (i + 1 >= tokens.Count)
                    continue;
                i++;
            }
            for (var len = Math.Min(3, tokens.Count - i); len >= 1; len--)
            {
                if (state.PersonByNamePart(JoinKeys(tokens, i, len, key), paragraph, tokens[i].Start) is { } person)
                {
                    var end = tokens[i + len - 1].End;
                    state.Add(person, paragraph, tokens[start].Start, end - tokens[start].Start, text[tokens[start].Start..end]);
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /// <summary>The keys of <paramref name="count"/> tokens joined by spaces, as string.Join would, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> JoinKeys(List<NameToken> tokens, int start, int count, Span<char> buffer)
    {
        var length = count - 1;
        for (var k = 0; k < count; k++)
            length += tokens[start + k].Key.Length;
        if (length > buffer.Length)
            return string.Join(' ', tokens.GetRange(start, count).Select(t => t.Key));
        var n = 0;
        for (var k = 0; k < count; k++)
        {
            if (k > 0)
                buffer[n++] = ' ';
            tokens[start + k].Key.CopyTo(buffer[n..]);
            n += tokens[start + k].Key.Length;
        }
        return buffer[..n];
    }

    private static bool OpensOrganisationName(string text, List<NameToken> tokens, int i) =>
        OrganisationHeadAfter(text, tokens, i) is not null;

    /// <summary>The index of an organisation's head noun in the capitalised run right after token <paramref name="i"/>, if the run ends in one.</summary>
    private static int? OrganisationHeadAfter(string text, List<NameToken> tokens, int i)
    {
        var j = i + 1;
        int? head = null;
        while (j < tokens.Count && j - i <= 5 && (tokens[j].Capitalised || (IsConnector(tokens, j, text) && j + 1 < tokens.Count))
               && Joined(text, tokens[j - 1], tokens[j]))
        {
            if (OrganisationHeads.Contains(tokens[j].Key) && tokens[j].Capitalised)
                head = j;
            else if (head is not null && !IsConnector(tokens, j, text))
                break;
            j++;
        }
        return head;
    }

    private static bool IsAcronym(string surface)
    {
        if (surface.Length > 6)
            return false;
        var hasLetter = false;
        foreach (var c in surface)
        {
            if (char.IsLower(c))
                return false;
            hasLetter |= char.IsLetter(c);
        }
        return hasLetter;
    }

    /// <summary>Inside "the settlements of A, B, C and D": every name of the list is a place.</summary>
    private static bool InPlaceList(string text, int start)
    {
        var sentenceStart = text.LastIndexOfAny(SentenceEnds, Math.Max(0, start - 1)) + 1;
        var before = text.AsSpan(sentenceStart, start - sentenceStart);
        var of = before.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of < 0)
            return false;
        var cue = before[..of].TrimEnd();
        var cueWord = cue[(cue.LastIndexOf(' ') + 1)..];
        // Every cue is a short word: a longer one is none, and a short one is lowered on the stack.
        Span<char> lower = stackalloc char[16];
        if (cueWord.Length > lower.Length)
            return false;
        cueWord.ToLowerInvariant(lower);
        if (!PlaceCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..cueWord.Length]))
            return false;
        var list = before[(of + 4)..];
        foreach (var range in list.SplitAny(',', ' '))
        {
            var word = list[range];
            if (word.Length > 0 && word is not "and" && !char.IsUpper(word[0]))
                return false;
        }
        return true;
    }

    private static bool HasPlaceCue(string text, List<NameToken> tokens, int i)
    {
        var before = i > 0 ? tokens[i - 1].Key : "";
        return PlacePrepositions.Contains(before) && before != "of" || (i > 1 && before == "of" && PlaceCues.Contains(tokens[i - 2].Key)) || text.Length < 0;
    }

    private static bool IsNameWord(List<NameToken> tokens, int i, string text, bool continuing = false) =>
        tokens[i].Capitalised && !char.IsDigit(text[tokens[i].Start])
        || (continuing && i > 0 && tokens[i].Start > 0 && text[tokens[i].Start - 1] == '-' && tokens[i - 1].End == tokens[i].Start - 1 && tokens[i - 1].Capitalised);

    private static bool IsConnector(List<NameToken> tokens, int i, string text) =>
        tokens[i].Key is "for" or "of" or "de" or "al" or "bin" or "von" or "van" or "der" && !tokens[i].Capitalised
        && i + 1 < tokens.Count && tokens[i + 1].Capitalised && text.Length > 0;

    private static bool Joined(string text, NameToken a, NameToken b) =>
        b.Start - a.End <= 1 && (b.Start == a.End || text[a.End] is ' ' or '-');

    private static bool IsSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '\'' or '('))
            i--;
        return i < 0 || text[i] is '.' or '!' or '?' or ':';
    }

    private static (int Start, int End) SentenceBounds(string text, int index)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(SentenceEnds, index);
        return (start, end < 0 ? text.Length : end);
    }

    private static string Surface(string text, List<NameToken> tokens, int i, int count) =>
        text[tokens[i].Start..tokens[i + count - 1].End];

    internal static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in NameTokenizer.Fold(name.Replace('’', '\'')))
        {
            if (char.IsAsciiLetterOrDigit(c))
                sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
