using System.Net;
using Briefings.Ingestion;
using Briefings.Web.Pages.Articles;

namespace Briefings.Web.Tests;

/// <summary>The file as ingested, in the site's page, with a paragraph marked where it stands in the file.</summary>
public sealed class RawFilePageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private const string Raw = "THE SHORE POST\n\nFerry resumes\n\nThe ferry across the lake ran again\non Monday after a week of storms.\n\n<b>Tickets</b> cost &amp; more.\n";
    private readonly BriefingsFactory _factory;
    private int _id;

    public RawFilePageTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        var article = Sample.Article("raw-file.txt", "Ferry resumes", new DateOnly(2031, 5, 2), text: Raw);
        article.Paragraphs.Add(new Paragraph(0, "The ferry across the lake ran again on Monday after a week of storms.", ParagraphKind.Body, null));
        article.Paragraphs.Add(new Paragraph(1, "Tickets cost & more.", ParagraphKind.Body, null));
        article.Paragraphs.Add(new Paragraph(2, "A sentence the file never held.", ParagraphKind.Body, null));
        await _factory.StoreAsync(article);
        _id = await _factory.IdOfAsync("raw-file.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AParagraphIsMarkedWhereItStandsInTheFileAcrossItsLineBreaks()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}/file?p=0");
        Assert.Equal("The ferry across the lake ran again\non Monday after a week of storms", page.QuerySelector("pre.raw-text mark#found")?.TextContent);
        Assert.Equal(Raw, page.QuerySelector("pre.raw-text")?.TextContent);
    }

    [Fact]
    public async Task MarkupInTheFileIsShownAsTextAndSkippedWhenLocating()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}/file?p=1");
        Assert.Equal("Tickets</b> cost &amp; more", page.QuerySelector("pre.raw-text mark#found")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("pre.raw-text b"));
    }

    [Fact]
    public async Task AParagraphNotFoundInTheFileSaysSoAndAnUnknownOneIsNotFound()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}/file?p=2");
        Assert.Null(page.QuerySelector("mark#found"));
        Assert.Contains("were not found in the file", page.QuerySelector("p.note")?.TextContent ?? "", StringComparison.Ordinal);
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/articles/{_id}/file?p=99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/987654/file")).StatusCode);
    }

    [Fact]
    public async Task EveryParagraphOfTheArticleLinksToItsPlaceInTheFile()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        Assert.Equal($"/articles/{_id}/file?p=0#found", page.QuerySelector("p#p0 a.in-file")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("a b c the ferry ran", "the ferry ran", 6)]
    [InlineData("ferryman. the ferry ran", "the ferry ran", 10)]
    [InlineData("<p>the</p>\n<p class=\"x\">ferry</p> ran", "the ferry ran", 3)]
    public void TheLocatorFindsTheWordsInOrderWithShortGaps(string raw, string paragraph, int start)
    {
        Assert.Equal(start, RawTextLocator.Find(raw, paragraph)?.Start);
    }

    [Theory]
    [InlineData("the ferry", "the ferry ran")]
    [InlineData("ran the ferry", "the ferry ran")]
    [InlineData("anything", "!!!")]
    public void TheLocatorGivesNothingWhenTheWordsAreNotThere(string raw, string paragraph)
    {
        Assert.Null(RawTextLocator.Find(raw, paragraph));
    }

    [Fact]
    public void WordsFarApartAreNotOneParagraph()
    {
        Assert.Null(RawTextLocator.Find("the ferry " + new string(' ', RawTextLocator.MaxGap + 1) + "ran", "the ferry ran"));
    }
}
