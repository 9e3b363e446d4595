using Briefings.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Briefings.Web.Pages.Charts;

/// <summary>
/// Charts of what the timeline shows, for the same query parameters (<see cref="TimelineFilter"/>)
/// and <c>split=region|actor</c>: events per day as stacked bars, and each disputed figure's values
/// by source and date. Drawn as SVG on the server, with a table of the same numbers beside each
/// chart. A bad parameter answers 400 with a sentence per problem, as the timeline does.
/// </summary>
public sealed class IndexModel(TimelineQuery timeline, ChartQuery charts) : PageModel
{
    private readonly TimelineQuery _timeline = timeline;
    private readonly ChartQuery _charts = charts;

    public TimelineFilter Filter { get; private set; } = new();
    public ResolvedFilter? Resolved { get; private set; }
    public ChartSplit Split { get; private set; } = ChartSplit.Region;
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public EventsPerDay? PerDay { get; private set; }
    public IReadOnlyList<FigureChart> Figures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        Filter = TimelineFilter.Read(Request.Query, problems) with { Before = null };
        Split = ReadSplit(problems);
        Resolved = await _timeline.ResolveAsync(Filter, problems, cancellationToken);
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        PerDay = await _charts.EventsPerDayAsync(Resolved, Split, cancellationToken);
        Figures = await _charts.DisputedFiguresAsync(Resolved, cancellationToken);
        return Page();
    }

    private ChartSplit ReadSplit(List<string> problems)
    {
        var given = Request.Query["split"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (given.Count > 1)
        {
            problems.Add($"“split” is given {given.Count} times; give it once, region or actor.");
            return ChartSplit.Region;
        }
        switch (given.SingleOrDefault()?.ToUpperInvariant())
        {
            case null or "REGION":
                return ChartSplit.Region;
            case "ACTOR":
                return ChartSplit.Actor;
            default:
                var value = given[0].Length <= 40 ? given[0] : given[0][..40] + "…";
                problems.Add($"“split” must be region or actor; “{value}” is neither.");
                return ChartSplit.Region;
        }
    }

    /// <summary>This page for the same filter, split another way.</summary>
    public string ChartsLink(ChartSplit split)
    {
        var query = Filter.ToQueryString();
        return split == ChartSplit.Region ? "/charts" + query : "/charts" + (query.Length == 0 ? "?" : query + "&") + "split=actor";
    }

    /// <summary>The timeline of one day, with the rest of the filter kept.</summary>
    public string DayLink(DateOnly day) => "/" + (Filter with { From = day, To = day }).ToQueryString();
}
