using System.Net;
using AngleSharp.Html.Parser;

namespace Briefings.Web.Tests;

public sealed class EntityPageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;
    private int _peskov;
    private int _moscow;

    public EntityPageTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        await _factory.StoreAsync(EntitySample.Peskov(), EntitySample.Moscow());
        _peskov = await _factory.IdOfAsync("peskov.txt");
        _moscow = await _factory.IdOfAsync("moscow.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheEntityPageShowsNameTypeRoleAndTheAffiliationChain()
    {
        var page = await _factory.GetPageAsync("/entities/dmitry-peskov");
        Assert.Equal("Dmitry Peskov", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("Person", page.QuerySelector(".type-tag")?.TextContent.Trim());
        Assert.Equal("Kremlin spokesperson", page.QuerySelector(".role")?.TextContent);
        var chain = page.QuerySelectorAll("ol.chain a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Kremlin", "/entities/kremlin"), ("Russia", "/entities/russia")], chain);
    }

    [Fact]
    public async Task TheFormsItWasSeenUnderAreListed()
    {
        var page = await _factory.GetPageAsync("/entities/dmitry-peskov");
        Assert.Equal(["Mr Peskov", "Peskov"], page.QuerySelectorAll("ul.forms li").Select(li => li.TextContent).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task MentionsAreListedByPublicationDayNewestFirstLinkingToTheirParagraphs()
    {
        var page = await _factory.GetPageAsync("/entities/dmitry-peskov");
        Assert.Equal(["day-2024-11-13", "day-2024-11-12"], page.QuerySelectorAll("section.mention-day").Select(s => s.Id).ToList());
        var links = page.QuerySelectorAll(".hit-source a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/articles/{_moscow}#p0", $"/articles/{_peskov}#p0", $"/articles/{_peskov}#p2"], links);
        Assert.Equal("Mr Peskov", page.QuerySelector("#day-2024-11-12 .snippet mark")?.TextContent);
        Assert.Contains("<script>", page.QuerySelectorAll("#day-2024-11-12 .snippet")[1].TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main script"));
    }

    [Fact]
    public async Task TheArticlesAndOutletsThatNameItAreListed()
    {
        var page = await _factory.GetPageAsync("/entities/dmitry-peskov");
        Assert.Equal([$"/articles/{_moscow}", $"/articles/{_peskov}"], page.QuerySelectorAll(".entity-articles a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal(["Daily Wire", "Other Paper"], page.QuerySelectorAll(".outlets .outlet").Select(o => o.TextContent).Order(StringComparer.Ordinal).ToList());
        Assert.Equal("4 times in 2 articles from 2 outlets", page.QuerySelector("dd.counts")?.TextContent);
    }

    [Fact]
    public async Task TheEntitiesNamedWithItAreCountedByParagraphAndArticle()
    {
        var page = await _factory.GetPageAsync("/entities/dmitry-peskov");
        var companions = page.QuerySelectorAll(".companions li")
            .ToDictionary(li => li.QuerySelector("a")!.TextContent, li => li.QuerySelector(".count")!.TextContent);
        Assert.Equal("2 paragraphs · 2 articles", companions["Kremlin"]);
        Assert.Equal("1 paragraph · 1 article", companions["Moscow"]);
        Assert.Equal("1 article", companions["Sudzha"]);
        Assert.Equal("Kremlin", page.QuerySelector(".companions li a")?.TextContent);
        Assert.DoesNotContain("Dmitry Peskov", companions.Keys);
    }

    [Fact]
    public async Task WhatItSaidIsListedWithTheDenialMarked()
    {
        var page = await _factory.GetPageAsync("/entities/dmitry-peskov");
        var claim = page.QuerySelector(".said li.claim");
        Assert.Equal("Denial", claim?.QuerySelector(".stance-deny")?.TextContent);
        Assert.Equal($"/articles/{_peskov}#p0", claim?.QuerySelector(".note-link a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AnOrganisationListsWhoBelongsToIt()
    {
        var page = await _factory.GetPageAsync("/entities/kremlin");
        Assert.Equal(["Dmitry Peskov"], page.QuerySelectorAll(".members a").Select(a => a.TextContent).ToList());
        Assert.Equal(["Russia"], page.QuerySelectorAll("ol.chain a").Select(a => a.TextContent).ToList());
    }

    [Fact]
    public async Task APlaceShowsItsCountryRegionAndCoordinates()
    {
        var page = await _factory.GetPageAsync("/entities/sudzha");
        Assert.Equal("/regions/russia", page.QuerySelector("dd.country a")?.GetAttribute("href"));
        Assert.Equal("/regions/kursk-oblast", page.QuerySelector("dd.region a")?.GetAttribute("href"));
        Assert.Equal("51.19° N, 35.27° E", page.QuerySelector("dd.coordinates")?.TextContent);
    }

    [Theory]
    [InlineData("dmitry-peskov", "/?actor=dmitry-peskov")]
    [InlineData("kremlin", "/?actor=kremlin")]
    [InlineData("sudzha", "/?region=sudzha")]
    [InlineData("kursk-oblast", "/?region=kursk-oblast")]
    [InlineData("russia", "/?region=russia")]
    public async Task TheTimelineLinkFiltersByActorForActorsAndByRegionForPlaces(string slug, string href)
    {
        var page = await _factory.GetPageAsync($"/entities/{slug}");
        Assert.Equal(href, page.QuerySelector("a.timeline-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AnUnknownSlugIsANotFoundPage()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/entities/no-such-person");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not found", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task TheIndexGroupsEntitiesByTypeWithCounts()
    {
        var page = await _factory.GetPageAsync("/entities");
        Assert.Equal(["person", "organisation", "country", "region", "place"], page.QuerySelectorAll("section.type-group").Select(s => s.Id).ToList());
        Assert.Equal("2", page.QuerySelector("#place h2 .count")?.TextContent);
        var peskov = page.QuerySelector("#person li");
        Assert.Equal("/entities/dmitry-peskov", peskov?.QuerySelector("a.ent-person")?.GetAttribute("href"));
        Assert.Equal("2 articles", peskov?.QuerySelector(".count")?.TextContent);
    }

    [Fact]
    public async Task TheIndexIsSearchedByPartOfAName()
    {
        var page = await _factory.GetPageAsync("/entities?q=pes");
        Assert.Equal(["Dmitry Peskov"], page.QuerySelectorAll(".entity-list a").Select(a => a.TextContent).ToList());
        Assert.Equal("pes", page.QuerySelector("input#q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task APercentSignInTheSearchIsTakenLiterally()
    {
        var page = await _factory.GetPageAsync("/entities?q=%25");
        Assert.Empty(page.QuerySelectorAll(".entity-list a"));
        Assert.NotNull(page.QuerySelector("p.empty"));
    }
}
