using Briefings.Ingestion.Entities;
using Briefings.Web.Data;
using Briefings.Web.Pages;
using Briefings.Web.Queries;
using Briefings.Web.Queries.Search;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Api;

/// <summary>
/// The API's lists, each filtered the timeline's way (<see cref="TimelineQuery.MatchingEvents"/> and
/// its stories), newest first, one page at a time: a count and one projected query per page (EF Core
/// folds each nested list into the same query), so a page never costs a query per item.
/// </summary>
public sealed class ApiQuery(BriefingsDb db, TimelineQuery timeline)
{
    /// <summary>Events matching the whole filter, by their own date, newest first (undated last).</summary>
    public async Task<ApiPage<ApiEvent>> EventsAsync(ApiRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var events = timeline.MatchingEvents(request.Filter);
        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.Date).ThenBy(e => e.Id)
            .Skip(request.Skip).Take(request.PageSize)
            .Select(e => new
            {
                e.Id,
                e.Kind,
                e.Text,
                e.Date,
                e.DatePrecision,
                e.DateStated,
                e.DateEvidence,
                e.Hedge,
                e.ArticleId,
                e.ParagraphIndex,
                e.Article.Title,
                e.Article.FileName,
                e.Article.Publisher,
                e.Article.Wire,
                e.Article.Url,
                e.Article.Published,
                Participants = e.Participants.OrderBy(p => p.Role).ThenBy(p => p.Index)
                    .Select(p => new { p.Role, p.EntitySlug, Name = p.Entity != null ? p.Entity.Name : null }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var items = rows.Select(e => new ApiEvent(e.Id, e.Kind, e.Text, e.Date, e.DatePrecision, e.DateStated, e.DateEvidence, e.Hedge,
            [.. e.Participants.Where(p => p.Role == ParticipantRole.Actor).Select(p => new ApiEntityRef(p.EntitySlug, p.Name ?? p.EntitySlug))],
            [.. e.Participants.Where(p => p.Role == ParticipantRole.Place).Select(p => new ApiEntityRef(p.EntitySlug, p.Name ?? p.EntitySlug))],
            ApiSources.Source(e.ArticleId, e.ParagraphIndex, e.Publisher, e.Wire, e.Title, e.FileName, e.Published, e.Url))).ToList();
        return request.ToPage(http, items, total);
    }

    /// <summary>Stories with at least one matching event, by the story's own date, newest first.</summary>
    public async Task<ApiPage<ApiStory>> StoriesAsync(ApiRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stories = timeline.MatchingStories(request.Filter);
        var total = await stories.CountAsync(cancellationToken);
        var items = await stories.OrderByDescending(s => s.Date).ThenBy(s => s.Id)
            .Skip(request.Skip).Take(request.PageSize)
            .Select(s => new ApiStory(s.Id, s.Title, s.Date, s.DatePrecision, s.DateStated, s.Disputed, s.IndependentSources, s.Outlets,
                s.Members.OrderBy(m => m.EventId).Select(m => m.EventId).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return request.ToPage(http, items, total);
    }

    /// <summary>
    /// Articles published in the date range; when the filter narrows events (region, actor, q), the
    /// articles that tell a matching event instead. Newest first, undated last.
    /// </summary>
    public async Task<ApiPage<ApiArticle>> ArticlesAsync(ApiRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filter = request.Filter.Filter;
        var articles = db.Articles.AsNoTracking();
        if (filter.NarrowsEvents)
        {
            var events = timeline.MatchingEvents(request.Filter);
            articles = articles.Where(a => events.Any(e => e.ArticleId == a.Id));
        }
        else
        {
            if (filter.From is { } from)
                articles = articles.Where(a => a.Published >= from);
            if (filter.To is { } to)
                articles = articles.Where(a => a.Published <= to);
        }
        var total = await articles.CountAsync(cancellationToken);
        var rows = await articles.OrderByDescending(a => a.Published).ThenBy(a => a.Id)
            .Skip(request.Skip).Take(request.PageSize)
            .Select(a => new { a.Id, a.Title, a.FileName, a.Publisher, a.Wire, a.Url, a.Published, a.PublishedStated, Events = a.Events.Count, Claims = a.Claims.Count })
            .ToListAsync(cancellationToken);
        var items = rows.Select(a => new ApiArticle(a.Id, Display.Title(a.Title, a.FileName), ApiSources.Outlet(a.Publisher, a.Wire), a.Published,
            a.PublishedStated, Display.HttpLink(a.Url), a.Wire, a.Events, a.Claims, ApiSources.ArticleLink(a.Id))).ToList();
        return request.ToPage(http, items, total);
    }

    /// <summary>Every entity, by name; with any filter, the entities that take part in a matching event.</summary>
    public async Task<ApiPage<ApiEntity>> EntitiesAsync(ApiRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entities = db.Entities.AsNoTracking();
        if (!request.Filter.Filter.IsEmpty)
        {
            var events = timeline.MatchingEvents(request.Filter);
            entities = entities.Where(n => db.EventParticipants.Any(p => p.EntitySlug == n.Slug && events.Any(e => e.Id == p.EventId)));
        }
        var total = await entities.CountAsync(cancellationToken);
        var rows = await entities.OrderBy(n => n.Name).ThenBy(n => n.Slug)
            .Skip(request.Skip).Take(request.PageSize)
            .Select(n => new { n.Slug, n.Name, n.Type, n.Country, n.Region, n.Latitude, n.Longitude, n.Role, n.AffiliationSlug })
            .ToListAsync(cancellationToken);
        var items = rows.Select(n => new ApiEntity(n.Slug, n.Name, n.Type, n.Country, n.Region, n.Latitude, n.Longitude, n.Role, n.AffiliationSlug,
            ApiSources.EntityLink(n.Slug))).ToList();
        return request.ToPage(http, items, total);
    }

    /// <summary>
    /// Claims: <c>actor</c> is the speaker (with <c>affiliates</c>, its affiliates, and for a country its
    /// people and organisations), <c>region</c> a place the claim's paragraph names, the dates the day it
    /// was said (else the article's), <c>q</c> its words, its speaker's or its paragraph's. Newest first.
    /// </summary>
    public async Task<ApiPage<ApiClaim>> ClaimsAsync(ApiRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resolved = request.Filter;
        var filter = resolved.Filter;
        var claims = db.Claims.AsNoTracking();
        if (resolved.Actor is { } actor)
        {
            var slugs = resolved.ActorSlugs.ToList();
            if (filter.Affiliates && actor.Type == EntityType.Country && actor.Country is { } iso)
            {
                claims = claims.Where(c => c.SpeakerSlug != null && (slugs.Contains(c.SpeakerSlug)
                    || db.Entities.Any(n => n.Slug == c.SpeakerSlug && n.Country == iso && (n.Type == EntityType.Person || n.Type == EntityType.Organisation))));
            }
            else
            {
                claims = claims.Where(c => c.SpeakerSlug != null && slugs.Contains(c.SpeakerSlug));
            }
        }
        if (resolved.Region is { } region)
        {
            var inRegion = TimelineQuery.EntityInRegion(region);
            claims = claims.Where(c => db.Mentions.Where(m => m.ArticleId == c.ArticleId && m.ParagraphIndex == c.ParagraphIndex).Select(m => m.Entity).Any(inRegion));
        }
        if (filter.From is { } from)
            claims = claims.Where(c => (c.SaidDate ?? c.Article.Published) >= from);
        if (filter.To is { } to)
            claims = claims.Where(c => (c.SaidDate ?? c.Article.Published) <= to);
        if (resolved.Search is { } search)
            claims = FullTextIndex.MatchingClaims(db, claims, search);
        var total = await claims.CountAsync(cancellationToken);
        var rows = await claims.OrderByDescending(c => c.SaidDate ?? c.Article.Published).ThenBy(c => c.ArticleId).ThenBy(c => c.Index)
            .Skip(request.Skip).Take(request.PageSize)
            .Select(c => new
            {
                c.Id,
                c.Speaker,
                c.SpeakerSlug,
                c.Verb,
                c.Stance,
                c.Text,
                c.Quote,
                c.Hedge,
                c.SaidDate,
                c.AboutDate,
                c.ArticleId,
                c.ParagraphIndex,
                c.Article.Title,
                c.Article.FileName,
                c.Article.Publisher,
                c.Article.Wire,
                c.Article.Url,
                c.Article.Published,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(c => new ApiClaim(c.Id, c.Speaker, c.SpeakerSlug, c.Verb, c.Stance, c.Text, c.Quote, c.Hedge, c.SaidDate, c.AboutDate,
            ApiSources.Source(c.ArticleId, c.ParagraphIndex, c.Publisher, c.Wire, c.Title, c.FileName, c.Published, c.Url))).ToList();
        return request.ToPage(http, items, total);
    }
}
