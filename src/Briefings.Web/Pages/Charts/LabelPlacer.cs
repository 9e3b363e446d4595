namespace Briefings.Web.Pages.Charts;

/// <summary>
/// Places text labels beside their marks without overlapping one another: each label tries the
/// right of its mark, then the left, then steps away up and down a line at a time, and takes the
/// first spot that is free and inside the bounds. Labels are boxes of an estimated width.
/// </summary>
public sealed class LabelPlacer(double left, double right, double top, double bottom)
{
    private const double Gap = 10;
    private const int MaxSteps = 8;
    private readonly List<(double Left, double Right, double Top, double Bottom)> _taken = [];

    /// <summary>Keeps a box (a mark) clear of labels.</summary>
    public void Reserve(double boxLeft, double boxRight, double boxTop, double boxBottom) => _taken.Add((boxLeft, boxRight, boxTop, boxBottom));

    /// <summary>The label's anchor (its baseline; the start, or the end when <c>Before</c>), for a mark at (x, y).</summary>
    public (double X, double Y, bool Before) Place(double x, double y, double width)
    {
        var fallback = (x + Gap, y + 4, false);
        for (var step = 0; step <= MaxSteps; step++)
        {
            foreach (var sign in step == 0 ? [0] : new[] { 1, -1 })
            {
                var baseline = y + 4 + (sign * step * DotPlot.LabelHeight);
                foreach (var before in new[] { false, true })
                {
                    var box = before ? (x - Gap - width, x - Gap) : (x + Gap, x + Gap + width);
                    var candidate = (box.Item1, box.Item2, baseline - 11, baseline + 3);
                    if (candidate.Item1 < left || candidate.Item2 > right || candidate.Item3 < top || candidate.Item4 > bottom)
                        continue;
                    if (_taken.Any(t => t.Left < candidate.Item2 && candidate.Item1 < t.Right && t.Top < candidate.Item4 && candidate.Item3 < t.Bottom))
                        continue;
                    _taken.Add(candidate);
                    return (before ? x - Gap : x + Gap, baseline, before);
                }
            }
        }
        return fallback;
    }
}
