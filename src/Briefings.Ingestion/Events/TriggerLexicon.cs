using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Events;

/// <summary>A word or phrase that signals a happening of some kind, where it stands in the sentence.</summary>
public sealed record Trigger(string Kind, string Word, int Start);

/// <summary>
/// The words that signal each kind of happening (verbs in their inflected forms and event
/// nouns), and the choice of a sentence's main trigger: the most specific kind wins, so a
/// strike that killed people is casualties, and "said" only makes a statement when nothing
/// more concrete happened.
/// </summary>
public static partial class TriggerLexicon
{
    /// <summary>Kinds from most to least specific; the first kind found in a sentence is its kind.</summary>
    private static readonly string[] Priority =
    [
        EventKinds.Denial, EventKinds.Casualties, EventKinds.Interception, EventKinds.Attack, EventKinds.Advance,
        EventKinds.Fighting, EventKinds.Ratification, EventKinds.Signing, EventKinds.Vote, EventKinds.Sanctions,
        EventKinds.Resignation, EventKinds.Election, EventKinds.Test, EventKinds.Exercise, EventKinds.Deployment,
        EventKinds.Aid, EventKinds.Call, EventKinds.Meeting, EventKinds.Visit, EventKinds.Statement,
    ];

    private static readonly Dictionary<string, string> Words = new()
    {
        [EventKinds.Denial] = "deny denies denied denying denial denials refute refutes refuted rejected rebuffed dismissed untrue",
        [EventKinds.Casualties] = "kill kills killed killing wound wounds wounded wounding injure injures injured injuring injuries "
            + "died dead death deaths casualties casualty trapped",
        [EventKinds.Interception] = "downed intercept intercepts intercepted shoot shot repelled repel",
        [EventKinds.Attack] = "attack attacks attacked attacking strike strikes struck striking shelling shelled bombed "
            + "bombing bombings bombardment bombardments airstrike airstrikes raid raids damaged damage destroyed destroy "
            + "destroys hit targeted targeting explosion explosions blast blasts fire fires shelled pounded invaded invasion "
            + "incursion assault assaults barrage",
        [EventKinds.Advance] = "advance advances advanced advancing captured capture captures seized seize seizes "
            + "liberated recaptured retook retake withdrew withdraw retreated retreat encircled closing counteroffensive "
            + "counterattacks counterattack",
        [EventKinds.Fighting] = "battling battle battles fought fighting clash clashes clashed combat engaged hostilities",
        [EventKinds.Ratification] = "ratify ratifies ratified ratifying ratification",
        [EventKinds.Signing] = "sign signs signed signing inked clinched",
        [EventKinds.Vote] = "vote votes voted voting approved passed",
        [EventKinds.Sanctions] = "sanction sanctions sanctioned embargo blacklisted",
        [EventKinds.Resignation] = "resign resigns resigned resignation sacked ousted",
        [EventKinds.Election] = "election elections elected runoff re-elected inaugurated won defeating defeated",
        [EventKinds.Test] = "tested test-fired test-firing test-fires",
        [EventKinds.Exercise] = "exercise exercises drill drills manoeuvres maneuvers wargames",
        [EventKinds.Deployment] = "deploy deploys deployed deploying deployment sent sending dispatched massed amassed "
            + "stationed reinforce reinforced reinforcing moving moved transferred assembled issuing",
        [EventKinds.Aid] = "pledge pledges pledged pledging donate donated aid supplied delivered delivering",
        [EventKinds.Call] = "phone phoned telephone",
        [EventKinds.Meeting] = "meet meets met meeting meetings talks summit hosted hosts greeted dialogue conference "
            + "negotiations discussed",
        [EventKinds.Visit] = "visit visits visited visiting arrived arrives trip travelled traveled toured",
        [EventKinds.Statement] = "said says told announced announces warned warns urged urges accused accuses condemned "
            + "condemns confirmed confirms reported reports repeated vowed stated claimed claims hailed congratulated "
            + "criticised criticized demanded described",
    };

    /// <summary>Phrases that a single word would miss or misread ("shot down" is not a shooting).</summary>
    private static readonly (string Phrase, string Kind)[] Phrases =
    [
        ("shot down", EventKinds.Interception), ("shoot down", EventKinds.Interception),
        ("call between", EventKinds.Call), ("call with", EventKinds.Call), ("phone call", EventKinds.Call),
        ("shake hands", EventKinds.Meeting), ("shook hands", EventKinds.Meeting), ("shaking hands", EventKinds.Meeting),
        ("press conference", EventKinds.Meeting), ("stepped down", EventKinds.Resignation),
        ("took control", EventKinds.Advance), ("broke across", EventKinds.Advance), ("broke through", EventKinds.Advance),
        ("took place", EventKinds.Meeting), ("imposed sanctions", EventKinds.Sanctions),
        ("aid package", EventKinds.Aid), ("military aid", EventKinds.Aid), ("will give", EventKinds.Aid),
        ("test-fired", EventKinds.Test), ("missile test", EventKinds.Test), ("according to", EventKinds.Statement),
    ];

    private static readonly FrozenDictionary<string, string> KindOfWord = Words
        .SelectMany(kv => kv.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (w, kv.Key)))
        .GroupBy(p => p.w)
        .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => Array.IndexOf(Priority, p.Key)).First().Key);

    private static readonly FrozenDictionary<string, int> Rank =
        Priority.Select((k, i) => (k, i)).ToFrozenDictionary(p => p.k, p => p.i);

    /// <summary>Every kind the lexicon knows, most specific first.</summary>
    public static IReadOnlyList<string> Kinds => Priority;

    /// <summary>Every trigger in the sentence, in order.</summary>
    public static IReadOnlyList<Trigger> FindAll(string sentence)
    {
        var found = new List<Trigger>();
        var lower = sentence.ToLowerInvariant();
        foreach (var (phrase, kind) in Phrases)
        {
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                if (IsWordBoundary(lower, at, phrase.Length))
                    found.Add(new Trigger(kind, phrase, at));
            }
        }
        foreach (Match m in WordPattern().Matches(lower))
        {
            if (KindOfWord.TryGetValue(m.Value, out var kind) && !found.Any(t => m.Index >= t.Start && m.Index < t.Start + t.Word.Length))
                found.Add(new Trigger(kind, m.Value, m.Index));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The sentence's main trigger: the most specific kind, and of that kind the first word; null when none.</summary>
    public static Trigger? Main(string sentence) => Main(FindAll(sentence));

    public static Trigger? Main(IReadOnlyList<Trigger> triggers) =>
        triggers.OrderBy(t => Rank[t.Kind]).ThenBy(t => t.Start).FirstOrDefault();

    /// <summary>The kind a single word or phrase signals, or null.</summary>
    public static string? KindOf(string word)
    {
        var lower = word.ToLowerInvariant();
        var phrase = Array.Find(Phrases, p => p.Phrase == lower);
        if (phrase.Phrase is not null)
            return phrase.Kind;
        return KindOfWord.GetValueOrDefault(lower);
    }

    private static bool IsWordBoundary(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        && (start + length >= text.Length || !char.IsLetterOrDigit(text[start + length]));

    [GeneratedRegex(@"[a-z]+(?:-[a-z]+)*")]
    private static partial Regex WordPattern();
}
