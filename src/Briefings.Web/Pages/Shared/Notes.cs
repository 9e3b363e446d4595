using Briefings.Ingestion.Claims;
using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;
using Claim = Briefings.Web.Data.Claim;

namespace Briefings.Web.Pages;

/// <summary>An attributed statement as the pages list it; <see cref="Speaker"/> is linked when it names a stored entity.</summary>
public sealed record ClaimView(int ArticleId, string ArticleTitle, int Index, string SpeakerName, EntityRef? Speaker, string Verb,
    Stance Stance, string Text, string? Quote, string? Outlet, Hedge Hedge, WhenBadge Said, WhenBadge About, int Paragraph)
{
    public string Href => $"/articles/{ArticleId}#p{Paragraph}";
}

/// <summary>An actor or place of an event; <see cref="Entity"/> is null when its slug names no stored entity.</summary>
public sealed record ParticipantView(string Slug, EntityRef? Entity);

/// <summary>A dated event as the pages list it, with its actors and places.</summary>
public sealed record EventView(int ArticleId, string ArticleTitle, string Source, int Index, string Kind, string Text, WhenBadge When,
    Hedge Hedge, int Paragraph, IReadOnlyList<ParticipantView> Actors, IReadOnlyList<ParticipantView> Places)
{
    public string Href => $"/articles/{ArticleId}#p{Paragraph}";
}

/// <summary>A claim or an event, and whether the page around it is its own article (so the article need not be named).</summary>
public sealed record NoteItem<T>(T Note, bool InArticle);

/// <summary>
/// The claims and events queries the article, entity and region pages share: one query each,
/// speakers and participants joined in, never one query per row.
/// </summary>
public static class Notes
{
    /// <summary>In article order, or newest first (by the date they were said) across articles.</summary>
    public static Task<List<ClaimView>> ClaimsAsync(BriefingsDb db, IQueryable<Claim> claims, bool newestFirst, int take, CancellationToken cancellationToken)
    {
        var ordered = newestFirst
            ? claims.OrderByDescending(c => c.SaidDate).ThenByDescending(c => c.ArticleId).ThenBy(c => c.Index)
            : claims.OrderBy(c => c.ArticleId).ThenBy(c => c.Index);
        var query =
            from c in ordered.Take(take)
            join e in db.Entities on c.SpeakerSlug equals e.Slug into speakers
            from e in speakers.DefaultIfEmpty()
            select new ClaimView(c.ArticleId, c.Article.Title ?? c.Article.FileName, c.Index, c.Speaker,
                e == null ? null : new EntityRef(e.Slug, e.Name, e.Type),
                c.Verb, c.Stance, c.Text, c.Quote, c.Outlet, c.Hedge,
                new WhenBadge(c.SaidDate, c.SaidPrecision, c.SaidStated ?? false, c.SaidEvidence),
                new WhenBadge(c.AboutDate, c.AboutPrecision, c.AboutStated ?? false, c.AboutEvidence),
                c.ParagraphIndex);
        return query.AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>In article order, or newest first by the event's date (undated last) across articles.</summary>
    public static async Task<List<EventView>> EventsAsync(IQueryable<Event> events, bool newestFirst, int take, CancellationToken cancellationToken)
    {
        var ordered = newestFirst
            ? events.OrderBy(e => e.Date == null).ThenByDescending(e => e.Date).ThenByDescending(e => e.ArticleId).ThenBy(e => e.Index)
            : events.OrderBy(e => e.ArticleId).ThenBy(e => e.Index);
        var rows = await ordered.Take(take).AsNoTracking()
            .Select(e => new
            {
                e.ArticleId,
                Title = e.Article.Title ?? e.Article.FileName,
                e.Article.Publisher,
                e.Article.Wire,
                e.Index,
                e.Kind,
                e.Text,
                When = new WhenBadge(e.Date, e.DatePrecision, e.DateStated, e.DateEvidence),
                e.Hedge,
                e.ParagraphIndex,
                Participants = e.Participants.OrderBy(p => p.Index)
                    .Select(p => new
                    {
                        p.Role,
                        View = new ParticipantView(p.EntitySlug, p.Entity == null ? null : new EntityRef(p.Entity.Slug, p.Entity.Name, p.Entity.Type)),
                    })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EventView(r.ArticleId, r.Title, Display.Source(r.Publisher, r.Wire), r.Index, r.Kind, r.Text, r.When, r.Hedge, r.ParagraphIndex,
            [.. r.Participants.Where(p => p.Role == ParticipantRole.Actor).Select(p => p.View)],
            [.. r.Participants.Where(p => p.Role == ParticipantRole.Place).Select(p => p.View)]))];
    }
}
