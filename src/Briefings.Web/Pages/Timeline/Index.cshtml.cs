using Briefings.Ingestion;
using Briefings.Web.Data;
using Briefings.Web.Ingestion;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Timeline;

public sealed record TimelineArticle(int Id, string FileName, string? Title, DateOnly? Published, bool PublishedStated,
    string? PublishedEvidence, string? Publisher, string? Url, string? Lead);

/// <summary>A day and its articles; a null <see cref="Date"/> is the group of undated articles.</summary>
public sealed record TimelineDay(DateOnly? Date, IReadOnlyList<TimelineArticle> Articles);

/// <summary>
/// Days newest first, by the articles' publication dates, a page of days at a time so the page
/// costs the same however large the store; undated articles close the last page.
/// </summary>
public sealed class IndexModel(BriefingsDb db, IngestionStatus status) : PageModel
{
    public const int DaysPerPage = 14;

    /// <summary>Show the days before this one (the "older" link).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Before { get; set; }

    public IReadOnlyList<TimelineDay> Days { get; private set; } = [];
    public DateOnly? Older { get; private set; }
    public IngestionStatus.Snapshot Status { get; private set; } = IngestionStatus.Snapshot.Idle;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = status.Current;
        var before = Before;
        var dates = await db.Articles.AsNoTracking()
            .Where(a => a.Published != null && (before == null || a.Published < before))
            .Select(a => a.Published!.Value)
            .Distinct()
            .OrderByDescending(d => d)
            .Take(DaysPerPage + 1)
            .ToListAsync(cancellationToken);
        Older = dates.Count > DaysPerPage ? dates[DaysPerPage - 1] : null;
        var shown = dates.Take(DaysPerPage).ToList();

        var dated = await Articles(db.Articles.Where(a => a.Published != null && shown.Contains(a.Published.Value)))
            .ToListAsync(cancellationToken);
        var days = dated.GroupBy(a => a.Published).OrderByDescending(g => g.Key)
            .Select(g => new TimelineDay(g.Key, [.. g])).ToList();
        if (Older is null)
        {
            var undated = await Articles(db.Articles.Where(a => a.Published == null)).ToListAsync(cancellationToken);
            if (undated.Count > 0)
                days.Add(new TimelineDay(null, undated));
        }
        Days = days;
    }

    private static IQueryable<TimelineArticle> Articles(IQueryable<Article> articles) =>
        articles.AsNoTracking()
            .OrderByDescending(a => a.Published).ThenBy(a => a.Title ?? a.FileName).ThenBy(a => a.Id)
            .Select(a => new TimelineArticle(a.Id, a.FileName, a.Title, a.Published, a.PublishedStated, a.PublishedEvidence, a.Publisher, a.Url,
                a.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).OrderBy(p => p.Index).Select(p => p.Text).FirstOrDefault()));
}
