namespace Briefings.Web.Queries;

/// <summary>What the bars of events per day are split by.</summary>
public enum ChartSplit
{
    Region,
    Actor,
}

/// <summary>The events the timeline lists on one day, counted per group (in the order of <see cref="EventsPerDay.Groups"/>).</summary>
public sealed record DayTally(DateOnly Day, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

/// <summary>
/// Events per day, split into groups: the busiest groups by name, then "other" for the rest.
/// <see cref="Days"/> runs without gaps from the first day to the last unless the span is too long to draw;
/// <see cref="NotOnADay"/> counts what the timeline dates only to a week, month or year, or not at all.
/// </summary>
public sealed record EventsPerDay(ChartSplit Split, IReadOnlyList<string> Groups, IReadOnlyList<DayTally> Days, bool Continuous, int NotOnADay)
{
    public int Total => Days.Sum(d => d.Total);

    public int GroupTotal(int group) => Days.Sum(d => d.Counts[group]);
}

/// <summary>One source's value of a disputed figure: <see cref="Number"/> is null when the value is words ("dozens"), <see cref="Published"/> when the article has no date.</summary>
public sealed record FigureMark(string Value, double? Number, string Source, string? By, DateOnly? Published, int ArticleId, int Paragraph);

/// <summary>A quantity the sources disagree on, with every value in the order the figure finder stored them.</summary>
public sealed record FigureChart(int Id, string What, IReadOnlyList<FigureMark> Marks);
