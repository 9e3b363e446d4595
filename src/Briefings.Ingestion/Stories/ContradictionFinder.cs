using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Events;

namespace Briefings.Ingestion.Stories;

/// <summary>A stored claim as the cross-article steps see it: the file, its index in the article, the claim.</summary>
public sealed record StoryClaim(string File, int ClaimIndex, Claim Claim);

/// <summary>
/// A denial and the report it denies, from different sources, with why they were linked. Each side
/// points back at the claim and/or event it was read from (a claim and an event of one text are one side).
/// </summary>
public sealed record Contradiction(
    string DenialFile,
    string DenialText,
    string? Denier,
    string ReportFile,
    string ReportText,
    string? Reporter,
    string Why)
{
    public int? DenialClaim { get; init; }
    public int? DenialEvent { get; init; }
    public int? ReportClaim { get; init; }
    public int? ReportEvent { get; init; }
}

/// <summary>
/// Links each denial (a claim with stance deny, or a denial event) to the reports it denies:
/// assertions or events from other files about the same happening: a word of what happened in
/// common, the same names (two, or one with close wording once the denying vocabulary is set
/// aside), no two different places, and dated no later than shortly after the denial.
/// </summary>
public static partial class ContradictionFinder
{
    private const double MinCosine = 0.2;

    /// <summary>Word agreement a pair needs when it shares only one name.</summary>
    private const double OneNameCosine = 0.35;

    /// <summary>A report may precede its denial by this many days; a denial is rarely later.</summary>
    private const int ReportLeadDays = 21;

    private static readonly FrozenSet<string> DenialWords = new[]
    {
        "deni", "deny", "refut", "reject", "false", "untrue", "fiction", "pure", "completely", "simply",
        "information", "report", "media",
    }.Select(StoryText.Stem).ToFrozenSet(StringComparer.Ordinal);

    private sealed record Item(string File, string Text, string? Who, ResolvedDate? Date, bool Denies, int? Claim, int? Event)
    {
        public List<string> Places { get; init; } = [];

        /// <summary>The entity keys it names: an event's actors and places, a claim's speaker.</summary>
        public List<string> Keys { get; init; } = [];
    }

    public static IReadOnlyList<Contradiction> Find(IReadOnlyList<StoryEvent> events, IReadOnlyList<StoryClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(claims);
        var items = claims
            .Select(c => new Item(c.File, c.Claim.Text, c.Claim.Speaker, StoryDates.Usable(c.Claim.Said), c.Claim.Stance == Stance.Deny, c.ClaimIndex, null)
            {
                Keys = c.Claim.SpeakerKey is { } key ? [key] : [],
            })
            .Concat(events.Select(e => new Item(e.File, e.Event.Text, null, StoryDates.Usable(e.Event.Date), e.Event.Kind == EventKinds.Denial, null, e.EventIndex)
            {
                Places = [.. e.Event.Places.Concat(e.Regions)],
                Keys = [.. e.Event.Actors.Concat(e.Event.Places)],
            }))
            .GroupBy(i => (i.File, i.Text))
            .Select(g => g.OrderByDescending(i => i.Who is not null).First() with
            {
                Denies = g.Any(i => i.Denies) && !NonDenial().IsMatch(g.Key.Text),
                Claim = g.Select(i => i.Claim).FirstOrDefault(i => i is not null),
                Event = g.Select(i => i.Event).FirstOrDefault(i => i is not null),
                Places = g.SelectMany(i => i.Places).Distinct(StringComparer.Ordinal).ToList(),
                Keys = g.SelectMany(i => i.Keys).Distinct(StringComparer.Ordinal).ToList(),
            })
            .ToList();
        var texts = items.Select(i => i.Denies ? DeniedPart(i.Text) : i.Text).ToList();
        var tfidf = new TfIdf(texts.Select(t => (IReadOnlyList<string>)StoryText.Tokens(t)
            .Where(w => !DenialWords.Contains(w)).ToList()).ToList());
        var happenings = texts.Select(Happening).ToList();
        // What each side names: its capitalised names and the keys of the entities it was read with.
        var names = texts.Select((t, i) => Names(t).Concat(items[i].Keys).ToHashSet(StringComparer.Ordinal)).ToList();

        var found = new List<Contradiction>();
        for (var d = 0; d < items.Count; d++)
        {
            if (!items[d].Denies)
                continue;
            var best = Enumerable.Range(0, items.Count)
                .Where(r => !items[r].Denies && items[r].File != items[d].File && Plausible(items[d].Date, items[r].Date)
                            && happenings[d].Overlaps(happenings[r]) && SamePlace(items[d], items[r]))
                .Select(r => (Report: r, Cosine: tfidf.Cosine(d, r), Names: names[d].Intersect(names[r], StringComparer.Ordinal).ToList()))
                // The same happening names the same people and places: two shared names, or one and close wording.
                .Where(x => x.Cosine >= MinCosine && (x.Names.Count >= 2 || (x.Names.Count == 1 && x.Cosine >= OneNameCosine)))
                .GroupBy(x => items[x.Report].File)
                .Select(g => g.MaxBy(x => x.Cosine));
            foreach (var (r, cosine, shared) in best)
            {
                var words = string.Join(", ", tfidf.SharedTerms(d, r, 4));
                found.Add(new Contradiction(items[d].File, items[d].Text, items[d].Who, items[r].File, items[r].Text, items[r].Who,
                    $"denial of the same happening; names: {string.Join(", ", shared)}; words: {words} (cos {cosine.ToString("0.00", CultureInfo.InvariantCulture)})")
                {
                    DenialClaim = items[d].Claim,
                    DenialEvent = items[d].Event,
                    ReportClaim = items[r].Claim,
                    ReportEvent = items[r].Event,
                });
            }
        }
        return found;
    }

