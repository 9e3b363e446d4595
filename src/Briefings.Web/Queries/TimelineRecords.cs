using System.Globalization;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;

namespace Briefings.Web.Queries;

/// <summary>An entity as a participant shows it; <see cref="Known"/> is false when only the slug was stored (nothing to link to).</summary>
public sealed record EntityLink(string Slug, string Name, bool Known);

/// <summary>One article telling an event: the outlet, the paragraph it is told in, and the original address when it is http(s).</summary>
public sealed record EventSource(int ArticleId, int Paragraph, string Outlet, string ArticleTitle, DateOnly? Published, string? Original);

/// <summary>One source's value for a disputed figure.</summary>
public sealed record FigureReading(string Value, string? By, int ArticleId, int Paragraph, string Outlet);

/// <summary>A quantity the sources disagree on, with each value side by side.</summary>
public sealed record DisputedFigure(string What, IReadOnlyList<FigureReading> Values);

/// <summary>Someone denying, in the paragraph that tells the event.</summary>
public sealed record Denial(string Speaker, string? SpeakerSlug, int ArticleId, int Paragraph);

/// <summary>
/// What happened, once: a story told by several sources, or a single event when no story holds it.
/// <see cref="Date"/> is the first day of the span its <see cref="Precision"/> covers.
/// </summary>
public sealed record TimelineItem(
    string Key,
    string Text,
    string Kind,
    DateOnly? Date,
    DatePrecision Precision,
    bool Stated,
    string? Evidence,
    IReadOnlyList<Hedge> Hedges,
    IReadOnlyList<EntityLink> Actors,
    IReadOnlyList<EntityLink> Places,
    IReadOnlyList<EventSource> Sources,
    IReadOnlyList<DisputedFigure> Figures,
    IReadOnlyList<Denial> Denials)
{
    /// <summary>Outlets count once however many of their articles tell it.</summary>
    public int OutletCount => Sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}

/// <summary>An article published on a day, so articles stay reachable from the day they appeared.</summary>
public sealed record DayArticle(int Id, string Title, string Outlet, string? Original);

/// <summary>
/// The events of one day, or of one week, month or year when that is all the text says: a week-precise
/// event is never put on a day it may not have happened on. A null <see cref="Date"/> is the undated group.
/// </summary>
public sealed record TimelineGroup(DateOnly? Date, DatePrecision Precision, IReadOnlyList<TimelineItem> Items, IReadOnlyList<DayArticle> Articles)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The element id: day-2024-11-11, week-2024-11-04, month-2024-11, year-2024, undated.</summary>
    public string Id => Date is not { } d ? "undated" : Precision switch
    {
        DatePrecision.Week => "week-" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.PartOfMonth => "part-" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => "month-" + d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => "year-" + d.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => "day-" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>"Monday 11 November 2024", "Week of 4 November 2024", "November 2024", "2024", "Undated".</summary>
    public string Label => Date is not { } d ? "Undated" : Precision switch
    {
        DatePrecision.Week => $"Week of {d.ToString("d MMMM yyyy", English)}",
        DatePrecision.PartOfMonth => $"{(d.Day > 20 ? "Late" : d.Day > 10 ? "Mid-" : "Early")}{(d.Day is > 10 and <= 20 ? "" : " ")}{d.ToString("MMMM yyyy", English)}",
        DatePrecision.Month => d.ToString("MMMM yyyy", English),
        DatePrecision.Year => d.ToString("yyyy", English),
        _ => d.ToString("dddd d MMMM yyyy", English),
    };

    /// <summary>The machine-readable form for &lt;time datetime&gt;: a day, a week (2024-W45), a month or a year.</summary>
    public string? MachineDate => Date is not { } d ? null : Precision switch
    {
        DatePrecision.Week => $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}",
        DatePrecision.Month or DatePrecision.PartOfMonth => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => d.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>A page of the timeline: its groups newest first, and the day to continue before when there are older ones.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineGroup> Groups, DateOnly? Older);

/// <summary>A filter option with the number of events it would show together with the other filters.</summary>
public sealed record FilterOption(string Slug, string Name, int Count, int Depth);

/// <summary>The options of the filter form: places nested country → region → place, and actors by kind.</summary>
public sealed record FilterOptions(IReadOnlyList<FilterOption> Regions, IReadOnlyList<(string Group, IReadOnlyList<FilterOption> Options)> Actors);

/// <summary>A filter whose slugs name stored entities, ready to query.</summary>
public sealed record ResolvedFilter(TimelineFilter Filter, ResolvedEntity? Region, ResolvedEntity? Actor, IReadOnlyList<string> ActorSlugs);

/// <summary>What a filter needs of an entity.</summary>
public sealed record ResolvedEntity(string Slug, string Name, EntityType Type, string? Country, string? Region);
