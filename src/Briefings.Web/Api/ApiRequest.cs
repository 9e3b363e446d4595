using System.Globalization;
using Briefings.Web.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Briefings.Web.Api;

/// <summary>
/// A list request: the timeline's own filter (<see cref="TimelineFilter"/>, resolved against the
/// store by <see cref="TimelineQuery"/>) and the page, <c>page</c> from 1 and <c>pageSize</c> up to
/// <see cref="MaxPageSize"/>. Every bad value becomes a 400 ProblemDetails whose <c>errors</c> are
/// keyed by the parameter, with the same sentences the timeline page shows.
/// </summary>
public sealed record ApiRequest(ResolvedFilter Filter, int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Far past any real corpus; keeps the offset arithmetic safe.</summary>
    public const int MaxPage = 100_000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The request, or the problem that answers it instead.</summary>
    public static async Task<(ApiRequest? Request, ValidationProblem? Problem)> ReadAsync(HttpContext context, TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        var filter = TimelineFilter.Read(context.Request.Query, problems);
        var page = Number(context.Request.Query, "page", 1, MaxPage, 1, problems);
        var pageSize = Number(context.Request.Query, "pageSize", 1, MaxPageSize, DefaultPageSize, problems);
        var resolved = await query.ResolveAsync(filter, problems, cancellationToken);
        return problems.Count > 0 ? (null, Problem(problems)) : (new ApiRequest(resolved, page, pageSize), null);
    }

    /// <summary>The filter alone (the feed and the CSV are not paged), or the problem.</summary>
    public static async Task<(ResolvedFilter? Filter, ValidationProblem? Problem)> ReadFilterAsync(HttpContext context, TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        var filter = TimelineFilter.Read(context.Request.Query, problems);
        var resolved = await query.ResolveAsync(filter, problems, cancellationToken);
        return problems.Count > 0 ? (null, Problem(problems)) : (resolved, null);
    }

    /// <summary>A 400 whose errors name each parameter (“query” for a sentence about none).</summary>
    public static ValidationProblem Problem(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = problems.GroupBy(p => TimelineFilter.ParameterOf(p) ?? "query", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(errors, detail: string.Join(" ", problems), title: "Some query parameters are wrong.");
    }

    /// <summary>The page of <paramref name="items"/> with the address of the next one when more match.</summary>
    public ApiPage<T> ToPage<T>(HttpRequest request, IReadOnlyList<T> items, int total)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? next = null;
        if ((long)Page * PageSize < total)
        {
            var query = Filter.Filter.ToQueryString();
            next = request.PathBase + request.Path + query + (query.Length == 0 ? "?" : "&")
                + string.Create(CultureInfo.InvariantCulture, $"page={Page + 1}&pageSize={PageSize}");
        }
        return new ApiPage<T>(items, Page, PageSize, total, next);
    }

    private static int Number(IQueryCollection query, string name, int min, int max, int absent, List<string> problems)
    {
        if (!query.TryGetValue(name, out var values))
            return absent;
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (given.Count == 0)
            return absent;
        if (given.Count > 1)
        {
            problems.Add($"“{name}” is given {given.Count} times; give it once.");
            return absent;
        }
        if (int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            return number;
        var shown = given[0].Length <= 20 ? given[0] : given[0][..20] + "…";
        problems.Add($"“{name}” must be a whole number from {min} to {max}; “{shown}” is not one.");
        return absent;
    }
}
