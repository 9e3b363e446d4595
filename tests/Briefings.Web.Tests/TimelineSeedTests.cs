using System.Text.RegularExpressions;

namespace Briefings.Web.Tests;

/// <summary>The seeds through the real pipeline onto the timeline.</summary>
public sealed partial class TimelineSeedTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public TimelineSeedTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        using (_factory.NewDb())
        {
        }
        await _factory.Ingestion.IngestAsync([Repo.Seeds]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [GeneratedRegex(@"^/articles/(\d+)#p(\d+)$")]
    private static partial Regex ParagraphLink();

    [Fact]
    public async Task AnEventOfTheSeedsIsOn11NovemberWithALinkToItsParagraph()
    {
        var page = await _factory.GetPageAsync("/");
        var events = page.QuerySelectorAll("#day-2024-11-11 article.event");
        Assert.NotEmpty(events);
        var link = events[0].QuerySelector(".sources a.source-link")?.GetAttribute("href");
        var match = ParagraphLink().Match(link ?? "");
        Assert.True(match.Success, $"not a paragraph link: {link}");

        var article = await _factory.GetPageAsync($"/articles/{match.Groups[1].Value}");
        Assert.NotNull(article.QuerySelector($"#p{match.Groups[2].Value}"));
    }

    [Fact]
    public async Task TheKremlinsDenialIsMarkedAndPeskovCountsForRussiaWithAffiliates()
    {
        var page = await _factory.GetPageAsync("/");
        Assert.NotEmpty(page.QuerySelectorAll("article.event .flag.denied"));

        var russia = await _factory.GetPageAsync("/?actor=russia&affiliates=true");
        var direct = await _factory.GetPageAsync("/?actor=russia");
        Assert.True(Total(russia) > Total(direct), "affiliates add events");
        Assert.Contains(russia.QuerySelectorAll("article.event .who a"), a => a.GetAttribute("href") == "/entities/vladimir-putin");
    }

    [Fact]
    public async Task EveryPageOfTheSeedsRendersAndTheLastEndsWithoutAnOlderLink()
    {
        var path = "/";
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await _factory.GetPageAsync(path);
            Assert.NotEmpty(page.QuerySelectorAll("main section.day"));
            var older = page.QuerySelector("nav.pager a.older")?.GetAttribute("href");
            if (older is null)
                return;
            path = older;
        }
        Assert.Fail("the pager never ends");
    }

    private static int Total(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("article.event").Length;
}
