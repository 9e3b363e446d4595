using Briefings.Web.Ingestion;
using Briefings.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Briefings.Web.Pages.Timeline;

/// <summary>
/// What happened, day by day by the events' own dates, newest first, filtered by the shared query
/// parameters (<see cref="TimelineFilter"/>). A bad parameter answers 400 with the form and a
/// sentence per problem, so the reader can fix the address instead of guessing.
/// </summary>
public sealed class IndexModel(TimelineQuery query, IngestionStatus status) : PageModel
{
    private readonly TimelineQuery _query = query;

    public TimelineFilter Filter { get; private set; } = new();
    public ResolvedFilter? Resolved { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public TimelinePage Timeline { get; private set; } = new([], null);
    public FilterOptions Options { get; private set; } = new([], []);
    public IReadOnlyList<ParagraphFind> Paragraphs { get; private set; } = [];
    public IngestionStatus.Snapshot Status { get; private set; } = IngestionStatus.Snapshot.Idle;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Status = status.Current;
        var problems = new List<string>();
        Filter = TimelineFilter.Read(Request.Query, problems);
        Resolved = await _query.ResolveAsync(Filter, problems, cancellationToken);
        Options = await _query.OptionsAsync(Resolved, cancellationToken);
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Timeline = await _query.PageAsync(Resolved, cancellationToken);
        // Paragraphs are ranked, not dated: listed once, beside the first page of days.
        if (Filter.Before is null)
            Paragraphs = await _query.ParagraphFindsAsync(Resolved, cancellationToken);
        return Page();
    }
}
