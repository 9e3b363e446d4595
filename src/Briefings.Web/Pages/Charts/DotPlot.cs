using Briefings.Web.Queries;

namespace Briefings.Web.Pages.Charts;

/// <summary>The shapes that tell sources apart without colour, in the order sources are first met.</summary>
public enum MarkShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
    Bar,
}

/// <summary>A placed value: its mark's centre, its shape, and where its label ("3,000 · The Ledger") starts.</summary>
public sealed record PlacedMark(FigureMark Mark, double X, double Y, MarkShape Shape, double LabelX, double LabelY, bool LabelBefore)
{
    public string Label => $"{Mark.Value} · {Mark.Source}";

    /// <summary>The label was moved off its mark's line (to clear another), so a thin line leads from one to the other.</summary>
    public bool NeedsLeader => Math.Abs(LabelY - (Y + 4)) > 1;
}

/// <summary>A date written under the axis.</summary>
public sealed record DateTick(double X, string Label);

/// <summary>
/// The geometry of a disputed figure's dot plot in a fixed viewBox: x is the article's publication
/// date, y the value; one shape per source, each mark labelled with its value and source. Values
/// with no number or no date are left out (the table lists them). Labels that would overlap on
/// the same date are moved apart.
/// </summary>
public sealed class DotPlot
{
    public const double Width = 640;
    public const double Height = 220;
    public const double Left = 56;
    public const double Right = 16;
    public const double Top = 16;
    public const double Bottom = 32;
    public const double MarkSize = 6;

    /// <summary>The space one label takes up and down: the chart's font size and a little air.</summary>
    public const double LabelHeight = 15;

    /// <summary>A generous average width of a character of the labels' 12-unit sans-serif font.</summary>
    public const double CharacterWidth = 6.8;

    /// <summary>Dates written under the axis at least this far apart, so "4 Nov 2024" and "5 Nov 2024" never overlap.</summary>
    public const double MinTickGap = 80;

    public DotPlot(IReadOnlyList<FigureMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var shapes = marks.Select(m => m.Source).Distinct(StringComparer.Ordinal)
            .Select((source, i) => (source, shape: (MarkShape)(i % Enum.GetValues<MarkShape>().Length)))
            .ToDictionary(x => x.source, x => x.shape, StringComparer.Ordinal);
        var drawn = marks.Where(m => m.Number is not null && m.Published is not null).ToList();
        Scale = ChartScale.For(drawn.Count == 0 ? 0 : drawn.Max(m => m.Number!.Value));
        if (drawn.Count == 0)
        {
            First = Last = default;
            Marks = [];
            DateTicks = [];
            return;
        }
        First = drawn.Min(m => m.Published!.Value);
        Last = drawn.Max(m => m.Published!.Value);
        var labels = new LabelPlacer(Left - 8, Width, Top - 8, Baseline - 2);
        var reach = MarkSize + 1;
        foreach (var mark in drawn)
        {
            var (x, y) = (XOf(mark.Published!.Value), YOf(mark.Number!.Value));
            labels.Reserve(x - reach, x + reach, y - reach, y + reach);
        }
        var placed = new List<PlacedMark>();
        // Highest values first, so the top of the plot fills from the top down.
        foreach (var mark in drawn.OrderBy(m => -m.Number!.Value).ThenBy(m => m.Published))
        {
            var (x, y) = (XOf(mark.Published!.Value), YOf(mark.Number!.Value));
            var label = $"{mark.Value} · {mark.Source}";
            var (labelX, labelY, before) = labels.Place(x, y, label.Length * CharacterWidth);
            placed.Add(new PlacedMark(mark, x, y, shapes[mark.Source], labelX, labelY, before));
        }
        Marks = placed;
        var ticks = new List<DateTick>();
        foreach (var date in drawn.Select(m => m.Published!.Value).Distinct().Order())
        {
            if (ticks.Count == 0 || XOf(date) - ticks[^1].X >= MinTickGap)
                ticks.Add(new DateTick(XOf(date), Display.ShortDate(date)));
        }
        DateTicks = ticks;
    }

    public static double PlotWidth => Width - Left - Right;
    public static double PlotHeight => Height - Top - Bottom;
    public static double Baseline => Height - Bottom;

    public ChartScale Scale { get; }
    public DateOnly First { get; }
    public DateOnly Last { get; }
    public IReadOnlyList<PlacedMark> Marks { get; }

    /// <summary>The publication dates of the drawn values; a single date sits in the middle.</summary>
    public IReadOnlyList<DateTick> DateTicks { get; }

    public double XOf(DateOnly date)
    {
        var span = Last.DayNumber - First.DayNumber;
        // Labels need room on the right of the last date and the left of the first.
        var inner = PlotWidth * 0.8;
        return span == 0 ? Left + (PlotWidth / 2) : Left + (PlotWidth * 0.1) + ((date.DayNumber - First.DayNumber) / (double)span * inner);
    }

    public double YOf(double value) => Baseline - (value / Scale.Max * PlotHeight);

    /// <summary>The SVG path of a shape centred on (x, y), about <see cref="MarkSize"/> across each way.</summary>
    public static string PathOf(MarkShape shape, double x, double y)
    {
        static string P(double v) => ChartScale.Coordinate(v);
        const double s = MarkSize;
        return shape switch
        {
            MarkShape.Square => $"M{P(x - s)} {P(y - s)}h{P(2 * s)}v{P(2 * s)}h{P(-2 * s)}Z",
            MarkShape.Triangle => $"M{P(x)} {P(y - s - 1)}L{P(x + s + 1)} {P(y + s)}L{P(x - s - 1)} {P(y + s)}Z",
            MarkShape.Diamond => $"M{P(x)} {P(y - s - 1)}L{P(x + s + 1)} {P(y)}L{P(x)} {P(y + s + 1)}L{P(x - s - 1)} {P(y)}Z",
            MarkShape.Cross => $"M{P(x - s)} {P(y - 2)}h{P(s - 2)}v{P(2 - s)}h4v{P(s - 2)}h{P(s - 2)}v4h{P(2 - s)}v{P(s - 2)}h-4v{P(2 - s)}h{P(2 - s)}Z",
            MarkShape.Bar => $"M{P(x - s)} {P(y - 2.5)}h{P(2 * s)}v5h{P(-2 * s)}Z",
            _ => $"M{P(x - s)} {P(y)}a{P(s)} {P(s)} 0 1 0 {P(2 * s)} 0a{P(s)} {P(s)} 0 1 0 {P(-2 * s)} 0Z",
        };
    }
}
