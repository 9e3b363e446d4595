namespace Briefings.Web.Tests;

public sealed class ArticlePageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;
    private int _id;

    public ArticlePageTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        await _factory.StoreAsync(Sample.Full("article.txt"));
        _id = await _factory.IdOfAsync("article.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheArticlePageShowsItsMetadata()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        Assert.Equal("Kyiv briefing", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("The Paper", page.QuerySelector("dd.publisher")?.TextContent);
        Assert.Equal("2024-11-13", page.QuerySelector("dd.published time")?.GetAttribute("datetime"));
        Assert.Equal("AFP", page.QuerySelector("dd.wire")?.TextContent);
    }

    [Fact]
    public async Task SectionsHaveHeadingsAndPerspectiveLabels()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        Assert.Equal(["On the front", "Diplomacy"], page.QuerySelectorAll("section.part h2").Select(h => h.TextContent).ToList());
        Assert.Equal("WESTERN PERSPECTIVE", page.QuerySelector("#s0 .perspective")?.TextContent);
        Assert.Null(page.QuerySelector("#s1 .perspective"));
    }

    [Fact]
    public async Task ParagraphsHaveStableAnchorsAndCaptionsAreCaptions()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        Assert.Equal(["p0", "p1", "p2", "p3"], page.QuerySelectorAll("section.part [id^=p]").Select(p => p.Id).ToList());
        Assert.Equal("Smoke over Kharkiv. Picture: AFP", page.QuerySelector("figure#p2 figcaption")?.TextContent);
        Assert.Contains("Володимир Зеленський", page.QuerySelector("p#p0")?.TextContent);
        Assert.NotNull(page.QuerySelector("#s1 p#p3"));
    }

    [Fact]
    public async Task TheOriginalAndTheRawFileAreLinked()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        var original = page.QuerySelector("a.original");
        Assert.Equal("https://example.org/kyiv", original?.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", original?.GetAttribute("rel"));
        Assert.Equal($"/articles/{_id}/file", page.QuerySelector("a.source")?.GetAttribute("href"));
    }

    [Fact]
    public async Task LinesDroppedAsSiteChromeAreListedOnDemand()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        Assert.Equal(["SITE MENU"], page.QuerySelectorAll("details.chrome li").Select(li => li.TextContent).ToList());
    }

    [Fact]
    public async Task TheSourceIsTheRawFileAsPlainText()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync($"/articles/{_id}/source");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("SITE MENU\nKyiv briefing", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownArticleIsANotFoundPage()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/articles/424242");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not found", page.QuerySelector("main h1")?.TextContent);
    }
}
