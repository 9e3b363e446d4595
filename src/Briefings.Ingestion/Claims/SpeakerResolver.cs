using System.Collections.Frozen;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Claims;

/// <summary>A speaker as exported: the canonical entity name, or the source's own words with no key.</summary>
internal sealed record ResolvedSpeaker(string Name, string? Key, EntityType? Type)
{
    /// <summary>The phrase as the text wrote it ("the state news agency Agerpres").</summary>
    public string? Phrase { get; init; }

    public static ResolvedSpeaker Of(ArticleEntity entity) => new(entity.Name, entity.Key, entity.Type);
}

/// <summary>Where in the article: the body paragraph's order, its index, and a character offset in it.</summary>
internal readonly record struct Place(int Order, int Paragraph, int Offset) : IComparable<Place>
{
    public int CompareTo(Place other) => Order != other.Order ? Order.CompareTo(other.Order) : Offset.CompareTo(other.Offset);

    public static bool operator <(Place a, Place b) => a.CompareTo(b) < 0;
    public static bool operator >(Place a, Place b) => a.CompareTo(b) > 0;
    public static bool operator <=(Place a, Place b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Place a, Place b) => a.CompareTo(b) >= 0;
}

/// <summary>
/// Turns a speaker phrase into a speaker: the entity whose mention covers the phrase's head,
/// whose form equals it, or whose surname it is; "X's spokesman" speaks for X; "the
/// governor" is the latest entity with that role; a pronoun is the latest person who spoke
/// or led a sentence in this paragraph or the one before. Otherwise the phrase's own words.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly IReadOnlyList<ArticleEntity> _entities;
    private readonly Dictionary<int, List<(Mention Mention, ArticleEntity Entity)>> _mentions = [];
    private readonly Dictionary<int, int> _orderOfParagraph = [];
    private readonly Dictionary<int, string> _paragraphText = [];
    private readonly List<(Place At, IReadOnlyList<ResolvedSpeaker> Group)> _spoken = [];
    private readonly List<(Place At, ArticleEntity Person)> _subjects = [];

    public SpeakerResolver(IReadOnlyList<ArticleEntity> entities)
    {
        _entities = entities;
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (!_mentions.TryGetValue(mention.Paragraph, out var list))
                    _mentions[mention.Paragraph] = list = [];
                list.Add((mention, entity));
            }
        }
        foreach (var list in _mentions.Values)
            list.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
    }

    /// <summary>Registers a body paragraph before its sentences are read, so later roles can look back into it.</summary>
    public void EnterParagraph(int order, Paragraph paragraph)
    {
        _orderOfParagraph[paragraph.Index] = order;
        _paragraphText[paragraph.Index] = paragraph.Text;
    }

    /// <summary>Notes the first person named outside quotations in a sentence: a later "he" may mean them.</summary>
    public void NoteSentence(Place start, int length, IReadOnlyList<TextSpan> quotes)
    {
        foreach (var (mention, entity) in MentionsIn(start.Paragraph, start.Offset, start.Offset + length))
        {
            if (entity.Type != EntityType.Person || QuoteFinder.Inside(quotes, mention.Start - start.Offset))
                continue;
            _subjects.Add((start with { Offset = mention.Start }, entity));
            return;
        }
    }

    public void Remember(Place at, IReadOnlyList<ResolvedSpeaker> group)
    {
        if (group.Count > 0)
            _spoken.Add((at, group));
    }

    /// <summary>The speakers of the latest claim, when it was in this paragraph or the one before.</summary>
    public IReadOnlyList<ResolvedSpeaker> LastSpeakers(Place at)
    {
        if (_spoken.Count == 0)
            return [];
        var (place, group) = _spoken[^1];
        return place.Order >= at.Order - 1 ? group : [];
    }

    /// <summary>The one person a sentence names outside quotations, if exactly one.</summary>
    public ResolvedSpeaker? OnlyPerson(Place start, int length, IReadOnlyList<TextSpan> quotes)
    {
        var people = MentionsIn(start.Paragraph, start.Offset, start.Offset + length)
            .Where(m => m.Entity.Type == EntityType.Person && !QuoteFinder.Inside(quotes, m.Mention.Start - start.Offset))
            .Select(m => m.Entity)
            .Distinct()
            .ToList();
        return people.Count == 1 ? ResolvedSpeaker.Of(people[0]) : null;
    }

    public IReadOnlyList<ResolvedSpeaker> ResolvePronoun(string pronoun, Place at)
    {
        var lower = pronoun.ToLowerInvariant();
        var window = at.Order - 1;
        if (lower is "he" or "she")
        {
            var spoke = _spoken.LastOrDefault(s => s.At < at && s.At.Order >= window && s.Group.Count == 1 && IsPerson(s.Group[0]));
            var led = _subjects.LastOrDefault(s => s.At < at && s.At.Order >= window);
            if (spoke.Group is null && led.Person is null)
                return [];
            if (led.Person is null || (spoke.Group is not null && spoke.At > led.At))
                return spoke.Group!;
            return [ResolvedSpeaker.Of(led.Person)];
        }
        var last = _spoken.LastOrDefault(s => s.At < at && s.At.Order >= window);
        if (last.Group is null)
            return [];
        if (lower == "they")
            return last.Group.Count > 1 || !IsPerson(last.Group[0]) ? last.Group : [];
        return last.Group.Count == 1 && !IsPerson(last.Group[0]) ? last.Group : [];
    }

    /// <summary>A person entity, or, when the recogniser missed it, words shaped like a personal name ("Pat Ryder").</summary>
    private static bool IsPerson(ResolvedSpeaker speaker)
    {
        if (speaker.Type is not null)
            return speaker.Type == EntityType.Person;
        var words = speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
               && words.All(w => char.IsUpper(w[0]) && !w.Contains('.', StringComparison.Ordinal) && !NotInNames.Contains(w.ToLowerInvariant()) && !SpeakerPhrase.Heads.Contains(w.ToLowerInvariant()));
    }

    /// <summary>Capitalised words of places and bodies, not of people's names.</summary>
    private static readonly FrozenSet<string> NotInNames = new[]
    {
        "korea", "states", "union", "kingdom", "republic", "nations", "federation", "post", "times", "news",
        "journal", "press", "ministry", "agency", "forces", "council", "court", "party", "bank", "fund",
        "organisation", "organization", "institute", "centre", "center", "university", "committee", "house",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Resolves a speaker phrase at <paramref name="span"/> of a paragraph's text.</summary>
    public ResolvedSpeaker Resolve(Place at, string paragraphText, TextSpan span)
    {
        var words = span.Of(paragraphText);
        return ResolvePhrase(at, span, words) with { Phrase = words };
    }

    private ResolvedSpeaker ResolvePhrase(Place at, TextSpan span, string words)
    {
        var tokens = Tokenizer.Tokenize(words);
        var mentions = MentionsIn(at.Paragraph, span.Start, span.End).ToList();
        var leading = tokens.Count > 1 && tokens[0].IsWord && SpeakerPhrase.Determiners.Contains(tokens[0].Lower) ? tokens[1].Start : 0;

        // A mention that covers the whole phrase ("the Defense Ministry in Moscow").
        foreach (var (mention, entity) in mentions)
        {
            if (mention.Start <= span.Start + leading && mention.Start + mention.Length >= span.End)
                return ResolvedSpeaker.Of(entity);
        }
        var head = HeadIndex(tokens);
        var headStart = span.Start + tokens[head].Start;
        var covering = mentions
            .Where(m => m.Mention.Start <= headStart && m.Mention.Start + m.Mention.Length > headStart)
            .OrderByDescending(m => m.Mention.Length)
            .Select(m => m.Entity)
            .FirstOrDefault();
        if (covering is not null)
            return ResolvedSpeaker.Of(covering);
        var byForm = ByForm(words);
        if (byForm is not null)
            return ResolvedSpeaker.Of(byForm);
        var headWord = tokens[head].Lower;
        if (!tokens[head].IsCapitalised && SpeakerPhrase.VoiceHeads.Contains(headWord))
        {
            foreach (var t in tokens.Where(t => t.IsPossessive))
            {
                var owner = mentions.FirstOrDefault(m => m.Mention.Start <= span.Start + t.Start && m.Mention.Start + m.Mention.Length >= span.Start + t.Start + t.Bare.Length);
                if (owner.Entity is not null)
                    return ResolvedSpeaker.Of(owner.Entity);
            }
        }
        if (!tokens[head].IsCapitalised && tokens[0].Is("the") && SpeakerPhrase.Heads.Contains(headWord))
        {
            var role = ByRole(headWord, at with { Offset = span.Start });
            if (role is not null)
                return ResolvedSpeaker.Of(role);
        }
        var name = TrailingName(tokens, words);
        if (name is not null)
        {
            var known = ByForm(name) ?? BySurname(name);
            return known is not null ? ResolvedSpeaker.Of(known) : new ResolvedSpeaker(name, null, null);
        }
        return new ResolvedSpeaker(words, null, null);
    }

    private IEnumerable<(Mention Mention, ArticleEntity Entity)> MentionsIn(int paragraph, int start, int end)
    {
        if (!_mentions.TryGetValue(paragraph, out var list))
            yield break;
        foreach (var m in list)
        {
            if (m.Mention.Start < end && m.Mention.Start + m.Mention.Length > start)
                yield return m;
        }
    }

    /// <summary>The head word: the last word, or the one before "of"/"for"/"in" ("the mayor of Kyiv").</summary>
    private static int HeadIndex(List<Token> tokens)
    {
        for (var k = 1; k < tokens.Count - 1; k++)
        {
            if (tokens[k].IsWord && tokens[k].Text is "of" or "for" or "in")
                return k - 1;
        }
        var last = tokens.Count - 1;
        while (last > 0 && !tokens[last].IsWord)
            last--;
        return last;
    }

    private ArticleEntity? ByForm(string words)
    {
        var wanted = Normalise(words);
        if (wanted.Length == 0)
            return null;
        return _entities.FirstOrDefault(e => Normalise(e.Name) == wanted || e.Forms.Any(f => Normalise(f) == wanted));
    }

    /// <summary>"Mr Jeon", "Gen Ryder": a person named earlier whose name ends with the same word.</summary>
    private ArticleEntity? BySurname(string name)
    {
        var last = name.Split(' ')[^1];
        if (last.Length < 3)
            return null;
        return _entities.FirstOrDefault(e => e.Type == EntityType.Person
            && (LastWord(e.Name).Equals(last, StringComparison.OrdinalIgnoreCase)
                || e.Forms.Any(f => LastWord(f).Equals(last, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>"the governor", "the ministry": the latest entity named before with that role.</summary>
    private ArticleEntity? ByRole(string head, Place before)
    {
        var wanted = head switch
        {
            _ when SpeakerPhrase.PersonHeads.Contains(head) => EntityType.Person,
            "country" => EntityType.Country,
            "region" or "province" or "oblast" => EntityType.Region,
            "city" or "capital" or "district" => EntityType.Place,
            _ => EntityType.Organisation,
        };
        ArticleEntity? best = null;
        var bestAt = default(Place);
        foreach (var entity in _entities)
        {
            if (entity.Type != wanted)
                continue;
            var named = HasRoleWord(entity.Role, head) || HasRoleWord(entity.Name, head) || entity.Forms.Any(f => HasRoleWord(f, head));
            foreach (var mention in entity.Mentions)
            {
                if (!_orderOfParagraph.TryGetValue(mention.Paragraph, out var order))
                    continue;
                var at = new Place(order, mention.Paragraph, mention.Start);
                if (at >= before || (best is not null && at <= bestAt))
                    continue;
                if (named || HasRoleWord(TitleBefore(mention), head))
                {
                    best = entity;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /// <summary>The title words just before a mention: "Kharkiv Regional Governor" before "Oleh Syniehubov".</summary>
    private string TitleBefore(Mention mention)
    {
        if (!_paragraphText.TryGetValue(mention.Paragraph, out var text) || mention.Start > text.Length)
            return "";
        var window = text[Math.Max(0, mention.Start - 60)..mention.Start];
        var tokens = Tokenizer.Tokenize(window);
        var start = tokens.Count;
        while (start > 0 && SpeakerPhrase.IsPhraseWord(tokens[start - 1]))
            start--;
        return start == tokens.Count ? "" : window[tokens[start].Start..];
    }

    private static bool HasRoleWord(string? text, string head)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        foreach (var word in text.Split([' ', '-', ',', '’', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.EndsWith(head, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The name at the end of a described phrase, without its titles: "the state news agency
    /// TASS" → "TASS", "Kharkiv Regional Governor Oleh Syniehubov" → "Oleh Syniehubov"; null
    /// when the phrase does not end in a name or is nothing but the name.
    /// </summary>
    private static string? TrailingName(List<Token> tokens, string words)
    {
        var end = tokens.Count - 1;
        if (end < 0 || !tokens[end].IsCapitalised || Titles.Contains(tokens[end].Lower))
            return null;
        var start = end;
        while (start > 0 && tokens[start - 1].IsCapitalised && !tokens[start - 1].IsPossessive
               && !Titles.Contains(tokens[start - 1].Lower) && !SpeakerPhrase.Determiners.Contains(tokens[start - 1].Lower))
            start--;
        return start == 0 ? null : words[tokens[start].Start..tokens[end].End];
    }

    private static readonly FrozenSet<string> Titles = SpeakerPhrase.Titles;

    private static string LastWord(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1];
    }

    /// <summary>A name as compared: lower case, straight apostrophes, single spaces, no leading "the".</summary>
    public static string Normalise(string text)
    {
        var s = string.Join(' ', text.Replace('’', '\'').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        s = s.Trim('.', ',', ';', ':', '"', '\'', '(', ')');
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }
}
