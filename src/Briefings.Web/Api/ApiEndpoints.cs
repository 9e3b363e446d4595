using System.Text.Json.Serialization;
using Briefings.Web.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Briefings.Web.Api;

/// <summary>
/// The JSON API under /api (read only, the timeline's parameters and paging), its OpenAPI document
/// at /openapi/v1.json and the health check at /healthz.
/// </summary>
public static class ApiEndpoints
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddBriefingsApi(this IServiceCollection services)
    {
        services.AddScoped<ApiQuery>();
        services.AddProblemDetails();
        // Enums as words ("Week", "Deny"): a number would mean nothing to a reader of the JSON.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(DocumentName, o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Briefings API";
            document.Info.Description = "What the ingested news files report, as JSON, Atom and CSV. Every list takes the timeline's parameters.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IEndpointRouteBuilder MapBriefingsApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapHealthChecks("/healthz");

        var api = app.MapGroup("/api").WithTags("Lists");
        api.MapGet("/events", (HttpContext c, TimelineQuery t, ApiQuery q, CancellationToken ct) => ListAsync(c, t, r => q.EventsAsync(r, c.Request, ct), ct))
            .WithName("ListEvents").WithSummary("Events")
            .WithDescription("What happened, as each article tells it, by the event's own date, newest first.")
            .WithFilterParameters(paged: true);
        api.MapGet("/stories", (HttpContext c, TimelineQuery t, ApiQuery q, CancellationToken ct) => ListAsync(c, t, r => q.StoriesAsync(r, c.Request, ct), ct))
            .WithName("ListStories").WithSummary("Stories")
            .WithDescription("Happenings told by one or more articles, with a matching event, by the story's own date, newest first.")
            .WithFilterParameters(paged: true);
        api.MapGet("/articles", (HttpContext c, TimelineQuery t, ApiQuery q, CancellationToken ct) => ListAsync(c, t, r => q.ArticlesAsync(r, c.Request, ct), ct))
            .WithName("ListArticles").WithSummary("Articles")
            .WithDescription("Articles published in the date range; with region, actor or q, the articles that tell a matching event.")
            .WithFilterParameters(paged: true);
        api.MapGet("/entities", (HttpContext c, TimelineQuery t, ApiQuery q, CancellationToken ct) => ListAsync(c, t, r => q.EntitiesAsync(r, c.Request, ct), ct))
            .WithName("ListEntities").WithSummary("Entities")
            .WithDescription("People, organisations and places by name; with any filter, those that take part in a matching event.")
            .WithFilterParameters(paged: true);
        api.MapGet("/claims", (HttpContext c, TimelineQuery t, ApiQuery q, CancellationToken ct) => ListAsync(c, t, r => q.ClaimsAsync(r, c.Request, ct), ct))
            .WithName("ListClaims").WithSummary("Claims")
            .WithDescription("Attributed statements: actor is the speaker, region a place their paragraph names, the dates the day said (else published), q the text.")
            .WithFilterParameters(paged: true);

        // An unknown address under /api answers in the API's own terms; GET only, so a wrong method stays a 405.
        api.MapFallback(() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such list.",
                detail: "The lists are /api/events, /api/stories, /api/articles, /api/entities and /api/claims; /openapi/v1.json describes them."))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<ApiPage<T>>, ValidationProblem>> ListAsync<T>(HttpContext context, TimelineQuery timeline,
        Func<ApiRequest, Task<ApiPage<T>>> list, CancellationToken cancellationToken)
    {
        var (request, problem) = await ApiRequest.ReadAsync(context, timeline, cancellationToken);
        if (problem is not null)
            return problem;
        return TypedResults.Ok(await list(request!));
    }
}
