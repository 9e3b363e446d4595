using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Briefings.Web.Security;

/// <summary>The permits per client and minute, from the "RateLimits" section: generous, so only a runaway script meets them.</summary>
public sealed class RateLimitSettings
{
    /// <summary>/api/*, the OpenAPI document, the feed and the CSV.</summary>
    public int ApiPermitsPerMinute { get; set; } = 600;

    /// <summary>Any request with a search (<c>q</c>): each one scans text.</summary>
    public int SearchPermitsPerMinute { get; set; } = 120;
}

/// <summary>
/// Rate limits by client address: one window for the machine-facing addresses, one for searches
/// (both apply to an API search). A refused request gets 429 with Retry-After; the API's in
/// ProblemDetails, a page's through the status-code pages.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddBriefingsRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration("RateLimits");
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>>((o, settings) =>
        {
            var limits = settings.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(c => IsMachineFacing(c.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("api " + Client(c), _ => PerMinute(limits.ApiPermitsPerMinute))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(c => IsSearch(c.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("search " + Client(c), _ => PerMinute(limits.SearchPermitsPerMinute))
                    : RateLimitPartition.GetNoLimiter("")));
            o.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    public static bool IsMachineFacing(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi")
            || request.Path.Equals("/feed.atom", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/events.csv", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsSearch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.TryGetValue("q", out var q) && q.Any(v => !string.IsNullOrWhiteSpace(v));
    }

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api"))
            return;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This address has made too many requests in a minute; try again in {seconds} s.",
            },
        });
    }
}
