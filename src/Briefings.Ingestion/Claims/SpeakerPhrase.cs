using System.Collections.Frozen;

namespace Briefings.Ingestion.Claims;

/// <summary>
/// Finds the noun phrase that names a speaker next to a reporting verb: names, titles and
/// the few common nouns that can speak ("officials", "the ministry", "state media"), joined
/// by possessives, "of"/"for"/"in" after a role ("the mayor of Kyiv") and "and" lists.
/// </summary>
internal static class SpeakerPhrase
{
    /// <summary>Common nouns that can head a speaker phrase.</summary>
    public static readonly FrozenSet<string> Heads = Set(
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons",
        "minister", "ministry", "secretary", "agency", "media", "authorities", "authority", "government",
        "office", "council", "commander", "commanders", "chief", "head", "leader", "leaders", "president",
        "governor", "mayor", "police", "army", "forces", "military", "intelligence", "sources", "source",
        "prosecutor", "prosecutors", "analyst", "analysts", "ambassador", "envoy", "diplomat", "diplomats",
        "lawmakers", "lawmaker", "legislators", "deputy", "staff", "department", "service", "services",
        "committee", "commission", "parliament", "soldiers", "troops", "residents", "witnesses", "experts",
        "observers", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "representative",
        "representatives", "monitors", "group", "newspaper", "paper", "broadcaster", "outlet", "administration",
        "embassy", "cabinet", "presidency", "kremlin", "pentagon", "navy", "guard", "operator", "company",
        "firm", "daily", "channel", "network", "watchdog", "regulator", "mission", "negotiator", "negotiators",
        "counterpart", "general", "director", "chairman", "chairwoman", "chair", "investigators", "rescuers",
        "medics", "doctors", "staffers", "administrator", "officer", "officers", "force", "headquarters",
        "inspectors", "operators", "capital", "city", "region", "country", "province", "oblast", "district");

    /// <summary>Lower-case words that may stand inside a speaker phrase before its head.</summary>
    public static readonly FrozenSet<string> Modifiers = Set(
        "foreign", "defence", "defense", "interior", "military", "state", "local", "regional", "top", "senior",
        "presidential", "press", "news", "armed", "air", "naval", "national", "security", "policy", "affairs",
        "emergency", "emergencies", "civil", "human", "rights", "federal", "central", "city", "provincial",
        "district", "government", "intelligence", "border", "general", "chief", "deputy", "acting", "former",
        "unnamed", "anonymous", "unidentified", "western", "independent", "prime", "vice", "communications",
        "public", "health", "energy", "justice", "finance", "economy", "trade", "official", "military-run",
        "state-run", "state-owned", "pro-kremlin", "pro-russian", "pro-western", "russian-installed",
        "moscow-installed", "kremlin-backed", "russian-backed", "separatist", "occupation", "occupying",
        "high-ranking", "ranking", "informed", "two", "three", "several", "some", "many", "other", "capital",
        "region", "city", "country", "staff", "operational", "command", "southern", "northern", "eastern",
        "central", "information", "media", "prosecutor's", "police", "army", "navy", "rescue", "monitoring",
        "humanitarian", "nuclear", "atomic", "energy", "space", "aviation", "ground", "special", "executive",
        "permanent", "sector", "spokesperson", "spokesman", "ministry", "council", "office", "press");

