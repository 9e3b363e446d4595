using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefings.Web.Tests;

/// <summary>The JSON API: every list with the timeline's filters, paging, and 400 ProblemDetails naming the bad parameter.</summary>
public sealed class ApiTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public ApiTests(BriefingsFactory factory) => _factory = factory;

    public Task InitializeAsync() => ApiSample.StoreAsync(_factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<JsonElement> GetAsync(string path) => _factory.GetJsonAsync(path);

    [Fact]
    public async Task EventsAreFilteredByRegionActorDatesAndText()
    {
        Assert.Equal([ApiSample.SecondStrike, ApiSample.Strike], (await GetAsync("/api/events?region=vorinsk-oblast")).Strings("text"));
        Assert.Equal([ApiSample.Fighting], (await GetAsync("/api/events?region=russia")).Strings("text"));
        Assert.Equal([ApiSample.SecondStrike, ApiSample.Strike], (await GetAsync("/api/events?actor=russia")).Strings("text"));
        Assert.Equal([ApiSample.SecondStrike, ApiSample.Denial, ApiSample.Strike], (await GetAsync("/api/events?actor=russia&affiliates=true")).Strings("text"));
        Assert.Equal([ApiSample.Denial, ApiSample.Strike, ApiSample.Aid], (await GetAsync("/api/events?from=2031-03-10&to=2031-03-10")).Strings("text"));
        // The denial is found by its paragraph's claim ("… that any depot was hit").
        Assert.Equal([ApiSample.Denial, ApiSample.Strike], (await GetAsync("/api/events?q=DEPOT")).Strings("text"));
        Assert.Equal([ApiSample.Strike], (await GetAsync("/api/events?q=depot+missiles")).Strings("text"));
    }

    [Fact]
    public async Task AnEventNamesItsActorsPlacesAndTheParagraphItWasReadFrom()
    {
        var page = await GetAsync("/api/events?q=depot+missile");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("2031-03-10", item.GetProperty("date").GetString());
        Assert.Equal("Day", item.GetProperty("precision").GetString());
        Assert.Equal("russia", Assert.Single(item.GetProperty("actors").EnumerateArray()).GetProperty("slug").GetString());
        Assert.Equal("Vorinsk", Assert.Single(item.GetProperty("places").EnumerateArray()).GetProperty("name").GetString());
        var source = item.GetProperty("source");
        var id = await _factory.IdOfAsync("ledger.txt");
        Assert.Equal($"/articles/{id}#p0", source.GetProperty("link").GetString());
        Assert.Equal("The Ledger", source.GetProperty("outlet").GetString());
        Assert.Equal("https://ledger.example/vorinsk", source.GetProperty("original").GetString());
    }

    [Fact]
    public async Task AnArticleWithoutAPublisherIsNamedByItsWireNeverByItsFileName()
    {
        var page = await GetAsync("/api/events?q=drones");
        var source = Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("source");
        Assert.Equal("Wire Agency", source.GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("original").ValueKind);
    }

    [Fact]
    public async Task PagesFollowEachOtherByTheirNextLinkAndKeepTheFilter()
    {
        var first = await GetAsync("/api/events?region=ukraine&pageSize=1");
        Assert.Equal(2, first.GetProperty("total").GetInt32());
        Assert.Single(first.GetProperty("items").EnumerateArray());
        var next = first.GetProperty("next").GetString()!;
        Assert.Equal("/api/events?region=ukraine&page=2&pageSize=1", next);
        var second = await GetAsync(next);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.NotEqual(first.Strings("text"), second.Strings("text"));
    }

    [Fact]
    public async Task StoriesAreThoseWithAMatchingEvent()
    {
        var page = await GetAsync("/api/stories?region=vorinsk");
        var story = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Strikes on Vorinsk", story.GetProperty("title").GetString());
        Assert.Equal(2, story.GetProperty("eventIds").GetArrayLength());
        Assert.Empty((await GetAsync("/api/stories?actor=ukraine")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ArticlesAreThosePublishedInTheRangeOrTellingAMatchingEvent()
    {
        Assert.Equal(["Strikes on Vorinsk", "Vorinsk again"], (await GetAsync("/api/articles")).Strings("title"));
        Assert.Equal(["Vorinsk again"], (await GetAsync("/api/articles?from=2031-03-12")).Strings("title"));
        Assert.Equal(["Strikes on Vorinsk"], (await GetAsync("/api/articles?q=belomor")).Strings("title"));
        var ledger = Assert.Single((await GetAsync("/api/articles?actor=ukraine")).GetProperty("items").EnumerateArray());
        Assert.Equal(4, ledger.GetProperty("events").GetInt32());
        Assert.Equal(2, ledger.GetProperty("claims").GetInt32());
    }

    [Fact]
    public async Task EntitiesAreAllOfThemOrThoseTakingPartInMatchingEvents()
    {
        Assert.Contains("kremlin", (await GetAsync("/api/entities?pageSize=200")).Strings("slug"));
        Assert.Equal(["belomor", "ukraine"], (await GetAsync("/api/entities?region=russia")).Strings("slug"));
        var place = Assert.Single((await GetAsync("/api/entities?q=depot&region=vorinsk")).GetProperty("items").EnumerateArray(), e => e.GetProperty("slug").GetString() == "vorinsk");
        Assert.Equal("Place", place.GetProperty("type").GetString());
        Assert.Equal("/entities/vorinsk", place.GetProperty("link").GetString());
    }

    [Fact]
    public async Task ClaimsAreFilteredBySpeakerPlaceNamedDatesAndText()
    {
        const string denial = "Dorn denied that any depot was hit.";
        const string governor = "The governor said fires burned in Vorinsk.";
        Assert.Equal([denial], (await GetAsync("/api/claims?actor=ivan-dorn")).Strings("text"));
        Assert.Empty((await GetAsync("/api/claims?actor=russia")).GetProperty("items").EnumerateArray());
        Assert.Equal([denial], (await GetAsync("/api/claims?actor=russia&affiliates=true")).Strings("text"));
        Assert.Equal([governor], (await GetAsync("/api/claims?region=vorinsk-oblast")).Strings("text"));
        Assert.Equal([denial], (await GetAsync("/api/claims?q=depot")).Strings("text"));
        Assert.Equal([denial, governor], (await GetAsync("/api/claims?from=2031-03-10&to=2031-03-10")).Strings("text"));
        Assert.Empty((await GetAsync("/api/claims?from=2031-03-11")).GetProperty("items").EnumerateArray());
        var claim = (await GetAsync("/api/claims?actor=ivan-dorn")).GetProperty("items")[0];
        Assert.Equal("Deny", claim.GetProperty("stance").GetString());
    }

    [Theory]
    [InlineData("/api/events", "region=nowhere", "region")]
    [InlineData("/api/stories", "actor=vorinsk", "actor")]
    [InlineData("/api/articles", "from=2031-02-30", "from")]
    [InlineData("/api/entities", "to=yesterday", "to")]
    [InlineData("/api/claims", "from=2031-03-12&to=2031-03-01", "from")]
    [InlineData("/api/events", "region=Not%20A%20Slug", "region")]
    [InlineData("/api/events", "affiliates=perhaps", "affiliates")]
    [InlineData("/api/events", "page=0", "page")]
    [InlineData("/api/claims", "pageSize=201", "pageSize")]
    [InlineData("/api/articles", "pageSize=ten", "pageSize")]
    [InlineData("/api/entities", "region=vorinsk&region=belomor", "region")]
    public async Task ABadValueAnswers400WithProblemDetailsNamingTheParameter(string path, string query, string parameter)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path + "?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), $"errors: {errors}");
        Assert.Contains($"“{parameter}”", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryTooLongToSearchIsA400NamingQ()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/api/events?q=" + new string('a', 201));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task AnUnknownListAnswers404InTheApisOwnTerms()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
