namespace Briefings.Web.Tests;

public sealed class ArticleMarkTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;
    private int _id;

    public ArticleMarkTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        await _factory.StoreAsync(EntitySample.Peskov());
        _id = await _factory.IdOfAsync("peskov.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EachMentionIsALinkToItsEntityAtItsOffsetsClassedByType()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        var links = page.QuerySelectorAll("p#p1 a.ent").Select(a => (a.TextContent, a.GetAttribute("href"), a.ClassList.Contains("ent-place"))).ToList();
        Assert.Equal([("Sudzha", "/entities/sudzha", true), ("Kursk Oblast", "/entities/kursk-oblast", false), ("Russia", "/entities/russia", false)], links);
        Assert.NotNull(page.QuerySelector("p#p1 a.ent-region[href='/entities/kursk-oblast']"));
        Assert.NotNull(page.QuerySelector("p#p1 a.ent-country[href='/entities/russia']"));
        // Marking changes no character of the text.
        Assert.Equal("¶ " + EntitySample.PeskovParagraphs[1], page.QuerySelector("p#p1").OwnText());
    }

    [Fact]
    public async Task OverlappingMentionsMakeOneLinkNotNestedOnes()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        Assert.Equal(["Mr Peskov", "Kremlin"], page.QuerySelectorAll("p#p0 a.ent").Select(a => a.TextContent).ToList());
        Assert.Empty(page.QuerySelectorAll("a.ent a"));
        Assert.Equal("¶ " + EntitySample.PeskovParagraphs[0], page.QuerySelector("p#p0").OwnText());
    }

    [Fact]
    public async Task MarkupInTheTextIsShownAsTextAroundTheLinks()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        var p = page.QuerySelector("p#p2");
        Assert.Equal("¶ " + EntitySample.Hostile, p.OwnText());
        Assert.Null(p?.QuerySelector("script"));
        Assert.Null(p?.QuerySelector("b"));
        Assert.Equal("Peskov", p?.QuerySelector("a.ent-person")?.TextContent);
        Assert.Null(page.QuerySelector("main script"));
    }

    [Fact]
    public async Task ClaimsAreListedWithSpeakerDenialOutletHedgeDatesAndParagraph()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        var claim = Assert.Single(page.QuerySelectorAll("aside .claims li.claim"));
        Assert.True(claim.ClassList.Contains("deny"));
        Assert.Equal("Denial", claim.QuerySelector(".stance-deny")?.TextContent);
        Assert.Equal("/entities/dmitry-peskov", claim.QuerySelector("a.speaker")?.GetAttribute("href"));
        Assert.Equal("denied", claim.QuerySelector(".verb")?.TextContent);
        Assert.Equal("“false”", claim.QuerySelector(".quote")?.TextContent);
        Assert.Equal("TASS", claim.QuerySelector(".outlet")?.TextContent);
        Assert.Equal("reported", claim.QuerySelector(".hedge")?.TextContent);
        Assert.Equal("2024-11-12", claim.QuerySelector(".said time")?.GetAttribute("datetime"));
        Assert.Equal("November 2024", claim.QuerySelector(".about time")?.TextContent);
        Assert.Equal($"/articles/{_id}#p0", claim.QuerySelector(".note-link a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task EventsAreListedWithDateEvidenceActorsPlacesAndHedge()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");
        var ev = Assert.Single(page.QuerySelectorAll("aside .events li.event"));
        Assert.Equal("2024-11-11", ev.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains("on Monday", ev.QuerySelector("details.badge.stated p")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("attack", ev.QuerySelector(".kind")?.TextContent);
        Assert.Equal("claimed", ev.QuerySelector(".hedge")?.TextContent);
        Assert.Equal(["/entities/sudzha", "/entities/kursk-oblast"], ev.QuerySelectorAll(".places a").Select(a => a.GetAttribute("href")).ToList());
        // An actor no stored entity has is named, not linked to a missing page.
        Assert.Equal("Ukraine", ev.QuerySelector(".actors .ent-unknown")?.TextContent);
        Assert.Empty(ev.QuerySelectorAll(".actors a"));
        Assert.Equal($"/articles/{_id}#p1", ev.QuerySelector(".note-link a")?.GetAttribute("href"));
    }
}
