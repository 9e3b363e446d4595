using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Web.Data;
using Briefings.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Feeds;

/// <summary>A place of an event with what the CSV's location columns need.</summary>
public sealed record FeedPlace(string Name, string? Country, string? Region, double? Latitude, double? Longitude);

/// <summary>An event with its article and participants, as the feed and the CSV write it.</summary>
public sealed record FeedEvent(
    int Id,
    int Index,
    string Kind,
    string Text,
    DateOnly? Date,
    DatePrecision? Precision,
    int ArticleId,
    int Paragraph,
    string ArticleHash,
    string? Title,
    string FileName,
    string? Publisher,
    IReadOnlyList<string> Wire,
    string? Url,
    DateTime IngestedAt,
    IReadOnlyList<string> Actors,
    IReadOnlyList<FeedPlace> Places);

/// <summary>
/// The events of a filter (<see cref="TimelineQuery.MatchingEvents"/>), newest first, streamed with
/// their articles and participants in one query: the CSV can be long and is never held in memory.
/// </summary>
public sealed class FeedQuery(BriefingsDb db, TimelineQuery timeline)
{
    public IAsyncEnumerable<FeedEvent> EventsAsync(ResolvedFilter filter, int take) =>
        timeline.MatchingEvents(filter)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Take(take)
            .Select(e => new FeedEvent(
                e.Id, e.Index, e.Kind, e.Text, e.Date, e.DatePrecision, e.ArticleId, e.ParagraphIndex,
                e.Article.ContentHash, e.Article.Title, e.Article.FileName, e.Article.Publisher, e.Article.Wire, e.Article.Url, e.Article.IngestedAt,
                e.Participants.Where(p => p.Role == ParticipantRole.Actor).OrderBy(p => p.Index)
                    .Select(p => p.Entity != null ? p.Entity.Name : p.EntitySlug).ToList(),
                e.Participants.Where(p => p.Role == ParticipantRole.Place).OrderBy(p => p.Index)
                    .Select(p => p.Entity != null
                        ? new FeedPlace(p.Entity.Name, p.Entity.Country, p.Entity.Region, p.Entity.Latitude, p.Entity.Longitude)
                        : new FeedPlace(p.EntitySlug, null, null, null, null)).ToList()))
            .AsAsyncEnumerable();

    /// <summary>Country names by ISO code, from the stored countries (the CSV writes names, as ACLED does); the first by slug when two share a code.</summary>
    public async Task<Dictionary<string, string>> CountryNamesAsync(CancellationToken cancellationToken)
    {
        var countries = await db.Entities.AsNoTracking().Where(e => e.Type == EntityType.Country && e.Country != null)
            .OrderBy(e => e.Slug).Select(e => new { Iso = e.Country!, e.Name })
            .ToListAsync(cancellationToken);
        return countries.DistinctBy(c => c.Iso, StringComparer.Ordinal).ToDictionary(c => c.Iso, c => c.Name, StringComparer.Ordinal);
    }
}
