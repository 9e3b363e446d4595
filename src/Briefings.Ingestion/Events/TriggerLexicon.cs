using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Events;

/// <summary>How a trigger word stands in its sentence: a verb, an event noun, a fixed phrase, or a verb form used as a modifier ("a damaged building").</summary>
public enum TriggerPos
{
    Verb,
    Noun,
    Phrase,
    Modifier,
}

/// <summary>A word or phrase that signals a happening of some kind, where it stands in the sentence.</summary>
public sealed record Trigger(string Kind, string Word, int Start)
{
    public string Lemma { get; init; } = Word;
    public TriggerPos Pos { get; init; } = TriggerPos.Verb;
    public int End => Start + Word.Length;
}

/// <summary>
/// The happening vocabulary (Events/Data/happenings.tsv: lemma, part of speech, kind, forms; built by
/// tools/happenings/build.py) and the choice of a sentence's main trigger. Each word found is read as a
/// verb, an event noun or a modifier from the word before it ("the seized land" is no seizure); which
/// triggers count is <see cref="PredicateReader"/>'s job. Among the happenings that count the most
/// specific kind wins (a strike that killed people is casualties); a denial outranks what it denies, and
/// a saying gives the kind only when nothing more concrete happened.
/// </summary>
public static partial class TriggerLexicon
{
    /// <summary>Kinds from most to least specific; the first kind found among a sentence's predicates is its kind.</summary>
    private static readonly string[] Priority =
    [
        EventKinds.Denial, EventKinds.Casualties, EventKinds.Interception, EventKinds.Attack, EventKinds.Advance,
        EventKinds.Fighting, EventKinds.Ratification, EventKinds.Signing, EventKinds.Vote, EventKinds.Sanctions,
        EventKinds.Resignation, EventKinds.Arrest, EventKinds.Election, EventKinds.Test, EventKinds.Exercise,
        EventKinds.Deployment, EventKinds.Aid, EventKinds.Call, EventKinds.Meeting, EventKinds.Visit,
        EventKinds.Warning, EventKinds.Accusation, EventKinds.Announcement, EventKinds.Pledge, EventKinds.Statement,
    ];

    private sealed record Entry(string Lemma, TriggerPos Pos, string Kind);

    private sealed record Lexicon(FrozenDictionary<string, Entry[]> Forms, (string[] Words, Entry Entry)[] Phrases);

    private static readonly Lazy<Lexicon> Loaded = new(Load);

    private static readonly FrozenDictionary<string, int> Rank =
        Priority.Select((k, i) => (k, i)).ToFrozenDictionary(p => p.k, p => p.i);

    /// <summary>Words after which a verb form is a modifier or a noun: determiners, possessives, prepositions.</summary>
    private static readonly FrozenSet<string> NounCues = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "no",
        "some", "each", "every", "another", "such", "of", "in", "on", "for", "with", "by", "after", "since", "amid", "about",
        "over", "against", "during", "following", "new", "first", "last", "major", "massive", "further", "fresh", "latest",
        "recent", "big", "large", "largest", "joint", "deadly", "fatal", "several", "many", "more", "most", "two", "three",
        "four", "five", "repeated", "overnight", "night", "drone", "missile", "air", "artillery", "rocket", "ground", "military",
        "ukrainian", "russian", "israeli", "phone", "official", "state", "bilateral", "presidential", "trilateral",
        "frequent", "recent", "previous", "heavy", "fierce", "intense", "sustained", "successful", "failed", "planned",
        "possible", "alleged", "reported", "rare", "brief", "short", "long", "second", "third", "annual",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Determiners and possessives only: after these a verb form is a modifier ("the tested path").</summary>
    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "no", "any",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of two-word phrases that may stand apart from the verb ("set a depot ablaze", "shot a jet down").</summary>
    private static readonly FrozenSet<string> Particles = new[] { "ablaze", "down", "up" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every kind the lexicon knows, most specific first.</summary>
    public static IReadOnlyList<string> Kinds => Priority;

    /// <summary>How many lemmas the lexicon holds.</summary>
    public static int Count => Loaded.Value.Forms.Values.SelectMany(e => e).Select(e => (e.Lemma, e.Pos)).Distinct().Count()
        + Loaded.Value.Phrases.Length;

    /// <summary>Every trigger in the sentence, in order, each read as verb, noun, phrase or modifier.</summary>
    public static IReadOnlyList<Trigger> FindAll(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var lexicon = Loaded.Value;
        var tokens = Tokens(sentence);
        var found = new List<Trigger>();
        var covered = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, entry) in lexicon.Phrases)
            {
                if (tokens[i].Lower != words[0] || covered[i])
                    continue;
                var end = MatchPhrase(tokens, i, words);
                if (end < 0)
                    continue;
                for (var k = i; k <= end; k++)
                    covered[k] = true;
                var last = tokens[end];
                found.Add(new Trigger(entry.Kind, sentence[tokens[i].Start..(last.Start + last.Length)], tokens[i].Start)
                { Lemma = entry.Lemma, Pos = TriggerPos.Phrase });
                break;
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !lexicon.Forms.TryGetValue(tokens[i].Lower, out var entries) || InName(sentence, tokens, i))
                continue;
            var entry = Read(tokens, i, entries);
            var pos = entry.Pos;
            if (pos == TriggerPos.Verb && IsModified(tokens, i))
                pos = TriggerPos.Modifier;
            found.Add(new Trigger(entry.Kind, sentence.Substring(tokens[i].Start, tokens[i].Length), tokens[i].Start)
            { Lemma = entry.Lemma, Pos = pos });
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The sentence's main happening: its predicates as <see cref="PredicateReader"/> reads them, the most specific kind first; null when none.</summary>
    public static Trigger? Main(string sentence) => Main(PredicateReader.Predicates(sentence, FindAll(sentence), fragment: false));

