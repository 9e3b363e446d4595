using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Briefings.Web.Tests;

/// <summary>The app with tiny rate limits from configuration, so that a test can meet them.</summary>
public sealed class TightLimitsFactory : BriefingsFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimits:ApiPermitsPerMinute"] = "3",
        ["RateLimits:SearchPermitsPerMinute"] = "2",
    };
}

/// <summary>Rate limits on the API and on search: 429 with Retry-After once used up, the rest of the site untouched.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task TheApiAnswers429WithRetryAfterAndAProblemOnceItsPermitsAreUsed()
    {
        using var factory = new TightLimitsFactory();
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/entities")).StatusCode);
        var refused = await client.GetAsync("/api/events");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/events.csv")).StatusCode);
    }

    [Fact]
    public async Task SearchingThePagesAnswers429WithTheSitesPageWhileBrowsingGoesOn()
    {
        using var factory = new TightLimitsFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?q=strike")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?q=depot")).StatusCode);
        var refused = await client.GetAsync("/?q=drones");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Too many requests", page.QuerySelector("main h1")?.TextContent);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task TheDefaultLimitsAreGenerous()
    {
        using var factory = new BriefingsFactory();
        using var client = factory.CreateClient();
        for (var i = 0; i < 30; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events?q=anything")).StatusCode);
    }
}
