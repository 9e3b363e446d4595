namespace Briefings.Web.Tests;

public sealed class TimelinePageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public TimelinePageTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        var older = Sample.Article("older.txt", "Older news", new DateOnly(2024, 11, 4), stated: false, publisher: null, url: "javascript:alert(1)");
        older.Paragraphs.Add(new Briefings.Ingestion.Paragraph(0, "A caption first.", Briefings.Ingestion.ParagraphKind.Caption, null));
        older.Paragraphs.Add(new Briefings.Ingestion.Paragraph(1, "The older lead.", Briefings.Ingestion.ParagraphKind.Body, null));
        var newer = Sample.Article("newer.txt", "Newer news", new DateOnly(2024, 11, 13), stated: true, publisher: "NewsScroll", url: "https://example.org/newer");
        newer.Paragraphs.Add(new Briefings.Ingestion.Paragraph(0, "The newer lead.", Briefings.Ingestion.ParagraphKind.Body, null));
        var sameDay = Sample.Article("same-day.txt", "Also that day", new DateOnly(2024, 11, 13), publisher: "The Paper");
        var undated = Sample.Article("undated.txt", null, null);
        await _factory.StoreAsync(older, newer, sameDay, undated);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DaysWithArticlesButNoEventsAreListedNewestFirstWithUndatedArticlesLast()
    {
        var page = await _factory.GetPageAsync("/");
        var days = page.QuerySelectorAll("main section.day").Select(s => s.Id).ToList();
        Assert.Equal(["day-2024-11-13", "day-2024-11-04", "undated"], days);
        Assert.Equal("2024-11-13", page.QuerySelector("#day-2024-11-13 h2 time")?.GetAttribute("datetime"));
        Assert.Equal(2, page.QuerySelectorAll("#day-2024-11-13 .day-articles li").Length);
        Assert.Empty(page.QuerySelectorAll("article.event"));
    }

    [Fact]
    public async Task EachArticleOfTheDayShowsItsTitleAndOutlet()
    {
        var page = await _factory.GetPageAsync("/");
        var newer = page.QuerySelector($"#a{await _factory.IdOfAsync("newer.txt")}")!;
        Assert.Equal("Newer news", newer.QuerySelector("a.article-link")?.TextContent);
        Assert.Equal("NewsScroll", newer.QuerySelector(".outlet")?.TextContent);
        Assert.Equal("unknown outlet", page.QuerySelector($"#a{await _factory.IdOfAsync("older.txt")} .outlet")?.TextContent);
    }

    [Fact]
    public async Task ArticlesLinkToTheirPageAndOnlyToHttpOriginals()
    {
        var page = await _factory.GetPageAsync("/");
        var newerId = await _factory.IdOfAsync("newer.txt");
        var newer = page.QuerySelector($"#a{newerId}")!;
        Assert.Equal($"/articles/{newerId}", newer.QuerySelector("a.article-link")?.GetAttribute("href"));
        var original = newer.QuerySelector("a.original");
        Assert.Equal("https://example.org/newer", original?.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", original?.GetAttribute("rel"));

        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task AnUntitledArticleIsListedByItsFileName()
    {
        var page = await _factory.GetPageAsync("/");
        Assert.Equal("undated.txt", page.QuerySelector("#undated .day-articles a.article-link")?.TextContent.Trim());
    }
}
