using System.Net.Http.Json;
using System.Text.Json;

namespace Briefings.Web.Tests;

/// <summary>The OpenAPI document and the page that shows it.</summary>
public sealed class OpenApiTests : IClassFixture<BriefingsFactory>
{
    private static readonly string[] Lists = ["/api/events", "/api/stories", "/api/articles", "/api/entities", "/api/claims"];
    private readonly BriefingsFactory _factory;

    public OpenApiTests(BriefingsFactory factory) => _factory = factory;

    [Fact]
    public async Task TheDocumentDescribesEveryListWithTheSharedParametersAndItsAnswers()
    {
        using var client = _factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var list in Lists)
        {
            var get = paths.GetProperty(list).GetProperty("get");
            var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Equal(["region", "actor", "affiliates", "from", "to", "q", "page", "pageSize"], parameters);
            Assert.True(get.GetProperty("responses").TryGetProperty("200", out _), list);
            Assert.True(get.GetProperty("responses").TryGetProperty("400", out _), list);
        }
        var feed = paths.GetProperty("/feed.atom").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.DoesNotContain("page", feed);
        Assert.True(paths.TryGetProperty("/events.csv", out _));
    }

    [Fact]
    public async Task TheApiPageListsTheDocumentsEndpointsAndParametersWithoutScript()
    {
        var page = await _factory.GetPageAsync("/api");
        var endpoints = page.QuerySelectorAll(".api-operation h2 code").Select(c => c.TextContent).ToList();
        foreach (var list in Lists)
            Assert.Contains("GET " + list, endpoints);
        Assert.Contains("GET /feed.atom", endpoints);
        var events = page.QuerySelector("#ListEvents")!;
        Assert.Equal(["region", "actor", "affiliates", "from", "to", "q", "page", "pageSize"], events.QuerySelectorAll("tbody th code").Select(c => c.TextContent));
        Assert.Equal("/openapi/v1.json", page.QuerySelector("a[href='/openapi/v1.json']")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public void EveryProblemSentenceOfTheFilterNamesItsParameter()
    {
        var query = new Microsoft.AspNetCore.Http.QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["region"] = "Bad Slug",
            ["actor"] = new(["a", "b"]),
            ["affiliates"] = "maybe",
            ["from"] = "2031-13-01",
            ["to"] = "soon",
            ["q"] = new string('x', 300),
            ["before"] = "x",
        });
        var problems = new List<string>();
        Queries.TimelineFilter.Read(query, problems);
        Assert.Equal(["actor", "affiliates", "before", "from", "q", "region", "to"], problems.Select(Queries.TimelineFilter.ParameterOf).Order(StringComparer.Ordinal));
    }
}
