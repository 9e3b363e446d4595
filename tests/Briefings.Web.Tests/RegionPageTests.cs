using System.Net;

namespace Briefings.Web.Tests;

public sealed class RegionPageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;
    private int _peskov;

    public RegionPageTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        await _factory.StoreAsync(EntitySample.Peskov(), EntitySample.Moscow());
        _peskov = await _factory.IdOfAsync("peskov.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheRegionsIndexListsTheCountriesNamedWithTheirMentions()
    {
        var page = await _factory.GetPageAsync("/regions");
        var card = Assert.Single(page.QuerySelectorAll(".country-card"));
        Assert.Equal("/regions/russia", card.QuerySelector("h2 a")?.GetAttribute("href"));
        // Russia once, Kursk Oblast once, Sudzha once, Moscow once.
        Assert.Equal("4 mentions", card.QuerySelector(".mentions")?.TextContent);
    }

    [Fact]
    public async Task ACountryPageListsItsRegionsAndThePlacesInEach()
    {
        var page = await _factory.GetPageAsync("/regions/russia");
        Assert.Equal("Russia", page.QuerySelector("main h1")?.TextContent);
        var blocks = page.QuerySelectorAll(".region-block")
            .ToDictionary(b => b.QuerySelector("h3 a, h3 .ent-unknown")!.TextContent, b => b.QuerySelectorAll(".places a").Select(a => a.TextContent).ToList());
        Assert.Equal(["Sudzha"], blocks["Kursk Oblast"]);
        Assert.Equal(["Moscow"], blocks["Moscow City"]);
        Assert.Equal("/regions/kursk-oblast", page.QuerySelector(".region-block h3 a[href^='/regions/']")?.GetAttribute("href"));
        Assert.Equal("/?region=russia", page.QuerySelector("a.timeline-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ARegionPageListsItsPlacesAndItsRecentEvents()
    {
        var page = await _factory.GetPageAsync("/regions/kursk-oblast");
        Assert.Equal(["Sudzha"], page.QuerySelectorAll(".area-places ul.places a").Select(a => a.TextContent).ToList());
        Assert.Equal("/regions/russia", page.QuerySelector(".crumbs a[href='/regions/russia']")?.GetAttribute("href"));
        var ev = Assert.Single(page.QuerySelectorAll(".area-events li.event"));
        Assert.Equal("Shelling hit Sudzha", ev.QuerySelector(".note-text")?.TextContent);
        Assert.Equal("2024-11-11", ev.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal($"/articles/{_peskov}#p1", ev.QuerySelector(".note-link a")?.GetAttribute("href"));
        Assert.Equal("/?region=kursk-oblast", page.QuerySelector("a.timeline-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task APlaceSlugLeadsToItsEntityPageAndAPersonIsNoRegion()
    {
        using var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var place = await client.GetAsync("/regions/sudzha");
        Assert.Equal(HttpStatusCode.Redirect, place.StatusCode);
        Assert.Equal("/entities/sudzha", place.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/regions/dmitry-peskov")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/regions/atlantis")).StatusCode);
    }
}
