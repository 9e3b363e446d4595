using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Events;

/// <summary>
/// Which of a sentence's triggers say that something happened: a verb or phrase in the past or
/// present, not negated ("has not said", "no information"), not hypothetical or intended ("would",
/// "plans to", "if", an infinitive), not in a "since", "who" or "which" clause (those are the
/// background of the main clause), not habitual; an event noun only with a light verb that makes it
/// happen ("held talks", "carried out strikes", "the meeting took place") or in a fragment (a caption,
/// a clause told in passing).
/// </summary>
public static partial class PredicateReader
{
    private const int Scope = 6;

    /// <summary>The triggers that are predicates of a happening.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="triggers">Its triggers, from <see cref="TriggerLexicon.FindAll"/>.</param>
    /// <param name="fragment">A caption or a clause without a finite verb, where an event noun stands for its happening.</param>
    public static IReadOnlyList<Trigger> Predicates(string sentence, IReadOnlyList<Trigger> triggers, bool fragment)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(triggers);
        if (sentence.TrimEnd().TrimEnd('"', '”', '’', '\'').EndsWith('?'))
            return [];
        var kept = new List<Trigger>();
        foreach (var trigger in triggers)
        {
            if (trigger.Pos == TriggerPos.Modifier)
                continue;
            var clause = ClauseBefore(sentence, trigger.Start);
            if (trigger.Pos == TriggerPos.Noun && !fragment && !Carried(sentence, trigger, clause))
                continue;
            if (IsNegated(clause) || IsHypothetical(clause, trigger) || IsHabitual(sentence, trigger, clause))
                continue;
            // In a clause told in passing the subordinate clause is the happening; in a sentence it is background.
            if (!fragment && (IsSubordinate(clause) || IsReducedRelative(sentence, trigger, clause) || IsNonFinite(trigger, clause, sentence[trigger.End..])))
                continue;
            kept.Add(trigger);
        }
        return kept;
    }

    /// <summary>
    /// A saying that is not news: a plain statement in the present ("says") or perfect ("has said",
    /// "has criticised") tells a standing position, not something done at a time.
    /// </summary>
    public static bool IsStandingStatement(string sentence, Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(trigger);
        if (trigger.Kind != EventKinds.Statement)
            return false;
        var word = trigger.Word.ToLowerInvariant();
        if (word is "says" or "say" or "tells" or "claims" or "insists" or "stresses" or "notes" or "describes")
            return true;
        return Perfect().IsMatch(sentence[..trigger.Start]);
    }

    /// <summary>"declined to comment", "we do not comment on", "no comment": a refusal to speak tells nothing that happened.</summary>
    public static bool IsNoComment(string sentence) => NoComment().IsMatch(sentence);

    /// <summary>The words of the trigger's clause before it, in lower case: from the last comma, colon, dash, bracket or quotation mark.</summary>
    private static string ClauseBefore(string sentence, int start)
    {
        var from = sentence.LastIndexOfAny([',', ';', ':', '(', ')', '—', '–', '“', '”', '"'], Math.Max(0, start - 1)) + 1;
        if (start == 0)
            from = 0;
        var clause = sentence[from..start].ToLowerInvariant();
        // "could not verify that a depot was hit": what governs the verb of "that ..." is inside it.
        var complement = Complementizer().Matches(clause).LastOrDefault();
        return complement is null ? clause : clause[(complement.Index + complement.Length)..];
    }

    /// <summary>An event noun made to happen by a light verb before it (not an infinitive: "to hold talks"), or by "took place", "was carried out" after it.</summary>
    private static bool Carried(string sentence, Trigger trigger, string clause)
    {
        var before = LastWords(clause, 5);
        var light = Array.FindLastIndex(before, LightVerbs.Contains);
        if (light >= 0)
            return !(light > 0 && before[light - 1] == "to");
        var after = sentence[trigger.End..];
        return TookPlace().IsMatch(after);
    }

    private static bool IsNegated(string clause)
    {
        var words = LastWords(clause, Scope);
        return words.Any(Negations.Contains) || words.Any(w => w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal))
            || Refusal().IsMatch(clause);
    }

    /// <summary>A modal or an intention before the trigger, or an infinitive; a pledge of aid ("will give") is a happening of its own.</summary>
    private static bool IsHypothetical(string clause, Trigger trigger)
    {
        // A modal governs the verbs coordinated after it too ("will go there and fight"), so it is looked for further back.
        var words = LastWords(clause, 2 * Scope);
        if (words.Length > 0 && words[^1] == "to")
            return true;
        if (words.Length > 1 && words[^2] == "to" && words[^1].EndsWith("ly", StringComparison.Ordinal))
            return true;
        var near = LastWords(clause, Scope);
        if (Intention().IsMatch(clause))
            return true;
        var future = words.Any(w => w is "will" or "'ll" or "’ll" or "shall");
        if (future && trigger.Kind is EventKinds.Aid or EventKinds.Pledge)
            return near.Any(Modals.Contains);
        return future || words.Any(Modals.Contains) || Conditional().IsMatch(clause);
    }

    /// <summary>"cities battered by drones": a participle with its agent and no auxiliary describes a noun, it is not the predicate.</summary>
    private static bool IsReducedRelative(string sentence, Trigger trigger, string clause)
    {
        if (trigger.Pos != TriggerPos.Verb || !ByAfter().IsMatch(sentence[trigger.End..]))
            return false;
        var words = LastWords(clause, 2);
        return words.Length > 0 && !Auxiliaries.Contains(words[^1]) && !(words.Length > 1 && Auxiliaries.Contains(words[^2]));
    }

    /// <summary>
    /// A verb form that is not a finite predicate: a gerund or participle after a preposition ("of providing",
    /// "with advanced technology"), a present participle after a noun ("forces fighting in"), or a saying in
    /// the passive with no one doing it ("companies accused of", "it was reported").
    /// </summary>
    private static bool IsNonFinite(Trigger trigger, string clause, string after)
    {
        if (trigger.Pos != TriggerPos.Verb)
            return false;
        var word = trigger.Word.ToLowerInvariant();
        var words = LastWords(clause, 3).Where(w => !Adverb(w)).ToArray();
        var before = words.Length > 0 ? words[^1] : null;
        var participle = word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal);
        if (participle && before is not null && Prepositions.Contains(before))
            return true;
        if (EventKinds.IsSpeech(trigger.Kind) && word.EndsWith("ed", StringComparison.Ordinal) && before is not null && Auxiliaries.Contains(before)
            && before is not ("has" or "have" or "had"))
            return true;
        // "companies accused of ...", "a figure described as ...": a saying's participle with no one saying it.
        if (ObjectBeforeOf.Contains(trigger.Lemma) && word.EndsWith("ed", StringComparison.Ordinal) && PassiveAfter().IsMatch(after))
            return true;
        // "-ing" right after a word of the clause that is no auxiliary: a participle describing that noun.
        return word.EndsWith("ing", StringComparison.Ordinal) && before is not null && !Auxiliaries.Contains(before)
            && !Subjects.Contains(before);
    }

    /// <summary>Sayings whose object comes before "of"/"as" in the active voice ("accused Ostland of"): right before it, they are passive.</summary>
    private static readonly FrozenSet<string> ObjectBeforeOf = new[]
    {
        "accuse", "describe", "hail", "blame", "condemn", "criticise", "criticize", "denounce",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool Adverb(string word) => word.EndsWith("ly", StringComparison.Ordinal) || word is "also" or "still" or "now" or "already" or "currently" or "again";

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "of", "with", "for", "at", "by", "in", "on", "from", "without", "about", "into", "against", "amid", "despite", "over", "under", "after", "before",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after which an "-ing" form still heads the clause: "and", "while", "as", "then".</summary>
    private static readonly FrozenSet<string> Subjects = new[]
    {
        "and", "while", "as", "then", "but", "when", "or", "thus", "so",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "was", "were", "been", "being", "be", "is", "are", "am", "get", "got", "gets", "getting", "has", "have", "had", "'s",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s+(?:of|as)\b")]
    private static partial Regex PassiveAfter();

    [GeneratedRegex(@"^\s+by\b")]
    private static partial Regex ByAfter();

    /// <summary>A trigger in a "since ...", "who ..." or "which ..." clause tells the main clause's background.</summary>
    private static bool IsSubordinate(string clause) => Subordinate().IsMatch(clause);

    private static bool IsHabitual(string sentence, Trigger trigger, string clause) =>
        Habitual().IsMatch(clause) || Habitual().IsMatch(sentence[trigger.End..Math.Min(sentence.Length, trigger.End + 60)]);

    private static string[] LastWords(string clause, int count)
    {
        var words = Word().Matches(clause).Select(m => m.Value).ToArray();
        return words.Length <= count ? words : words[^count..];
    }

    private static readonly FrozenSet<string> Negations = new[]
    {
        "not", "never", "no", "neither", "nor", "without", "cannot", "nobody", "none",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modals = new[]
    {
        "would", "could", "might", "may", "should", "must", "can", "ought",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LightVerbs = new[]
    {
        "held", "hold", "holds", "holding", "carried", "carry", "carries", "carrying", "launched", "launch", "launches",
        "launching", "conducted", "conduct", "conducts", "conducting", "staged", "stage", "stages", "staging", "mounted",
        "mount", "mounts", "suffered", "suffer", "suffers", "suffering", "under", "made", "make", "makes", "paid", "pay",
        "pays", "began", "begin", "begins", "begun", "started", "start", "starts", "resumed", "resume", "imposed", "impose",
        "imposes", "unleashed", "unleash", "repelled", "repel", "rose", "risen", "rises", "climbed", "reached", "signed",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:took|take|takes|taken|taking)\s+place\b|^\s*(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:was|were|been|is|are)\s+(?:also\s+)?(?:carried\s+out|conducted|launched|held|staged|reported)\b|^[\s,]*(?:[\p{L}\p{N}’'-]+[\s,]+){0,4}?(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:accepted|announced|confirmed|suspended|postponed|cancelled|canceled|called\s+off|approved|held|halted|completed|repelled|thwarted)\b|^\s*(?:[\p{L}\p{N}’'-]+\s+){0,3}?(?:happened|occurred|killed|injured|wounded|damaged|destroyed|hit|struck|left|caused|sparked|forced)\b")]
    private static partial Regex TookPlace();

    [GeneratedRegex(@"\b(?:refus\w*|declin\w*|fail\w*)\s+to\s+(?:\w+\s+)?$")]
    private static partial Regex Refusal();

    [GeneratedRegex(@"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|expect(?:s|ed|ing)?|hope(?:s|d)?|hoping|want(?:s|ed)?|ready|about|going|set|likely|threaten(?:s|ed)?|seek(?:s|ing)?|sought|tr(?:y|ies|ied)|prepar\w*|poised|due|vow(?:s|ed)?|promis\w*|pledg\w*)\s+to\s+(?:\w+\s+){0,3}$|\bexpect(?:s|ed)?\b|\bpotential(?:ly)?\b|\bwould-be\b")]
    private static partial Regex Intention();

    [GeneratedRegex(@"(?:^|\b)(?:if|unless|whether|lest)\b|\bin\s+(?:the\s+)?(?:case|event)\s+of\b|^\s*should\b")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"(?:^|\b)(?:since|who|which|whom|whose)\b")]
    private static partial Regex Subordinate();

    [GeneratedRegex(@"\b(?:regularly|routinely|usually|typically|frequently|often|habitually|on\s+average|less\s+frequent|more\s+frequent|every\s+(?:\w+\s+)?(?:day|night|week|month|year|hour)s?)\b")]
    private static partial Regex Habitual();

    [GeneratedRegex(@"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|long\s+|repeatedly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Perfect();

    [GeneratedRegex(@"\b(?:declin\w*|refus\w*)\s+to\s+comment\b|\bno\s+(?:immediate\s+)?comment\b|\b(?:do|does|did|will|would)\s+not\s+comment\b|\b(?:don[’']t|doesn[’']t|didn[’']t|won[’']t)\s+comment\b|\bnot\s+(?:immediately\s+)?(?:available\s+for|respond\w*\s+to\s+(?:a\s+)?requests?\s+for)\s+comment\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoComment();

    [GeneratedRegex(@"\b(?:that|how)\b")]
    private static partial Regex Complementizer();

    [GeneratedRegex(@"[\p{L}\p{N}’'-]+")]
    private static partial Regex Word();
}
