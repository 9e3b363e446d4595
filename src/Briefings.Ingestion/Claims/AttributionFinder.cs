using System.Collections.Frozen;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Claims;

/// <summary>
/// One attribution in a sentence: the speaker phrase (and its parts when it lists several
/// speakers), the reporting verb as written, and the outlet the words were given to.
/// Spans are offsets in the sentence.
/// </summary>
internal sealed record Attribution(
    TextSpan Speaker,
    IReadOnlyList<TextSpan> Parts,
    string Verb,
    ReportingVerb Lexeme,
    int VerbStart,
    TextSpan? Outlet);

/// <summary>
/// Finds who says what in one sentence by patterns over its tokens: "X said", "…, said X",
/// "X, the Y, said", "X told Reuters", "according to X", "refuted by X", "X … and said",
/// participles ("…, telling reporters"). Verbs inside quotations, negated ("did not say"),
/// infinitive ("to say") or used as adjectives ("a reported call") attribute nothing.
/// </summary>
internal static class AttributionFinder
{
    private static readonly FrozenSet<string> SkippedBeforeVerb = Words(
        "has", "have", "had", "also", "first", "later", "earlier", "previously", "recently", "again", "already",
        "jointly", "separately", "repeatedly", "publicly", "officially", "initially", "subsequently", "then",
        "once", "yesterday", "today", "tonight", "overnight", "himself", "herself", "itself", "themselves",
        "further", "similarly", "likewise", "both", "all", "each", "too", "since", "just", "now", "still",
        "reportedly", "allegedly", "briefly", "quickly", "swiftly", "openly", "privately", "angrily",
        "flatly", "firmly", "strongly", "categorically", "vehemently", "immediately", "promptly", "late");

    private static readonly FrozenSet<string> TimeNouns = Words(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
        "night", "morning", "afternoon", "evening", "weekend");

    private static readonly FrozenSet<string> TimeLeads = Words("on", "last", "this", "next", "late", "early", "on");

    private static readonly FrozenSet<string> Blockers = Words(
        "not", "never", "neither", "nor", "to", "would", "will", "could", "should", "may", "might", "can", "must",
        "shall", "cannot", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't",
        "couldn't", "wasn't", "weren't", "isn't", "aren't", "did", "does", "do");

    private static readonly FrozenSet<string> NominalLeads = Words(
        "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "so",
        "any", "no", "such", "every", "of", "unless");

    private static readonly ReportingVerb AccordingToVerb = new("according to", Stance.Assert, VerbForm.Finite);

    private static readonly FrozenSet<string> BeForms = Words("is", "are", "was", "were", "be", "been", "being");

    /// <summary>Words that may follow an inverted speaker: "…, said the governor on Monday".</summary>
    private static readonly FrozenSet<string> AfterInvertedSpeaker = Words(
        "on", "in", "at", "during", "after", "following", "when", "while", "who", "adding", "referring",
        "speaking", "writing", "citing", "according", "late", "earlier", "last", "this", "yesterday", "today",
        "as", "before", "from", "via", "with", "told", "to", "through", "late", "overnight", "upon", "without",
        "and");

    private static readonly FrozenSet<string> ClauseOpeners = Words(
        "in", "on", "at", "last", "after", "during", "since", "following", "earlier", "later", "meanwhile",
        "separately", "overnight", "yesterday", "today", "before", "as", "when", "while", "despite", "amid",
        "with", "however", "but", "and", "also", "still", "now", "then", "so", "speaking", "asked", "writing",
        "by", "for", "from", "under", "within", "over", "across", "near", "according", "although", "though", "if");

    /// <summary>What may stand between "according to" and its source: "a statement from", "a report by".</summary>
    private static readonly FrozenSet<string> SourceDocuments = Words(
        "statement", "statements", "report", "reports", "readout", "transcript", "post", "posts", "message",
        "release", "data", "figures", "estimate", "estimates", "assessment", "document", "documents", "video",
        "footage", "tally", "count", "survey", "poll", "analysis", "update", "briefing", "interview", "letter",
        "summary", "comments", "remarks", "information", "account", "accounts", "note", "notice", "decree");

