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
    public void LabelsOfCloseValuesOnOneDateDoNotOverlap()
    {
        var plot = new DotPlot([Mark("1,000", "A", 1), Mark("990", "B", 1), Mark("985", "C", 1)]);
        var ys = plot.Marks.Select(m => m.LabelY).Order().ToList();
        Assert.All(ys.Zip(ys.Skip(1)), pair => Assert.True(pair.Second - pair.First >= DotPlot.LabelHeight - 0.001));
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
