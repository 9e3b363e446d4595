using Briefings.Web.Queries;

namespace Briefings.Web.Tests;

public sealed class ChartDayTalliesTests
{
    private static (DateOnly, string) On(int day, string group) => (new DateOnly(2031, 5, day), group);

    [Fact]
    public void TheFiveBusiestGroupsKeepTheirNamesAndOtherHoldsTheRest()
    {
        var items = new[] { On(1, "F"), On(1, "F"), On(1, "F"), On(1, "A"), On(2, "A"), On(2, "B"), On(2, "C"), On(3, "D"), On(3, "E"), On(3, "G") };
        var tallies = DayTallies.Build(ChartSplit.Actor, items, notOnADay: 2);
        Assert.Equal(["F", "A", "B", "C", "D", DayTallies.Other], tallies.Groups);
        Assert.Equal(2, tallies.GroupTotal(5));
        Assert.Equal(items.Length, tallies.Total);
        Assert.All(tallies.Days, d => Assert.Equal(items.Count(i => i.Item1 == d.Day), d.Total));
        Assert.Equal(2, tallies.NotOnADay);
    }

    [Fact]
    public void SixGroupsNeedNoOther()
    {
        var tallies = DayTallies.Build(ChartSplit.Region, [On(1, "A"), On(1, "B"), On(1, "C"), On(1, "D"), On(1, "E"), On(1, "F")], 0);
        Assert.DoesNotContain(DayTallies.Other, tallies.Groups);
        Assert.Equal(6, tallies.Groups.Count);
    }

    [Fact]
    public void DaysRunWithoutGapsUnlessTheSpanIsTooLong()
    {
        var nearby = DayTallies.Build(ChartSplit.Region, [On(1, "A"), On(4, "A")], 0);
        Assert.True(nearby.Continuous);
        Assert.Equal([1, 0, 0, 1], nearby.Days.Select(d => d.Total));

        var far = DayTallies.Build(ChartSplit.Region, [On(1, "A"), (new DateOnly(2032, 1, 1), "A")], 0);
        Assert.False(far.Continuous);
        Assert.Equal(2, far.Days.Count);
    }

    [Fact]
    public void NothingGivesNoDays() => Assert.Empty(DayTallies.Build(ChartSplit.Actor, [], 0).Days);
}
