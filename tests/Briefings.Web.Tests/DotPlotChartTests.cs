using Briefings.Web.Pages.Charts;
using Briefings.Web.Queries;

namespace Briefings.Web.Tests;

public sealed class DotPlotChartTests
{
    private static FigureMark Mark(string value, string source, int? day) =>
        new(value, FigureNumber.Read(value), source, null, day is { } d ? new DateOnly(2031, 5, d) : null, 1, 0);

    [Fact]
    public void LaterDatesSitFurtherRightAndLargerValuesHigher()
    {
        var plot = new DotPlot([Mark("900", "Wire Desk", 2), Mark("4,000", "The Courier", 4)]);
        var (wire, courier) = (plot.Marks.Single(m => m.Mark.Source == "Wire Desk"), plot.Marks.Single(m => m.Mark.Source == "The Courier"));
        Assert.True(courier.X > wire.X);
        Assert.True(courier.Y < wire.Y);
        Assert.Equal(DotPlot.Baseline - DotPlot.PlotHeight, courier.Y, 6);
        Assert.All(plot.Marks, m => Assert.InRange(m.X, DotPlot.Left, DotPlot.Width - DotPlot.Right));
    }

    [Fact]
    public void EachSourceHasItsOwnShapeAndLabel()
    {
        var plot = new DotPlot([Mark("10", "A", 1), Mark("20", "B", 1), Mark("30", "C", 2), Mark("15", "A", 3)]);
        Assert.Equal(3, plot.Marks.Select(m => m.Shape).Distinct().Count());
        Assert.Equal(plot.Marks.Single(m => m.Mark.Value == "10").Shape, plot.Marks.Single(m => m.Mark.Value == "15").Shape);
        Assert.Contains(plot.Marks, m => m.Label == "20 · B");
    }

    [Fact]
    public void ValuesInWordsOrWithoutADateAreNotDrawn()
    {
        var plot = new DotPlot([Mark("dozens", "A", 1), Mark("300", "B", null), Mark("40", "C", 1)]);
        Assert.Equal(["C"], plot.Marks.Select(m => m.Mark.Source));
        // One date only: it sits in the middle.
        Assert.Equal(DotPlot.Left + (DotPlot.PlotWidth / 2), plot.Marks[0].X, 6);
        Assert.Empty(new DotPlot([Mark("dozens", "A", 1)]).Marks);
    }

    [Fact]
    public void LabelsOfCloseValuesAndNearbyDatesDoNotOverlap()
    {
        var plot = new DotPlot([Mark("1,000", "Alpha", 1), Mark("990", "Beta", 1), Mark("985", "Gamma", 2), Mark("1,000", "Delta", 2), Mark("10", "Epsilon", 9)]);
        var boxes = plot.Marks.Select(m =>
        {
            var width = m.Label.Length * DotPlot.CharacterWidth;
            var left = m.LabelBefore ? m.LabelX - width : m.LabelX;
            return (Left: left, Right: left + width, Top: m.LabelY - 11, Bottom: m.LabelY + 3);
        }).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].Left < boxes[j].Right && boxes[j].Left < boxes[i].Right && boxes[i].Top < boxes[j].Bottom && boxes[j].Top < boxes[i].Bottom, $"{plot.Marks[i].Label} overlaps {plot.Marks[j].Label}");
        }
        Assert.All(boxes, b => Assert.InRange(b.Left, 0, DotPlot.Width));
        Assert.All(boxes, b => Assert.InRange(b.Right, 0, DotPlot.Width));
    }

    [Fact]
    public void DatesTooCloseToWriteBothKeepTheFirst()
    {
        var plot = new DotPlot([Mark("10", "A", 1), Mark("20", "B", 2), Mark("30", "C", 30)]);
        Assert.Equal(["1 May 2031", "30 May 2031"], plot.DateTicks.Select(t => t.Label));
    }

    [Theory]
    [InlineData("4,000", 4000d)]
    [InlineData("more than 10,000", 10000d)]
    [InlineData("about 1.5 million", 1500000d)]
    [InlineData("some 3 thousand", 3000d)]
    [InlineData("120", 120d)]
    [InlineData("tens of thousands", null)]
    [InlineData("dozens", null)]
    public void AFigureValueStatesANumberOrNone(string value, double? number) =>
        Assert.Equal(number, FigureNumber.Read(value));
}
