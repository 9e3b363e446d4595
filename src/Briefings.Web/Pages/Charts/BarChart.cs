using Briefings.Web.Queries;

namespace Briefings.Web.Pages.Charts;

/// <summary>One group's part of a day's bar, bottom to top in group order.</summary>
public sealed record BarSegment(int Group, int Count, double Y, double Height);

/// <summary>A day's stacked bar; <see cref="Label"/> is set on the days whose date is written under the axis.</summary>
public sealed record Bar(DayTally Day, double X, double Width, double Top, IReadOnlyList<BarSegment> Segments, string? Label);

/// <summary>
/// The geometry of stacked bars of events per day, in the coordinates of a fixed viewBox (the SVG
/// scales to its container): one band per day, bars from the baseline up, a round value axis, and
/// a date under every few days so the labels never collide.
/// </summary>
public sealed class BarChart
{
    public const double Width = 640;
    public const double Height = 280;
    public const double Left = 40;
    public const double Right = 8;
    public const double Top = 12;
    public const double Bottom = 36;

    /// <summary>Dates written under the axis at most: "10 Mar" takes about 45 units at the chart's font size.</summary>
    public const int MaxLabels = 8;

    public BarChart(IReadOnlyList<DayTally> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        Scale = ChartScale.For(days.Count == 0 ? 0 : days.Max(d => d.Total));
        var band = days.Count == 0 ? 0 : PlotWidth / days.Count;
        var gap = band > 6 ? band * 0.2 : 0;
        var every = Math.Max(1, (int)Math.Ceiling(days.Count / (double)MaxLabels));
        Bars = [.. days.Select((day, i) =>
        {
            var x = Left + (i * band);
            var bottom = Baseline;
            var segments = new List<BarSegment>();
            for (var g = 0; g < day.Counts.Count; g++)
            {
                if (day.Counts[g] == 0)
                    continue;
                var height = day.Counts[g] / Scale.Max * PlotHeight;
                bottom -= height;
                segments.Add(new BarSegment(g, day.Counts[g], bottom, height));
            }
            return new Bar(day, x + (gap / 2), band - gap, bottom, segments, i % every == 0 ? Display.ShortDate(day.Day)[..^5] : null);
        })];
    }

    public static double PlotWidth => Width - Left - Right;
    public static double PlotHeight => Height - Top - Bottom;
    public static double Baseline => Height - Bottom;

    public ChartScale Scale { get; }
    public IReadOnlyList<Bar> Bars { get; }

    public static double YOf(double value, ChartScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return Baseline - (value / scale.Max * PlotHeight);
    }
}
