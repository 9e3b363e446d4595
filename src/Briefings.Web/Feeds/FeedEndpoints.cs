using Briefings.Web.Api;
using Briefings.Web.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Briefings.Web.Feeds;

/// <summary>The timeline as an Atom feed (/feed.atom) and as CSV (/events.csv), with the timeline's parameters.</summary>
public static class FeedEndpoints
{
    /// <summary>Feed readers want what is new, not the archive.</summary>
    public const int FeedEntries = 50;

    /// <summary>A bound on one export, far above a real corpus, so one request cannot stream forever.</summary>
    public const int MaxCsvRows = 100_000;

    public static IServiceCollection AddBriefingsFeeds(this IServiceCollection services) => services.AddScoped<FeedQuery>();

    public static IEndpointRouteBuilder MapBriefingsFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", FeedAsync)
            .WithName("Feed").WithTags("Feeds").WithSummary("Atom feed")
            .WithDescription($"The newest {FeedEntries} matching events, each linking to its paragraph.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .WithFilterParameters(paged: false);
        app.MapGet("/events.csv", CsvAsync)
            .WithName("EventsCsv").WithTags("Feeds").WithSummary("Events as CSV")
            .WithDescription("Every matching event in ACLED-like columns: event_date, actors, country, admin1, location, latitude, longitude, source, source_url, notes.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithFilterParameters(paged: false);
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> FeedAsync(HttpContext context, TimelineQuery timeline, FeedQuery feed, CancellationToken cancellationToken)
    {
        var (filter, problem) = await ApiRequest.ReadFilterAsync(context, timeline, cancellationToken);
        if (problem is not null)
            return problem;
        var request = context.Request;
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var query = filter!.Filter.ToQueryString();
        var title = filter.Filter.IsEmpty ? "Briefings: the timeline" : "Briefings: the timeline, " + Describe(filter);
        var header = new AtomFeed.Header(root + "/feed.atom" + query, root + "/" + query, title, TimeProvider.System.GetUtcNow());
        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await AtomFeed.WriteAsync(context.Response.Body, header, root, feed.EventsAsync(filter, FeedEntries), cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> CsvAsync(HttpContext context, TimelineQuery timeline, FeedQuery feed, CancellationToken cancellationToken)
    {
        var (filter, problem) = await ApiRequest.ReadFilterAsync(context, timeline, cancellationToken);
        if (problem is not null)
            return problem;
        var countries = await feed.CountryNamesAsync(cancellationToken);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"events.csv\"";
        await EventsCsv.WriteAsync(context.Response.Body, countries, feed.EventsAsync(filter!, MaxCsvRows), cancellationToken);
        return TypedResults.Empty;
    }

    /// <summary>"Kharkiv Oblast, Russia with affiliates, from 2024-11-01, “drones”".</summary>
    private static string Describe(ResolvedFilter filter)
    {
        var parts = new List<string>();
        if (filter.Region is { } region)
            parts.Add(region.Name);
        if (filter.Actor is { } actor)
            parts.Add(filter.Filter.Affiliates ? actor.Name + " with affiliates" : actor.Name);
        if (filter.Filter.From is { } from)
            parts.Add("from " + Pages.Display.Iso(from));
        if (filter.Filter.To is { } to)
            parts.Add("to " + Pages.Display.Iso(to));
        if (filter.Filter.Q is { } q)
            parts.Add($"“{q}”");
        return string.Join(", ", parts);
    }
}