    /// <summary>The most specific of the given triggers, and of that kind the first; null when none.</summary>
    /// <remarks>
    /// When the first predicate is a saying that is news by itself (condemned, warned, urged, vowed), that
    /// saying is the happening, and what it says (the withdrawal demanded, the strike warned of) is not.
    /// </remarks>
    public static Trigger? Main(IReadOnlyList<Trigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        var predicates = triggers.Where(t => t.Pos != TriggerPos.Modifier).ToList();
        var first = predicates.Where(t => t.Pos != TriggerPos.Noun).MinBy(t => t.Start);
        if (first is { Kind: EventKinds.Accusation or EventKinds.Warning or EventKinds.Pledge } && !predicates.Any(t => t.Kind == EventKinds.Denial))
            return first;
        return predicates.OrderBy(t => Rank[t.Kind]).ThenBy(t => t.Start).FirstOrDefault();
    }

    /// <summary>The kind a single word or phrase signals, or null.</summary>
    public static string? KindOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        var phrase = Array.Find(Loaded.Value.Phrases, p => string.Join(' ', p.Words) == lower);
        if (phrase.Words is not null)
            return phrase.Entry.Kind;
        return Loaded.Value.Forms.TryGetValue(lower, out var entries)
            ? entries.OrderBy(e => Rank[e.Kind]).First().Kind
            : null;
    }

    /// <summary>Whether <paramref name="word"/> is an event noun of the lexicon ("attack", "meeting", "incident" is not).</summary>
    public static string? NounKind(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Loaded.Value.Forms.TryGetValue(word.ToLowerInvariant(), out var entries)
            ? entries.FirstOrDefault(e => e.Pos == TriggerPos.Noun)?.Kind
            : null;
    }

    /// <summary>Noun or verb reading of an ambiguous form from the word before: "the strike" is a noun, "missiles strike" a verb.</summary>
    private static Entry Read(List<Token> tokens, int i, Entry[] entries)
    {
        var noun = entries.FirstOrDefault(e => e.Pos == TriggerPos.Noun);
        var verb = entries.FirstOrDefault(e => e.Pos == TriggerPos.Verb);
        if (noun is null)
            return verb!;
        if (verb is null)
            return noun;
        var before = i > 0 ? tokens[i - 1] : null;
        if (before is null || before.End < tokens[i].Start - 2)
            return noun;
        return NounCues.Contains(before.Lower) || before.Possessive || char.IsDigit(before.Lower[0]) || Adjective().IsMatch(before.Lower) ? noun : verb;
    }

    /// <summary>A capitalised word after another capitalised word is part of a name ("the United States", "Strike Command").</summary>
    private static bool InName(string sentence, List<Token> tokens, int i) =>
        i > 0 && char.IsUpper(sentence[tokens[i].Start]) && char.IsUpper(sentence[tokens[i - 1].Start]);

    /// <summary>A verb form after a determiner or possessive, maybe through an adverb, modifies a noun: "a damaged building", "Sunday's closely fought runoff".</summary>
    private static bool IsModified(List<Token> tokens, int i)
    {
        if (i == 0)
            return false;
        var before = tokens[i - 1];
        if (before.Lower.EndsWith("ly", StringComparison.Ordinal) && i > 1)
            before = tokens[i - 2];
        return Determiners.Contains(before.Lower) || before.Possessive;
    }

    private static int MatchPhrase(List<Token> tokens, int i, string[] words)
    {
        if (words.Length == 2 && Particles.Contains(words[1]))
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
            {
                if (tokens[k].Lower == words[1])
                    return k;
            }
            return -1;
        }
        for (var k = 1; k < words.Length; k++)
        {
            if (i + k >= tokens.Count || tokens[i + k].Lower != words[k])
                return -1;
        }
        return i + words.Length - 1;
    }

    internal sealed record Token(string Lower, int Start, int Length, bool Possessive)
    {
        public int End => Start + Length;
    }

    internal static List<Token> Tokens(string sentence)
    {
        var tokens = new List<Token>();
        foreach (Match m in WordPattern().Matches(sentence))
        {
            var lower = m.Value.ToLowerInvariant();
            var possessive = lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal);
            if (possessive)
                lower = lower[..^2];
            tokens.Add(new Token(lower, m.Index, possessive ? m.Length - 2 : m.Length, possessive));
        }
        return tokens;
    }

    private static Lexicon Load()
    {
        using var stream = typeof(TriggerLexicon).Assembly.GetManifestResourceStream("Briefings.Ingestion.Data.happenings.tsv")
            ?? throw new InvalidOperationException("happenings.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var forms = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var phrases = new List<(string[], Entry)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cells = line.Split('\t');
            var pos = Enum.Parse<TriggerPos>(cells[1], ignoreCase: true);
            var entry = new Entry(cells[0], pos, cells[2]);
            if (pos == TriggerPos.Phrase)
            {
                phrases.Add((cells[0].Split(' '), entry));
                continue;
            }
            foreach (var form in cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!forms.TryGetValue(form, out var list))
                    forms[form] = list = [];
                if (!list.Any(e => e.Pos == pos))
                    list.Add(entry);
            }
        }
        // Longer phrases first, so "set on fire" is found before "set fire".
        phrases.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return new Lexicon(forms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), [.. phrases]);
    }

    /// <summary>Word shapes of adjectives and ordinals ("dangerous", "eastern", "eighth"): after one, an ambiguous form is a noun.</summary>
    [GeneratedRegex(@"^(?:\p{L}+(?:ous|ful|ern)|first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|\p{L}+tie)th)$")]
    private static partial Regex Adjective();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
