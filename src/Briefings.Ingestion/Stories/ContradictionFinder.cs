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
/// assertions or events from other files about the same happening — close in words once the
/// denying vocabulary is set aside, and dated no later than shortly after the denial.
/// </summary>
public static partial class ContradictionFinder
{
    private const double MinCosine = 0.2;

    /// <summary>A report may precede its denial by this many days; a denial is rarely later.</summary>
    private const int ReportLeadDays = 21;

    private static readonly FrozenSet<string> DenialWords = new[]
    {
        "deni", "deny", "refut", "reject", "false", "untrue", "fiction", "pure", "completely", "simply",
        "information", "report", "media",
    }.Select(StoryText.Stem).ToFrozenSet(StringComparer.Ordinal);

    private sealed record Item(string File, string Text, string? Who, ResolvedDate? Date, bool Denies, int? Claim, int? Event);

    public static IReadOnlyList<Contradiction> Find(IReadOnlyList<StoryEvent> events, IReadOnlyList<StoryClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(claims);
        var items = claims
            .Select(c => new Item(c.File, c.Claim.Text, c.Claim.Speaker, StoryDates.Usable(c.Claim.Said), c.Claim.Stance == Stance.Deny, c.ClaimIndex, null))
            .Concat(events.Select(e => new Item(e.File, e.Event.Text, null, StoryDates.Usable(e.Event.Date), e.Event.Kind == EventKinds.Denial, null, e.EventIndex)))
            .GroupBy(i => (i.File, i.Text))
            .Select(g => g.OrderByDescending(i => i.Who is not null).First() with
            {
                Denies = g.Any(i => i.Denies) && !NonDenial().IsMatch(g.Key.Text),
                Claim = g.Select(i => i.Claim).FirstOrDefault(i => i is not null),
                Event = g.Select(i => i.Event).FirstOrDefault(i => i is not null),
            })
            .ToList();
        var texts = items.Select(i => i.Denies ? DeniedPart(i.Text) : i.Text).ToList();
        var tfidf = new TfIdf(texts.Select(t => (IReadOnlyList<string>)StoryText.Tokens(t)
            .Where(w => !DenialWords.Contains(w)).ToList()).ToList());
        var happenings = texts.Select(Happening).ToList();

        var found = new List<Contradiction>();
        for (var d = 0; d < items.Count; d++)
        {
            if (!items[d].Denies)
                continue;
            var best = Enumerable.Range(0, items.Count)
                .Where(r => !items[r].Denies && items[r].File != items[d].File && Plausible(items[d].Date, items[r].Date)
                            && happenings[d].Overlaps(happenings[r]))
                .Select(r => (Report: r, Cosine: tfidf.Cosine(d, r)))
                .Where(x => x.Cosine >= MinCosine)
                .GroupBy(x => items[x.Report].File)
                .Select(g => g.MaxBy(x => x.Cosine));
            foreach (var (r, cosine) in best)
            {
                var words = string.Join(", ", tfidf.SharedTerms(d, r, 4));
                found.Add(new Contradiction(items[d].File, items[d].Text, items[d].Who, items[r].File, items[r].Text, items[r].Who,
                    $"denial of the same happening; words: {words} (cos {cosine.ToString("0.00", CultureInfo.InvariantCulture)})")
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