    public static readonly FrozenSet<string> Determiners = Set("the", "a", "an", "its", "his", "her", "their", "our");

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "it", "they");

    /// <summary>Heads whose phrase speaks for its possessor: "Russia's defence ministry", "Scholz's spokesman".</summary>
    public static readonly FrozenSet<string> VoiceHeads = Set(
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "office", "ministry", "government",
        "military", "army", "forces", "embassy", "administration", "presidency", "cabinet", "service", "press");

    /// <summary>Heads of people, as opposed to bodies, when a definite phrase ("the governor") is resolved.</summary>
    public static readonly FrozenSet<string> PersonHeads = Set(
        "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "commander", "chief", "head",
        "leader", "president", "governor", "mayor", "prosecutor", "ambassador", "envoy", "diplomat", "deputy",
        "aide", "adviser", "advisor", "representative", "negotiator", "counterpart", "general", "director",
        "chairman", "chairwoman", "chair", "administrator", "officer");

    /// <summary>Nouns after which "of", "for" or "in" continues the phrase: "the mayor of Kyiv", "the ministry in Moscow".</summary>
    private static readonly FrozenSet<string> ConnectingHeads = Set(
        "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "secretary", "agency", "office",
        "council", "commander", "chief", "head", "leader", "president", "governor", "mayor", "police",
        "prosecutor", "ambassador", "envoy", "department", "service", "committee", "commission", "embassy",
        "representative", "director", "chairman", "chair", "administration", "deputy", "general", "officials",
        "authorities", "forces", "staff", "adviser", "advisor", "aide", "mission", "headquarters");

    /// <summary>Capitalised words that open a sentence or clause without naming anyone.</summary>
    private static readonly FrozenSet<string> CapitalisedStopwords = Set(
        "but", "and", "or", "so", "yet", "however", "meanwhile", "also", "then", "still", "earlier", "later",
        "separately", "instead", "now", "today", "yesterday", "last", "on", "in", "at", "as", "after", "before",
        "when", "while", "since", "though", "although", "if", "this", "that", "these", "those", "there", "here",
        "both", "neither", "speaking", "asked", "overnight", "according", "despite", "during", "following",
        "with", "without", "for", "from", "by", "to", "of", "we", "i", "you", "what", "which", "who", "why",
        "how", "where", "such", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "update", "updated", "breaking", "live", "watch", "read", "more", "photo",
        "picture", "video", "i'm", "we're", "it's");

    /// <summary>Titles dropped from the front of a name kept as words: "Major General Pat Ryder" → "Pat Ryder".</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "mr", "mrs", "ms", "dr", "gen", "general", "major", "lt", "lieutenant", "colonel", "col", "captain",
        "capt", "admiral", "adm", "president", "prime", "minister", "foreign", "defence", "defense", "governor",
        "mayor", "secretary", "chancellor", "sen", "senator", "rep", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "commander", "chief", "deputy", "regional", "state", "head", "king", "queen", "prince",
        "pope", "sir", "lord", "lady", "marshal", "sergeant", "sgt", "brigadier", "field", "press", "interior",
        "first", "vice", "acting", "former", "leader", "premier", "judge", "patriarch", "metropolitan");

    private static readonly FrozenSet<string> Connectors = Set("of", "for", "in");

    public static bool IsPronoun(Token t) => t.IsWord && Pronouns.Contains(t.Text.ToLowerInvariant());

    /// <summary>A word that may stand inside a speaker phrase.</summary>
    public static bool IsPhraseWord(Token t)
    {
        if (!t.IsWord)
            return false;
        var lower = t.Lower;
        if (Heads.Contains(lower) || Modifiers.Contains(lower) || Determiners.Contains(lower))
            return true;
        return t.IsCapitalised && !CapitalisedStopwords.Contains(lower) && !Pronouns.Contains(lower)
               && !ReportingVerbs.TryGet(lower, out _);
    }

    /// <summary>A word that may end a speaker phrase: a name or a speaking noun, not a possessive or a determiner.</summary>
    public static bool IsHeadWord(Token t)
    {
        if (!IsPhraseWord(t) || t.IsPossessive)
            return false;
        var lower = t.Lower;
        if (Determiners.Contains(lower))
            return false;
        return t.IsCapitalised || Heads.Contains(lower);
    }

    /// <summary>
    /// Walks left from <paramref name="end"/> (the phrase's last word) while the words can
    /// belong to a speaker phrase; returns the first index, or -1 when no phrase ends there.
    /// </summary>
    public static int WalkLeft(IReadOnlyList<Token> tokens, int end)
    {
        if (end < 0 || !IsHeadWord(tokens[end]))
            return -1;
        var start = end;
        var hasList = false;
        for (var j = end - 1; j >= 0; j--)
        {
            var t = tokens[j];
            if (IsPhraseWord(t))
            {
                start = j;
                continue;
            }
            if (t.Is("and") && j > 0 && IsHeadWord(tokens[j - 1]))
            {
                hasList = true;
                start = j;
                continue;
            }
            // "Seoul, Washington and Kyiv": a comma inside a list that ends in "and".
            if (t.IsPunctuation(',') && hasList && j > 0 && tokens[j - 1].IsCapitalised && IsHeadWord(tokens[j - 1])
                && !tokens[start].Is("and"))
            {
                start = j;
                continue;
            }
            if (t.IsWord && Connectors.Contains(t.Text) && j > 0 && tokens[j - 1].IsWord
                && ConnectingHeads.Contains(tokens[j - 1].Lower))
            {
                start = j;
                continue;
            }
            break;
        }
        return Trim(tokens, start, end);
    }

    /// <summary>Walks right from <paramref name="start"/>; returns the phrase's last index, or -1.</summary>
    public static int WalkRight(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= tokens.Count || !IsPhraseWord(tokens[start]))
            return -1;
        var end = start;
        for (var j = start + 1; j < tokens.Count; j++)
        {
            var t = tokens[j];
            if (IsPhraseWord(t))
            {
                end = j;
                continue;
            }
            if (j + 1 >= tokens.Count)
                break;
            var next = tokens[j + 1];
            if (t.IsWord && IsPhraseWord(next)
                && ((t.Is("and") && IsHeadWord(tokens[j - 1])) || (Connectors.Contains(t.Text) && ConnectingHeads.Contains(tokens[j - 1].Lower))))
            {
                end = j;
                continue;
            }
            break;
        }
        while (end >= start && !IsHeadWord(tokens[end]))
            end--;
        if (end < start)
            return -1;
        return end;
    }

    /// <summary>
    /// Cuts a leftward phrase back to where it can start: a list ("A and B") only after a
    /// clause boundary, and no leading "and", stopword or connector.
    /// </summary>
    private static int Trim(IReadOnlyList<Token> tokens, int start, int end)
    {
        // A list must open its clause: in "Russian strikes hit Kharkiv and Ukrainian officials
        // said", "Kharkiv" is not a speaker, and "In Seoul, A and B" lists only A and B.
        while (start > 0 && !IsClauseBoundary(tokens[start - 1]))
        {
            var separator = -1;
            for (var j = start; j <= end; j++)
            {
                if (tokens[j].Is("and") || tokens[j].IsPunctuation(','))
                {
                    separator = j;
                    break;
                }
            }
            if (separator < 0)
                break;
            start = separator + 1;
        }
        while (start <= end && (tokens[start].Is("and") || tokens[start].IsPunctuation(',')
                                || (tokens[start].IsWord && Connectors.Contains(tokens[start].Text))))
            start++;
        return start <= end ? start : -1;
    }

    private static bool IsClauseBoundary(Token t) =>
        !t.IsWord || t.Lower is "and" or "but" or "that" or "while" or "as" or "when" or "after" or "because"
            or "since" or "though" or "although" or "where" or "if" or "whereas" or "before" or "meanwhile"
            or "however" or "also" or "then" or "so";

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
