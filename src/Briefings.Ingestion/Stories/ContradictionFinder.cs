using System.Collections.Frozen;
using System.Globalization;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Events;

namespace Briefings.Ingestion.Stories;

/// <summary>A stored claim as the cross-article steps see it: the file, its index in the article, the claim.</summary>
public sealed record StoryClaim(string File, int ClaimIndex, Claim Claim);

/// <summary>A denial and the report it denies, from different sources, with why they were linked.</summary>
public sealed record Contradiction(
    string DenialFile,
    string DenialText,
    string? Denier,
    string ReportFile,
    string ReportText,
    string? Reporter,
    string Why);

/// <summary>
/// Links each denial (a claim with stance deny, or a denial event) to the reports it denies:
/// assertions or events from other files about the same happening — close in words once the
/// denying vocabulary is set aside, and dated no later than shortly after the denial.
/// </summary>
public static class ContradictionFinder
{
    private const double MinCosine = 0.25;

    /// <summary>A report may precede its denial by this many days; a denial is rarely later.</summary>
    private const int ReportLeadDays = 21;

    private static readonly FrozenSet<string> DenialWords = new[]
    {
        "deni", "deny", "refut", "reject", "false", "untrue", "fiction", "pure", "completely", "simply",
        "information", "report", "media",
    }.Select(StoryText.Stem).ToFrozenSet(StringComparer.Ordinal);

    private sealed record Item(string File, string Text, string? Who, ResolvedDate? Date, bool Denies);

    public static IReadOnlyList<Contradiction> Find(IReadOnlyList<StoryEvent> events, IReadOnlyList<StoryClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(claims);
        var items = claims
            .Select(c => new Item(c.File, c.Claim.Text, c.Claim.Speaker, c.Claim.Said, c.Claim.Stance == Stance.Deny))
            .Concat(events.Select(e => new Item(e.File, e.Event.Text, null, e.Event.Date, e.Event.Kind == EventKinds.Denial)))
            .GroupBy(i => (i.File, i.Text))
            .Select(g => g.OrderByDescending(i => i.Who is not null).First() with { Denies = g.Any(i => i.Denies) })
            .ToList();
        var tfidf = new TfIdf(items.Select(i => (IReadOnlyList<string>)StoryText.Tokens(i.Text).Where(t => !DenialWords.Contains(t)).ToList()).ToList());

        var found = new List<Contradiction>();
        for (var d = 0; d < items.Count; d++)
        {
            if (!items[d].Denies)
                continue;
            var best = Enumerable.Range(0, items.Count)
                .Where(r => !items[r].Denies && items[r].File != items[d].File && Plausible(items[d].Date, items[r].Date))
                .Select(r => (Report: r, Cosine: tfidf.Cosine(d, r)))
                .Where(x => x.Cosine >= MinCosine)
                .GroupBy(x => items[x.Report].File)
                .Select(g => g.MaxBy(x => x.Cosine));
            foreach (var (r, cosine) in best)
            {
                var words = string.Join(", ", tfidf.SharedTerms(d, r, 4));
                found.Add(new Contradiction(items[d].File, items[d].Text, items[d].Who, items[r].File, items[r].Text, items[r].Who,
                    $"denial of the same happening; words: {words} (cos {cosine.ToString("0.00", CultureInfo.InvariantCulture)})"));
            }
        }
        return found;
    }

    private static bool Plausible(ResolvedDate? denial, ResolvedDate? report)
    {
        if (denial is null || report is null)
            return true;
        var lead = denial.Date.DayNumber - report.Date.DayNumber;
        return lead >= -2 && lead <= ReportLeadDays;
    }
}
