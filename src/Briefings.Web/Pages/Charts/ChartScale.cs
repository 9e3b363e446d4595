using System.Globalization;

namespace Briefings.Web.Pages.Charts;

/// <summary>A value axis from zero: a round top and up to five round steps (1, 2 or 5 times a power of ten).</summary>
public sealed record ChartScale(double Max, double Step)
{
    public static ChartScale For(double largest)
    {
        if (largest <= 0)
            return new ChartScale(1, 1);
        var rough = largest / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1d, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        // Counts of events step by whole numbers.
        step = Math.Max(step, largest >= 1 ? 1 : step);
        return new ChartScale(Math.Ceiling(largest / step) * step, step);
    }

    public IReadOnlyList<double> Ticks => [.. Enumerable.Range(0, (int)Math.Round(Max / Step) + 1).Select(i => i * Step)];

    /// <summary>SVG coordinates: invariant digits, one decimal at most.</summary>
    public static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A tick label: 5, 2,000, 1.5M.</summary>
    public static string Label(double value) =>
        value >= 1_000_000 ? (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M" : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
