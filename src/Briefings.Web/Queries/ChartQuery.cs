using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Web.Data;
using Briefings.Web.Pages.Charts;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Queries;

/// <summary>
/// The numbers the charts page draws, for the timeline's filter and selected as the timeline selects
/// them (<see cref="TimelineQuery.ListedItemsAsync"/>, <see cref="TimelineQuery.MatchingEvents"/>):
/// events per day split by region or actor, and the disputed figures. A fixed number of queries
/// whatever the corpus.
/// </summary>
public sealed class ChartQuery(BriefingsDb db, TimelineQuery timeline)
{
    /// <summary>Figures drawn at most; a page of more charts than this is no longer read.</summary>
    public const int MaxFigures = 40;

    public const string NoPlace = "No place named";
    public const string NoActor = "No actor named";

    private readonly TimelineQuery _timeline = timeline;

    /// <summary>
    /// Each day-dated story or event counted once per day, under the first place (or actor) its
    /// events name: a place by its region, a region or country by its own name.
    /// </summary>
    public async Task<EventsPerDay> EventsPerDayAsync(ResolvedFilter resolved, ChartSplit split, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var items = await _timeline.ListedItemsAsync(resolved, cancellationToken);
        var onDays = items.Where(i => i.Date is not null && i.Precision == DatePrecision.Day).ToList();
        var eventIds = onDays.SelectMany(i => i.EventIds).Distinct().ToList();
        var role = split == ChartSplit.Region ? ParticipantRole.Place : ParticipantRole.Actor;
        var participants = eventIds.Count == 0
            ? []
            : await db.EventParticipants.AsNoTracking().Where(p => p.Role == role && eventIds.Contains(p.EventId))
                .OrderBy(p => p.EventId).ThenBy(p => p.Index)
                .Select(p => new { p.EventId, p.EntitySlug, Name = p.Entity != null ? p.Entity.Name : null, Type = p.Entity != null ? p.Entity.Type : (EntityType?)null, Region = p.Entity != null ? p.Entity.Region : null })
                .ToListAsync(cancellationToken);
        var first = participants.GroupBy(p => p.EventId).ToDictionary(g => g.Key, g =>
        {
            var p = g.First();
            return split == ChartSplit.Region && p.Type == EntityType.Place && p.Region is { } region ? region : p.Name ?? p.EntitySlug;
        });
        var none = split == ChartSplit.Region ? NoPlace : NoActor;
        var grouped = onDays.Select(i => (i.Date!.Value, i.EventIds.Order().Select(id => first.GetValueOrDefault(id)).FirstOrDefault(g => g is not null) ?? none)).ToList();
        return DayTallies.Build(split, grouped, items.Count - onDays.Count);
    }

    /// <summary>
    /// The disputed figures, by what they count; under a filter, those with a value in a paragraph
    /// that tells a matching event. Each value's date is its article's publication date.
    /// </summary>
    public async Task<IReadOnlyList<FigureChart>> DisputedFiguresAsync(ResolvedFilter resolved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var figures = db.Figures.AsNoTracking();
        if (!resolved.Filter.IsEmpty)
        {
            var events = _timeline.MatchingEvents(resolved);
            figures = figures.Where(f => f.Values.Any(v => events.Any(e => e.ArticleId == v.ArticleId && e.ParagraphIndex == v.ParagraphIndex)));
        }
        var shown = await figures.OrderBy(f => f.What).ThenBy(f => f.Id).Take(MaxFigures)
            .Select(f => new { f.Id, f.What }).ToListAsync(cancellationToken);
        var ids = shown.Select(f => f.Id).ToList();
        var values = ids.Count == 0
            ? []
            : await db.FigureValues.AsNoTracking().Where(v => ids.Contains(v.FigureId))
                .OrderBy(v => v.FigureId).ThenBy(v => v.Index)
                .Select(v => new { v.FigureId, v.Value, v.By, v.ArticleId, v.ParagraphIndex, v.Article.Publisher, v.Article.Wire, v.Article.Published })
                .ToListAsync(cancellationToken);
        var byFigure = values.ToLookup(v => v.FigureId);
        return [.. shown.Select(f => new FigureChart(f.Id, f.What, [.. byFigure[f.Id].Select(v =>
            new FigureMark(v.Value, FigureNumber.Read(v.Value), Pages.Display.Source(v.Publisher, v.Wire), v.By, v.Published, v.ArticleId, v.ParagraphIndex))]))];
    }
}
