using static Briefings.Web.Tests.TimelineSamples;

namespace Briefings.Web.Tests;

/// <summary>The timeline a page of days at a time, with an "Older days" link that keeps the filter.</summary>
public sealed class TimelinePagingTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public TimelinePagingTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        var article = Sample.Article("ten-days.txt", "Ten days", new DateOnly(2024, 11, 10), publisher: "The Paper");
        for (var day = 1; day <= 10; day++)
            article.Event("attack", $"Strike number {day}", Day(2024, 11, day, $"on {day} November"), day - 1);
        var undated = Sample.Article("undated.txt", "Undated", null);
        undated.Event("attack", "A strike nobody dated", null, 0);
        await _factory.StoreAsync(article, undated);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AFirstPageHoldsAWeekOfDaysAndLinksToOlderOnes()
    {
        var page = await _factory.GetPageAsync("/");
        var days = page.QuerySelectorAll("main section.day").Select(s => s.Id).ToList();
        Assert.Equal(Enumerable.Range(4, 7).Reverse().Select(d => $"day-2024-11-{d:00}"), days);
        Assert.Equal("/?before=2024-11-04", page.QuerySelector("nav.pager a.older")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TheLastPageHoldsTheOldestDaysThenTheUndatedGroupAndNoOlderLink()
    {
        var page = await _factory.GetPageAsync("/?before=2024-11-04");
        var days = page.QuerySelectorAll("main section.day").Select(s => s.Id).ToList();
        Assert.Equal(["day-2024-11-03", "day-2024-11-02", "day-2024-11-01", "undated"], days);
        Assert.Null(page.QuerySelector("nav.pager a.older"));
        Assert.Equal("/", page.QuerySelector("nav.pager a.newest")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TheOlderLinkKeepsTheFilter()
    {
        var page = await _factory.GetPageAsync("/?q=strike&from=2024-11-01");
        Assert.Equal("/?from=2024-11-01&q=strike&before=2024-11-04", page.QuerySelector("nav.pager a.older")?.GetAttribute("href"));
        var last = await _factory.GetPageAsync("/?from=2024-11-01&q=strike&before=2024-11-04");
        Assert.Equal(["day-2024-11-03", "day-2024-11-02", "day-2024-11-01"], last.QuerySelectorAll("main section.day").Select(s => s.Id));
    }
}
