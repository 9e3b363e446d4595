namespace Briefings.Web.Queries;

/// <summary>
/// Turns (day, group) pairs, one per thing the timeline lists, into counts per day: the
/// <see cref="TopGroups"/> groups with the most events keep their name and the rest are summed
/// as <see cref="Other"/>, so every day's counts add up to its total.
/// </summary>
public static class DayTallies
{
    public const int TopGroups = 5;

    /// <summary>A day axis longer than this would draw bars too thin to read or point at: only days with events are shown.</summary>
    public const int MaxContinuousDays = 92;

    public const string Other = "Other";

    public static EventsPerDay Build(ChartSplit split, IReadOnlyList<(DateOnly Day, string Group)> items, int notOnADay)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ranked = items.GroupBy(i => i.Group, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => g.Key).ToList();
        // "Other" standing for a single group would hide a name for nothing.
        var named = ranked.Count <= TopGroups + 1 ? ranked : ranked.Take(TopGroups).ToList();
        var groups = named.Count < ranked.Count ? [.. named, Other] : named;
        var index = named.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i, StringComparer.Ordinal);

        var byDay = items.ToLookup(i => i.Day);
        var eventDays = byDay.Select(d => d.Key).Order().ToList();
        var continuous = eventDays.Count == 0 || eventDays[^1].DayNumber - eventDays[0].DayNumber < MaxContinuousDays;
        var days = continuous && eventDays.Count > 0
            ? Enumerable.Range(0, eventDays[^1].DayNumber - eventDays[0].DayNumber + 1).Select(eventDays[0].AddDays).ToList()
            : eventDays;

        var tallies = days.Select(day =>
        {
            var counts = new int[groups.Count];
            foreach (var item in byDay[day])
                counts[index.TryGetValue(item.Group, out var i) ? i : groups.Count - 1]++;
            return new DayTally(day, counts);
        }).ToList();
        return new EventsPerDay(split, groups, tallies, continuous, notOnADay);
    }
}
