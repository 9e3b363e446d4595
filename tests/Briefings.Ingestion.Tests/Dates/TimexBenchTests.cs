using System.Text.Json;
using System.Text.RegularExpressions;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Tests.Parsing;

namespace Briefings.Ingestion.Tests.Dates;

/// <summary>
/// The public timex set (../shared/bench/timex), read at test time and never copied: the tagger
/// alone over each document's paragraphs, scored as score_bench.py scores the export (extents by
/// overlap, values by equality over calendar values). It fails when either falls below the bar.
/// </summary>
public sealed partial class TimexBenchTests
{
    private static readonly string Set = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "bench", "timex"));

    [GeneratedRegex("^\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2}|-Q[1-4]|-(?:SP|SU|FA|WI|H1|H2))?(?:T.*)?$")]
    private static partial Regex Calendar();

    private sealed record Gold(int Start, int End, string Type, string? Value);

    [Fact]
    public void ExtentsAndValuesStayAboveTheBar()
    {
        var truthFile = Path.Combine(Set, "truth.json");
        // The set lives beside the repository, not in it; without it there is nothing to measure.
        if (!File.Exists(truthFile))
            return;
        using var truth = JsonDocument.Parse(File.ReadAllText(truthFile));
        var tagger = new DateMentionTagger();
        int exported = 0, exportedHit = 0, gold = 0, found = 0, goldCalendar = 0, exportedCalendar = 0, valueRight = 0;
        foreach (var document in truth.RootElement.EnumerateObject())
        {
            var text = File.ReadAllText(Path.Combine(Set, "docs", document.Name + ".md")).Split("---\n", 3)[2].TrimStart('\n').TrimEnd('\n');
            var published = DateOnly.Parse(document.Value.GetProperty("dct").GetString()![..10], System.Globalization.CultureInfo.InvariantCulture);
            var golds = document.Value.GetProperty("timexes").EnumerateArray()
                .Select(g => new Gold(g.GetProperty("start").GetInt32(), g.GetProperty("end").GetInt32(), g.GetProperty("type").GetString()!, g.GetProperty("value").GetString()))
                .ToList();
            var spans = new List<(int Start, int End, string? Value)>();
            var anchor = new TimexAnchor();
            var at = 0;
            foreach (var (block, index) in text.Split("\n\n").Select((b, i) => (b, i)))
            {
                foreach (var mention in tagger.Tag(new Paragraph(index, block, ParagraphKind.Body, null), published, anchor))
                    spans.Add((at + mention.Start, at + mention.End, mention.Value));
                at += block.Length + 2;
            }
            bool IsCalendar(string? value) => value is not null && Calendar().IsMatch(value);
            var calendarGold = golds.Where(g => g.Type is "DATE" or "TIME" && IsCalendar(g.Value)).ToList();
            exported += spans.Count;
            gold += golds.Count;
            goldCalendar += calendarGold.Count;
            exportedHit += spans.Count(s => golds.Exists(g => s.Start < g.End && g.Start < s.End));
            found += golds.Count(g => spans.Exists(s => s.Start < g.End && g.Start < s.End));
            exportedCalendar += spans.Count(s => IsCalendar(s.Value)
                && !golds.Exists(g => !calendarGold.Contains(g) && s.Start < g.End && g.Start < s.End));
            valueRight += calendarGold.Count(g => spans.Exists(s => s.Start < g.End && g.Start < s.End
                && s.Value!.Split('T')[0] == g.Value!.ToUpperInvariant().Split('T')[0]));
        }
        var extent = F1(exportedHit, exported, found, gold);
        var value = F1(valueRight, exportedCalendar, valueRight, goldCalendar);

        Assert.True(extent >= 0.90, $"timex extent F1 {extent:0.000} is below 0.90");
        Assert.True(value >= 0.85, $"timex value F1 {value:0.000} is below 0.85");
    }

    private static double F1(int hitOfExported, int exported, int hitOfGold, int gold)
    {
        var p = exported == 0 ? 0 : (double)hitOfExported / exported;
        var r = gold == 0 ? 0 : (double)hitOfGold / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