    public static List<Attribution> Find(string text) => Find(Tokenizer.Tokenize(text), text.Length);

    public static List<Attribution> Find(IReadOnlyList<Token> tokens, int textLength)
    {
        var quotes = QuoteFinder.Find(tokens, textLength);
        var found = new List<Attribution>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || QuoteFinder.Inside(quotes, t.Start))
                continue;
            if (t.Is("according") && i + 1 < tokens.Count && tokens[i + 1].Is("to"))
            {
                var (from, to) = AccordingTo(tokens, i + 2);
                if (from >= 0)
                    found.Add(Make(tokens, from, to, "according to", AccordingToVerb, t.Start, null));
                continue;
            }
            if (!ReportingVerbs.TryGet(t.Text, out var verb) || (t.IsCapitalised && i == 0))
                continue;
            if (verb.Lemma == "call" && RenewedCall(tokens, i) is var renewed and >= 0)
            {
                var repeated = FromFinite(tokens, renewed, verb, found);
                if (repeated is not null)
                    found.Add(repeated with { Verb = "called" });
                continue;
            }
            if (verb.Lemma == "call" && !CallsSomething(tokens, i))
                continue;
            var attribution = verb.Form == VerbForm.Participle
                ? FromParticiple(tokens, i, verb, found)
                : FromFinite(tokens, i, verb, found);
            if (attribution is not null)
                found.Add(attribution);
        }
        return found;
    }

    private static Attribution? FromFinite(IReadOnlyList<Token> tokens, int v, ReportingVerb verb, List<Attribution> earlier)
    {
        if (v > 0 && tokens[v - 1].IsWord && NominalLeads.Contains(tokens[v - 1].Lower))
            return null;
        var j = SkipBack(tokens, v - 1, out var blocked);
        if (blocked)
            return null;
        var verbText = tokens[v].Text.ToLowerInvariant();
        var outlet = FindOutlet(tokens, v, verb);
        if (j >= 0 && tokens[j].IsWord && BeForms.Contains(tokens[j].Lower))
        {
            // Passive: only "refuted by Moscow" names its speaker.
            var by = v + 1;
            while (by < tokens.Count && tokens[by].IsWord && tokens[by].Lower.EndsWith("ly", StringComparison.Ordinal))
                by++;
            if (by + 1 < tokens.Count && tokens[by].Is("by"))
            {
                var end = SpeakerPhrase.WalkRight(tokens, by + 1);
                if (end >= 0)
                    return Make(tokens, by + 1, end, verbText, verb, tokens[v].Start, outlet);
            }
            return null;
        }
        if (j < 0)
            return null;
        var before = tokens[j];
        if (SpeakerPhrase.IsPronoun(before))
            return Make(tokens, j, j, verbText, verb, tokens[v].Start, outlet);
        if (SpeakerPhrase.IsHeadWord(before))
        {
            var start = SpeakerPhrase.WalkLeft(tokens, j);
            // "calling the media reports “fiction”": a phrase that is another verb's object does not speak.
            if (start < 0 || (start > 0 && tokens[start - 1].IsWord && ReportingVerbs.TryGet(tokens[start - 1].Text, out _)))
                return null;
            return Make(tokens, start, j, verbText, verb, tokens[v].Start, outlet);
        }
        if (before.Is("and") || before.Is("but"))
            return Coordinated(tokens, v, verbText, verb, outlet, earlier);
        if (before.IsPunctuation(',') || before.Kind == TokenKind.CloseQuote || before.IsPunctuation('—') || before.IsPunctuation('–'))
        {
            if (verb.Inverts)
            {
                var inverted = Inverted(tokens, v, verbText, verb, outlet);
                if (inverted is not null)
                    return inverted;
            }
            if (before.IsPunctuation(','))
                return Appositive(tokens, j, v, verbText, verb, outlet);
        }
        return null;
    }

    private static Attribution? FromParticiple(IReadOnlyList<Token> tokens, int v, ReportingVerb verb, List<Attribution> earlier)
    {
        if (v == 0 || (tokens[v - 1].IsWord && NominalLeads.Contains(tokens[v - 1].Lower)))
            return null;
        var verbText = tokens[v].Text.ToLowerInvariant();
        var outlet = FindOutlet(tokens, v, verb);
        var j = SkipBack(tokens, v - 1, out var blocked);
        if (blocked)
            return null;
        // "Russia is accusing Kyiv": a progressive form speaks for the subject before "is".
        if (j > 0 && tokens[j].IsWord && BeForms.Contains(tokens[j].Lower))
        {
            var k = SkipBack(tokens, j - 1, out _);
            if (k >= 0 && SpeakerPhrase.IsPronoun(tokens[k]))
                return Make(tokens, k, k, verbText, verb, tokens[v].Start, outlet);
            var start = k >= 0 ? SpeakerPhrase.WalkLeft(tokens, k) : -1;
            return start < 0 ? null : Make(tokens, start, k, verbText, verb, tokens[v].Start, outlet);
        }
        return Coordinated(tokens, v, verbText, verb, outlet, earlier);
    }

    /// <summary>"X … and said", "…, telling reporters": the speaker of the sentence's last attribution, else its subject.</summary>
    private static Attribution? Coordinated(IReadOnlyList<Token> tokens, int v, string verbText, ReportingVerb verb, TextSpan? outlet, List<Attribution> earlier)
    {
        if (earlier.Count > 0)
        {
            var last = earlier[^1];
            return new Attribution(last.Speaker, last.Parts, verbText, verb, tokens[v].Start, outlet);
        }
        var start = SubjectStart(tokens);
        if (start < 0 || start >= v)
            return null;
        if (SpeakerPhrase.IsPronoun(tokens[start]))
            return Make(tokens, start, start, verbText, verb, tokens[v].Start, outlet);
        var end = SpeakerPhrase.WalkRight(tokens, start);
        return end < 0 || end >= v ? null : Make(tokens, start, end, verbText, verb, tokens[v].Start, outlet);
    }

    /// <summary>"“…,” said Zelensky on X": the speaker follows the verb and nothing clausal follows the speaker.</summary>
    private static Attribution? Inverted(IReadOnlyList<Token> tokens, int v, string verbText, ReportingVerb verb, TextSpan? outlet)
    {
        if (verb.Lemma == "tell" || v + 1 >= tokens.Count)
            return null;
        var end = SpeakerPhrase.WalkRight(tokens, v + 1);
        if (end < 0)
            return null;
        if (end + 1 < tokens.Count)
        {
            var after = tokens[end + 1];
            var fits = after.Kind is TokenKind.Punctuation or TokenKind.CloseQuote
                       || (after.IsWord && AfterInvertedSpeaker.Contains(after.Lower));
            if (!fits)
                return null;
        }
        return Make(tokens, v + 1, end, verbText, verb, tokens[v].Start, outlet);
    }

    /// <summary>"Andriy Yermak, Zelensky’s chief of staff, said …": the name before or inside the commas.</summary>
    private static Attribution? Appositive(IReadOnlyList<Token> tokens, int comma, int v, string verbText, ReportingVerb verb, TextSpan? outlet)
    {
        var open = -1;
        for (var k = comma - 1; k >= Math.Max(0, comma - 40); k--)
        {
            if (tokens[k].IsQuote)
                return null;
            if (tokens[k].IsPunctuation(','))
            {
                open = k;
                break;
            }
        }
        if (open < 1)
            return null;
        var before = SpeakerPhrase.WalkLeft(tokens, open - 1);
        var insideEnd = SpeakerPhrase.WalkRight(tokens, open + 1);
        var inside = insideEnd == comma - 1 ? open + 1 : -1;
        if (before >= 0 && tokens[open - 1].IsCapitalised)
            return Make(tokens, before, open - 1, verbText, verb, tokens[v].Start, outlet);
        if (inside >= 0 && tokens[comma - 1].IsCapitalised)
            return Make(tokens, inside, comma - 1, verbText, verb, tokens[v].Start, outlet);
        if (before >= 0)
            return Make(tokens, before, open - 1, verbText, verb, tokens[v].Start, outlet);
        return inside >= 0 ? Make(tokens, inside, comma - 1, verbText, verb, tokens[v].Start, outlet) : null;
    }

    /// <summary>The source phrase after "according to", as token indices, or (-1, -1).</summary>
    private static (int Start, int End) AccordingTo(IReadOnlyList<Token> tokens, int start)
    {
        var i = start;
        // Skip "a statement from", "the latest report by".
        for (var k = i; k < Math.Min(tokens.Count, i + 4); k++)
        {
            if (tokens[k].IsWord && SourceDocuments.Contains(tokens[k].Lower))
            {
                if (k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Lower is "from" or "by" or "of" or "in" or "on" or "issued" or "published")
                {
                    i = k + 2;
                    if (i < tokens.Count && tokens[i].Is("by"))
                        i++;
                    break;
                }
                return (-1, -1);
            }
        }
        var end = SpeakerPhrase.WalkRight(tokens, i);
        return end < 0 ? (-1, -1) : (i, end);
    }

    /// <summary>The outlet a statement was given to: "told Reuters", "confirmed to the New York Times".</summary>
    private static TextSpan? FindOutlet(IReadOnlyList<Token> tokens, int v, ReportingVerb verb)
    {
        var start = v + 1;
        if (start < tokens.Count && tokens[start].Is("to") && verb.Lemma is "confirm" or "say" or "describe" or "deny" or "report")
            start++;
        else if (verb.Lemma != "tell")
            return null;
        var end = SpeakerPhrase.WalkRight(tokens, start);
        if (end < 0 || !tokens[end].IsCapitalised)
            return null;
        return new TextSpan(tokens[start].Start, tokens[end].End - tokens[start].Start);
    }

    /// <summary>"He repeated his call for more aid": the index of the verb that makes the call, or -1.</summary>
    private static int RenewedCall(IReadOnlyList<Token> tokens, int v)
    {
        if (v < 2 || v + 1 >= tokens.Count || !(tokens[v + 1].Is("for") || tokens[v + 1].Is("on")))
            return -1;
        if (!(tokens[v - 1].IsWord && tokens[v - 1].Lower is "his" or "her" or "their" or "its"))
            return -1;
        return tokens[v - 2].IsWord && tokens[v - 2].Lower is "repeated" or "renewed" or "reiterated" or "made" or "issued" or "echoed" or "repeats" or "renews"
            ? v - 2
            : -1;
    }

    /// <summary>"called it “an appropriate military action”", "called on", "called for": not "a town called X".</summary>
    private static bool CallsSomething(IReadOnlyList<Token> tokens, int v)
    {
        if (v + 1 < tokens.Count && (tokens[v + 1].Is("on") || tokens[v + 1].Is("for")))
            return true;
        for (var k = v + 1; k < Math.Min(tokens.Count, v + 8); k++)
        {
            if (tokens[k].Kind == TokenKind.OpenQuote)
                return true;
            if (tokens[k].IsPunctuation('.') || tokens[k].IsPunctuation(';'))
                return false;
        }
        return false;
    }

    /// <summary>Steps left over auxiliaries, adverbs, times ("on Monday") and brackets; sets <paramref name="blocked"/> at a negation, modal or "to".</summary>
    private static int SkipBack(IReadOnlyList<Token> tokens, int k, out bool blocked)
    {
        blocked = false;
        while (k >= 0)
        {
            var t = tokens[k];
            if (t.IsPunctuation(')'))
            {
                var open = k - 1;
                while (open >= 0 && !tokens[open].IsPunctuation('('))
                    open--;
                if (open < 0)
                    return k;
                k = open - 1;
                continue;
            }
            if (!t.IsWord)
                return k;
            var lower = t.Text.ToLowerInvariant();
            if (Blockers.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal))
            {
                blocked = true;
                return -1;
            }
            if (SkippedBeforeVerb.Contains(lower))
            {
                k--;
                continue;
            }
            if (TimeNouns.Contains(lower) && k > 0 && tokens[k - 1].IsWord && TimeLeads.Contains(tokens[k - 1].Lower))
            {
                k -= 2;
                continue;
            }
            if (!t.IsCapitalised && lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal)
                && !SpeakerPhrase.IsPhraseWord(t))
            {
                k--;
                continue;
            }
            return k;
        }
        return k;
    }

    /// <summary>Where the sentence's subject starts, after an opening adverbial ("In Kyiv,", "Last Friday,", "But").</summary>
    private static int SubjectStart(IReadOnlyList<Token> tokens)
    {
        var start = 0;
        while (start < tokens.Count && tokens[start].IsWord && tokens[start].Lower is "but" or "and" or "meanwhile" or "however" or "also" or "still" or "separately")
        {
            start++;
            if (start < tokens.Count && tokens[start].IsPunctuation(','))
                start++;
        }
        if (start < tokens.Count && tokens[start].IsWord && ClauseOpeners.Contains(tokens[start].Lower))
        {
            for (var k = start + 1; k < Math.Min(tokens.Count, start + 12); k++)
            {
                if (tokens[k].IsPunctuation(','))
                    return k + 1 < tokens.Count ? k + 1 : -1;
                if (tokens[k].IsWord && ReportingVerbs.TryGet(tokens[k].Text, out _))
                    break;
            }
        }
        return start < tokens.Count && tokens[start].IsWord ? start : -1;
    }

    private static Attribution Make(IReadOnlyList<Token> tokens, int start, int end, string verbText, ReportingVerb verb, int verbStart, TextSpan? outlet) =>
        new(Span(tokens, start, end), Split(tokens, start, end), verbText, verb, verbStart, outlet);

    /// <summary>
    /// The speakers a phrase lists: "Seoul, Washington and Kyiv" is three, but "US and
    /// Ukrainian officials" is one group sharing its head noun.
    /// </summary>
    private static List<TextSpan> Split(IReadOnlyList<Token> tokens, int start, int end)
    {
        var pieces = new List<(int Start, int End)>();
        var pieceStart = start;
        for (var k = start; k <= end; k++)
        {
            if (tokens[k].Is("and") || tokens[k].IsPunctuation(','))
            {
                if (k > pieceStart)
                    pieces.Add((pieceStart, k - 1));
                pieceStart = k + 1;
            }
        }
        if (pieceStart <= end)
            pieces.Add((pieceStart, end));
        if (pieces.Count < 2)
            return [Span(tokens, start, end)];
        var lastHead = tokens[pieces[^1].End];
        var sharedHead = !lastHead.IsCapitalised && pieces.Take(pieces.Count - 1).Any(p => p.Start == p.End);
        if (sharedHead || pieces.Any(p => !SpeakerPhrase.IsHeadWord(tokens[p.End])))
            return [Span(tokens, start, end)];
        return pieces.Select(p => Span(tokens, p.Start, p.End)).ToList();
    }

    private static TextSpan Span(IReadOnlyList<Token> tokens, int start, int end) =>
        new(tokens[start].Start, tokens[end].End - tokens[start].Start);

    private static FrozenSet<string> Words(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
