using Briefings.Web.Pages.Charts;
using Briefings.Web.Queries;

namespace Briefings.Web.Tests;

public sealed class BarChartTests
{
    private static DayTally Day(int day, params int[] counts) => new(new DateOnly(2031, 5, day), counts);

    [Fact]
    public void SegmentsStackFromTheBaselineInProportionToTheirCounts()
    {
        var chart = new BarChart([Day(1, 2, 1), Day(2, 0, 0), Day(3, 0, 4)]);
        var first = chart.Bars[0];
        Assert.Equal(BarChart.Baseline, first.Segments[0].Y + first.Segments[0].Height, 6);
        Assert.Equal(first.Segments[0].Y, first.Segments[1].Y + first.Segments[1].Height, 6);
        Assert.Equal(2 * first.Segments[1].Height, first.Segments[0].Height, 6);
        Assert.Empty(chart.Bars[1].Segments);
        // The tallest bar reaches the top of a round scale: 4 events on a scale of 4.
        Assert.Equal(4, chart.Scale.Max);
        Assert.Equal(BarChart.Top, chart.Bars[2].Top, 6);
    }

    [Fact]
    public void BarsShareTheWidthInDayOrderAndStayInsideTheViewBox()
    {
        var chart = new BarChart([.. Enumerable.Range(1, 30).Select(d => Day(d, d % 3))]);
        Assert.Equal(30, chart.Bars.Count);
        Assert.All(chart.Bars.Zip(chart.Bars.Skip(1)), pair => Assert.True(pair.Second.X > pair.First.X));
        Assert.True(chart.Bars[0].X >= BarChart.Left);
        Assert.True(chart.Bars[^1].X + chart.Bars[^1].Width <= BarChart.Width - BarChart.Right + 0.001);
    }

    [Fact]
    public void AtMostEightDatesAreWrittenUnderTheAxis()
    {
        var chart = new BarChart([.. Enumerable.Range(1, 31).Select(d => Day(d, 1))]);
        var labels = chart.Bars.Where(b => b.Label is not null).ToList();
        Assert.InRange(labels.Count, 2, BarChart.MaxLabels);
        Assert.Equal("1 May", labels[0].Label);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(3, 3, 1)]
    [InlineData(7, 8, 2)]
    [InlineData(23, 25, 5)]
    [InlineData(4000, 4000, 1000)]
    [InlineData(950, 1000, 200)]
    public void TheScaleIsRound(double largest, double max, double step)
    {
        var scale = ChartScale.For(largest);
        Assert.Equal(max, scale.Max);
        Assert.Equal(step, scale.Step);
        Assert.Equal(0, scale.Ticks[0]);
        Assert.Equal(max, scale.Ticks[^1]);
    }
}