    /// <summary>Places both sides name must meet: a denial about one city does not answer a report about another.</summary>
    private static bool SamePlace(Item denial, Item report) =>
        denial.Places.Count == 0 || report.Places.Count == 0 || denial.Places.Intersect(report.Places, StringComparer.Ordinal).Any();

    /// <summary>The names a text gives, in lower case: capitalised words past its first word, titles and function words left out.</summary>
    private static HashSet<string> Names(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Capitalised().Matches(text))
        {
            if (m.Index == 0 || NotNames.Contains(m.Value))
                continue;
            // A capital after a full stop only opens a sentence.
            var before = text[..m.Index].TrimEnd();
            if (before.Length > 0 && before[^1] is '.' or '!' or '?')
                continue;
            found.Add(m.Value.ToLowerInvariant());
        }
        return found;
    }

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "A", "An", "In", "On", "It", "He", "She", "They", "We", "I", "But", "And", "Mr", "Ms", "Mrs", "Dr", "President",
        "Minister", "Prime", "Foreign", "Defence", "Defense", "This", "That", "There", "His", "Her", "Its", "Their", "Our",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b\p{Lu}[\p{L}’'-]{2,}")]
    private static partial Regex Capitalised();

    /// <summary>What is denied: the words from the denying verb on ("... as the Kremlin denied a reported call ...").</summary>
    private static string DeniedPart(string text)
    {
        var m = DenyingVerb().Match(text);
        return m.Success && StoryText.Tokens(text[m.Index..]).Count >= 4 ? text[m.Index..] : text;
    }

    /// <summary>
    /// The words in lower case that say what happened ("call", "spoke"), without names: a
    /// denial and a report must share one, or they only share who is involved.
    /// </summary>
    private static HashSet<string> Happening(string text) =>
        StoryText.Tokens(string.Join(' ', LowerWord().Matches(text).Select(m => m.Value)))
            .Where(w => !DenialWords.Contains(w) && !Generic.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Generic = new[]
    {
        "president", "minister", "leader", "spokesman", "spokesperson", "official", "government", "war", "conflict",
        "country", "countries", "forces", "military", "ministry", "state", "news", "agency", "sources", "tell", "telling",
        "leader", "journalist", "journalists",
    }.Select(StoryText.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that name denying only to say it did not happen ("has neither confirmed nor denied",
    /// "did not deny", "refused to deny"): such a text denies nothing.
    /// </summary>
    [GeneratedRegex(@"\bneither\s+(?:\w+\s+)?confirm\w*\s+nor\s+(?:\w+\s+)?den(?:y|ies|ied)\b|\b(?:not|n[’']t|never|refus\w*\s+to|declin\w*\s+to)\s+(?:\w+\s+)?(?:den(?:y|ies|ied)|refute|reject)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonDenial();

    [GeneratedRegex(@"(?<![\w'’-])[a-z][\w'’-]*")]
    private static partial Regex LowerWord();

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied|ying|ial)|refut\w*|reject\w*|dismiss\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DenyingVerb();

    private static bool Plausible(ResolvedDate? denial, ResolvedDate? report)
    {
        if (denial is null || report is null)
            return true;
        var lead = denial.Date.DayNumber - report.Date.DayNumber;
        return lead >= -2 && lead <= ReportLeadDays;
    }
}
