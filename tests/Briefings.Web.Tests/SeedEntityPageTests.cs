using Briefings.Ingestion.Entities;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Tests;

/// <summary>The entity, region and article pages over the real seeds through the real pipeline.</summary>
public sealed class SeedEntityPageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public SeedEntityPageTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        using (_factory.NewDb())
        {
        }
        await _factory.Ingestion.IngestAsync([Repo.Seeds]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task VladimirPutinsPageListsSeveralArticlesAndHisChain()
    {
        var page = await _factory.GetPageAsync("/entities/vladimir-putin");
        Assert.Equal("Vladimir Putin", page.QuerySelector("main h1")?.TextContent);
        Assert.True(page.QuerySelectorAll(".entity-articles li").Length >= 3);
        Assert.True(page.QuerySelectorAll(".hit").Length >= 5);
        Assert.Equal("Kremlin", page.QuerySelector("ol.chain a")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".companions li"));
    }

    [Fact]
    public async Task KurskOblastHasARegionPageWithItsPlaces()
    {
        var page = await _factory.GetPageAsync("/regions/kursk-oblast");
        Assert.Equal("Kursk Oblast", page.QuerySelector("main h1")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".area-places ul.places a.ent-place"));
        Assert.Equal("/?region=kursk-oblast", page.QuerySelector("a.timeline-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task RussiaAndUkraineAreOnTheRegionsIndex()
    {
        var page = await _factory.GetPageAsync("/regions");
        var countries = page.QuerySelectorAll(".country-card h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/regions/russia", countries);
        Assert.Contains("/regions/ukraine", countries);
    }

    [Fact]
    public async Task EveryEntityAndAreaPageRendersAndEverySeedArticleMarksItsEntities()
    {
        List<string> slugs;
        List<int> articles;
        using (var db = _factory.NewDb())
        {
            slugs = await db.Entities.Where(e => e.Type == EntityType.Country || e.Type == EntityType.Region)
                .Select(e => e.Slug).ToListAsync();
            articles = await db.Articles.Select(a => a.Id).ToListAsync();
            var all = await db.Entities.Select(e => e.Slug).ToListAsync();
            foreach (var slug in all)
                Assert.NotNull((await _factory.GetPageAsync($"/entities/{slug}")).QuerySelector("main h1"));
        }
        foreach (var slug in slugs)
            Assert.NotNull((await _factory.GetPageAsync($"/regions/{slug}")).QuerySelector("main h1"));
        foreach (var id in articles)
        {
            var page = await _factory.GetPageAsync($"/articles/{id}");
            Assert.NotEmpty(page.QuerySelectorAll("section.part a.ent"));
            Assert.NotEmpty(page.QuerySelectorAll("aside li.claim, aside li.event"));
        }
    }
}
