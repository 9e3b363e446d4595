using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefings.Web.Tests;

public sealed class ChartPageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public ChartPageTests(BriefingsFactory factory) => _factory = factory;

    public Task InitializeAsync() => ChartSample.StoreAsync(_factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, int> BarTotals(IParentNode page) =>
        page.QuerySelectorAll("svg.bar-chart a[data-day]").ToDictionary(a => a.GetAttribute("data-day")!, a => int.Parse(a.GetAttribute("data-total")!, CultureInfo.InvariantCulture));

    private static List<string> Legend(IParentNode page) =>
        [.. page.QuerySelectorAll(".legend li").Select(li => li.ChildNodes.OfType<IText>().Select(t => t.Text).Aggregate("", string.Concat).Trim())];

    private static List<int> FooterTotals(IParentNode page) =>
        [.. page.QuerySelectorAll("table.per-day tfoot td").Select(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture))];

    [Fact]
    public async Task BarsAndTableCountWhatTheTimelineListsEachDayWithAStoryOnce()
    {
        var page = await _factory.GetPageAsync("/charts");
        var expected = new Dictionary<string, int> { ["2031-05-01"] = 3, ["2031-05-03"] = 3, ["2031-05-04"] = 2 };
        Assert.Equal(expected, BarTotals(page));
        var rows = page.QuerySelectorAll("table.per-day tbody tr")
            .ToDictionary(r => r.GetAttribute("data-day")!, r => int.Parse(r.QuerySelector("td.total")!.TextContent, CultureInfo.InvariantCulture));
        Assert.Equal(expected, rows);
        Assert.Equal(8, FooterTotals(page)[^1]);
        Assert.Contains("1 more event is dated only to a week", page.QuerySelector("#per-day-heading ~ p.note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BarHeightsAreInProportionToTheirCounts()
    {
        var page = await _factory.GetPageAsync("/charts");
        var segments = page.QuerySelectorAll("svg.bar-chart rect.seg")
            .Select(r => (Count: int.Parse(r.GetAttribute("data-count")!, CultureInfo.InvariantCulture), Height: double.Parse(r.GetAttribute("height")!, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.NotEmpty(segments);
        var perEvent = segments[0].Height / segments[0].Count;
        Assert.All(segments, s => Assert.Equal(perEvent * s.Count, s.Height, 0.2));
        foreach (var bar in page.QuerySelectorAll("svg.bar-chart a[data-day]"))
            Assert.Equal(bar.GetAttribute("data-total"), bar.QuerySelectorAll("rect.seg").Sum(r => int.Parse(r.GetAttribute("data-count")!, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ByRegionAPlaceCountsUnderItsRegion()
    {
        var page = await _factory.GetPageAsync("/charts?split=region");
        // Equal counts rank by name: "No place named" before "Sarnova Oblast".
        Assert.Equal(["No place named", "Sarnova Oblast", "Kelm Oblast"], Legend(page));
        Assert.Equal([3, 3, 2, 8], FooterTotals(page));
    }

    [Fact]
    public async Task ByActorTheFiveBusiestKeepTheirNamesAndTheRestAddUpAsOther()
    {
        var page = await _factory.GetPageAsync("/charts?split=actor");
        Assert.Equal(["Russia", "Alder Group", "Birch Council", "Cedar Front", "Dune Brigade", "Other"], Legend(page));
        var totals = FooterTotals(page);
        Assert.Equal([2, 1, 1, 1, 1, 2, 8], totals);
        Assert.Equal(totals[^1], totals[..^1].Sum());
        Assert.Equal("page", page.QuerySelector(".split a[href='/charts?split=actor']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task TheFilterNarrowsTheBarsAsItNarrowsTheTimeline()
    {
        var page = await _factory.GetPageAsync("/charts?actor=russia&split=actor");
        Assert.Equal(new Dictionary<string, int> { ["2031-05-01"] = 2 }, BarTotals(page));
        Assert.Contains("1 more event is dated only", page.QuerySelector("#per-day-heading ~ p.note")?.TextContent, StringComparison.Ordinal);
        var dated = await _factory.GetPageAsync("/charts?from=2031-05-03&to=2031-05-03");
        Assert.Equal(new Dictionary<string, int> { ["2031-05-03"] = 3 }, BarTotals(dated));
    }

    [Fact]
    public async Task EachBarAndTableDayLinksToThatDayOnTheTimelineWithTheFilterKept()
    {
        var page = await _factory.GetPageAsync("/charts?actor=russia");
        Assert.Equal("/?actor=russia&from=2031-05-01&to=2031-05-01", page.QuerySelector("svg.bar-chart a[data-day='2031-05-01']")?.GetAttribute("href"));
        Assert.Equal("/?actor=russia&from=2031-05-01&to=2031-05-01", page.QuerySelector("table.per-day tbody th a")?.GetAttribute("href"));
        Assert.Equal("/charts?actor=russia&split=actor", page.QuerySelector(".split a:last-of-type")?.GetAttribute("href"));
    }

    [Fact]
    public async Task DaysWithoutEventsKeepTheirPlaceButHaveNoBar()
    {
        var page = await _factory.GetPageAsync("/charts");
        var bars = page.QuerySelectorAll("svg.bar-chart a[data-day]").Select(a => double.Parse(a.QuerySelector("rect.hit")!.GetAttribute("x")!, CultureInfo.InvariantCulture)).ToList();
        // Four days drawn (1 to 4 May), 2 May empty: the bar of 3 May is two bands from 1 May's.
        Assert.Equal(bars[1] - bars[0], 2 * (bars[2] - bars[1]), 0.2);
    }

    [Fact]
    public async Task EveryChartHasATextAlternative()
    {
        var page = await _factory.GetPageAsync("/charts");
        foreach (var svg in page.QuerySelectorAll("main svg[role]"))
        {
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(svg.GetAttribute("aria-labelledby")!)?.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(svg.GetAttribute("aria-describedby")!)?.TextContent));
            Assert.Equal("100%", svg.GetAttribute("width"));
            Assert.NotNull(svg.GetAttribute("viewBox"));
        }
        Assert.All(page.QuerySelectorAll("main svg a"), a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label"))));
        Assert.Empty(page.QuerySelectorAll("[style], style, script"));
    }

    [Fact]
    public async Task EachDisputedFigureMarksEveryNumberedValueByItsSourceAndLinksItsParagraph()
    {
        var page = await _factory.GetPageAsync("/charts");
        var courier = await _factory.IdOfAsync("courier.txt");
        var wire = await _factory.IdOfAsync("desk.txt");
        var troops = page.QuerySelectorAll(".figure-chart").Single(s => s.QuerySelector("h3")?.TextContent == ChartSample.Troops);
        var marks = troops.QuerySelectorAll("svg a").ToList();
        Assert.Equal(["4,000 · The Courier", "more than 900 · Wire Desk"], marks.Select(m => m.QuerySelector("text")!.TextContent).Order(StringComparer.Ordinal).ToList());
        Assert.Equal($"/articles/{courier}#p2", marks.Single(m => m.GetAttribute("data-source") == "The Courier").GetAttribute("href"));
        Assert.Equal($"/articles/{wire}#p0", marks.Single(m => m.GetAttribute("data-source") == "Wire Desk").GetAttribute("href"));
        Assert.Equal(2, marks.Select(m => m.QuerySelector("path.mark")!.ClassName).Distinct().Count());

        var rows = troops.QuerySelectorAll("table.figure-values tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("not a number, not drawn", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/articles/{courier}#p5", rows[2].QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ALargerValueSitsHigherAndALaterArticleFurtherRight()
    {
        var page = await _factory.GetPageAsync("/charts");
        var troops = page.QuerySelectorAll(".figure-chart").Single(s => s.QuerySelector("h3")?.TextContent == ChartSample.Troops);
        var courier = troops.QuerySelector("svg a[data-source='The Courier'] text")!;
        var wire = troops.QuerySelector("svg a[data-source='Wire Desk'] text")!;
        double At(IElement text, string name) => double.Parse(text.GetAttribute(name)!, CultureInfo.InvariantCulture);
        Assert.True(At(courier, "y") < At(wire, "y"), "4,000 is drawn below 900");
        // The Courier is published 4 May, the wire 2 May; labels on the right half read leftwards.
        Assert.True(At(courier, "x") > At(wire, "x"));
    }

    [Fact]
    public async Task UnderAFilterOnlyFiguresOfMatchingParagraphsAreShown()
    {
        var all = await _factory.GetPageAsync("/charts");
        Assert.Equal([ChartSample.Drones, ChartSample.Troops], all.QuerySelectorAll(".figure-chart h3").Select(h => h.TextContent).ToList());
        var ukraine = await _factory.GetPageAsync("/charts?actor=ukraine");
        Assert.Equal([ChartSample.Troops], ukraine.QuerySelectorAll(".figure-chart h3").Select(h => h.TextContent).ToList());
    }

    [Theory]
    [InlineData("/charts?split=colour", "“split” must be region or actor; “colour” is neither.")]
    [InlineData("/charts?split=region&split=actor", "“split” is given 2 times")]
    [InlineData("/charts?from=2031-13-01", "“from” must be a date written year-month-day")]
    [InlineData("/charts?region=nowhere-at-all", "“region”: no country, region or place is called “nowhere-at-all”")]
    [InlineData("/charts?actor=kelm", "“actor”: “kelm” is a place (Kelm), not an actor")]
    public async Task ABadParameterIsAClear400SayingWhatIsWrong(string path, string message)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(page.QuerySelectorAll(".problems li"), li => li.TextContent.Contains(message, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("main svg"));
    }

    [Fact]
    public async Task TheMenuLinksTheChartsPageAndTheTimelineChartsItsOwnFilter()
    {
        var page = await _factory.GetPageAsync("/");
        Assert.NotNull(page.QuerySelector("nav a[href='/charts']"));
        var filtered = await _factory.GetPageAsync("/?actor=russia&before=2031-05-04");
        Assert.NotNull(filtered.QuerySelector(".tl-head a[href='/charts?actor=russia']"));
    }
}
