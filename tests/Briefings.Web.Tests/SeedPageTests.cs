using System.Text;

namespace Briefings.Web.Tests;

/// <summary>The seeds through the real pipeline and the real pages. Only what does not depend on the parser stages is asserted until they land.</summary>
public sealed class SeedPageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public SeedPageTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        using (_factory.NewDb())
        {
        }
        await _factory.Ingestion.IngestAsync([Repo.Seeds]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EverySeedIsOnTheTimelineLinkingToItsPage()
    {
        var page = await _factory.GetPageAsync("/");
        var links = page.QuerySelectorAll(".day-articles a.article-link").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var file in Repo.SeedFiles.Select(Path.GetFileName))
            Assert.Contains($"/articles/{await _factory.IdOfAsync(file!)}", links);
        Assert.Equal(Repo.SeedFiles.Count, page.QuerySelectorAll(".day-articles li").Length);
    }

    [Fact]
    public async Task EverySeedsSourceIsTheFileAsIngested()
    {
        using var client = _factory.CreateClient();
        foreach (var file in Repo.SeedFiles)
        {
            var id = await _factory.IdOfAsync(Path.GetFileName(file));
            var served = await client.GetStringAsync($"/articles/{id}/source");
            var expected = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.Equal(expected, served);
        }
    }

    [Fact]
    public async Task EverySeedsArticlePageRenders()
    {
        foreach (var file in Repo.SeedFiles)
        {
            var page = await _factory.GetPageAsync($"/articles/{await _factory.IdOfAsync(Path.GetFileName(file))}");
            Assert.NotNull(page.QuerySelector("main h1"));
            Assert.NotNull(page.QuerySelector("a.source"));
        }
    }

    // The gold dates (shared/gold/seeds.gold.json); on when the date stages land.
    [Theory]
    [InlineData("000_9fc30b147b2efa01.txt", "2024-11-11", "2024-11-12")]
    [InlineData("001_2676ac6e10ecbea7.txt", "2024-11-12", "2024-11-12")]
    [InlineData("002_7ffaee336a8ab785.txt", "2024-11-05", "2024-11-05")]
    [InlineData("003_ecf4298ded250b59.txt", "2024-11-04", "2024-11-05")]
    [InlineData("004_c8b5b4e66d6dd788.txt", "2024-11-13", "2024-11-13")]
    public async Task TheFiveSeedArticlesAreOnTheirDays(string file, string earliest, string latest)
    {
        var page = await _factory.GetPageAsync("/");
        var id = await _factory.IdOfAsync(file);
        var day = page.QuerySelector($"#a{id}")?.Closest("section.day")?.Id;
        Assert.NotNull(day);
        Assert.InRange(day!, $"day-{earliest}", $"day-{latest}");
    }

    [Fact]
    public async Task TheFirstSeedsPageShowsItsSectionsAndOriginalLink()
    {
        var page = await _factory.GetPageAsync($"/articles/{await _factory.IdOfAsync("000_9fc30b147b2efa01.txt")}");
        var headings = page.QuerySelectorAll("section.part h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["KREMLIN DENIES REPORTED CALL BETWEEN PUTIN-TRUMP", "RUSSIAN STRIKES ON UKRAINE CONTINUE", "50K RUSSIAN AND NKOREA TROOPS COMBINE"], headings.Take(3));
        Assert.StartsWith("https://www.dailytelegraph.com.au/news/world/", page.QuerySelector("a.original")?.GetAttribute("href"));
    }
}
