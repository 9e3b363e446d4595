using AngleSharp.Dom;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;
using static Briefings.Web.Tests.TimelineSamples;

namespace Briefings.Web.Tests;

/// <summary>What the timeline shows of events: their own dates and precision, sources, marks, stories, undated ones.</summary>
public sealed class TimelineEventTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;
    private int _tuesday;
    private int _wednesday;

    public TimelineEventTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        // Published on Tuesday 12 November, telling what happened on Monday and last week.
        var tuesday = Sample.Article("tuesday.txt", "Drones over Kharkiv", new DateOnly(2024, 11, 12), publisher: "The Paper", url: "https://example.org/tue");
        tuesday.Entities.Add(Country("russia", "Russia", "RU"));
        tuesday.Entities.Add(Place("kharkiv", "Kharkiv", "UA", "Kharkiv Oblast"));
        tuesday.Entities.Add(Place("kupiansk", "Kupiansk", "UA", "Kharkiv Oblast"));
        tuesday.Event("attack", "Russian drones struck Kharkiv", Day(2024, 11, 11, "on Monday"), 1, ["russia"], ["kharkiv"]);
        tuesday.Event("deployment", "Troops massed near Kupiansk", Week(2024, 11, 4, "last week"), 2, ["russia"], ["kupiansk"], Hedge.Reported);
        tuesday.Event("meeting", "Officials met to discuss repairs", ResolvedDate.FromPublication(new DateOnly(2024, 11, 12)), 3);

        var wednesday = Sample.Article("wednesday.txt", "Kharkiv counts the damage", new DateOnly(2024, 11, 13), publisher: "NewsScroll", url: "javascript:alert(1)");
        wednesday.Entities.Add(Place("kharkiv", "Kharkiv", "UA", "Kharkiv Oblast"));
        wednesday.Entities.Add(Organisation("kremlin", "Kremlin", "RU", "russia"));
        wednesday.Event("attack", "Drones hit Kharkiv on Monday night", Day(2024, 11, 11, "on Monday night"), 0, places: ["kharkiv"]);
        wednesday.Event("denial", "The Kremlin denied holding talks", Day(2024, 11, 10, "on Sunday"), 4, ["kremlin"]);
        wednesday.Claims.Add(new Briefings.Ingestion.Claims.Claim("Kremlin", "kremlin", "deny", Stance.Deny, "The Kremlin denied holding talks.", 4));
        wednesday.Event("aid", "An aid package was signed", Month(2024, 10, "in October"), 5, hedge: Hedge.Claimed);

        var undated = Sample.Article("undated.txt", "A convoy", null, publisher: "Wire");
        undated.Event("deployment", "A convoy was seen moving north", null, 0);

        await _factory.StoreAsync(tuesday, wednesday, undated);
        _tuesday = await _factory.IdOfAsync("tuesday.txt");
        _wednesday = await _factory.IdOfAsync("wednesday.txt");

        // Stories and figures come from the cross-article step; stored by hand as it will store them.
        using var db = _factory.NewDb();
        if (await db.Stories.AnyAsync())
            return;
        var monday = await db.Events.Where(e => (e.ArticleId == _tuesday && e.Index == 0) || (e.ArticleId == _wednesday && e.Index == 0))
            .Select(e => e.Id).ToListAsync();
        db.Stories.Add(new Story
        {
            Title = "Drone strike on Kharkiv",
            Date = new DateOnly(2024, 11, 11),
            DatePrecision = DatePrecision.Day,
            DateStated = true,
            DateEvidence = "on Monday",
            Why = "shared place kharkiv, close dates, similar words",
            Members = [.. monday.Select(id => new StoryMember { EventId = id })],
        });
        db.Figures.Add(new Figure
        {
            What = "troops massed",
            Values =
            [
                new FigureValue { Index = 0, ArticleId = _tuesday, ParagraphIndex = 2, Value = "3,000", By = "Ukraine" },
                new FigureValue { Index = 1, ArticleId = _wednesday, ParagraphIndex = 5, Value = "300", By = "Russia" },
            ],
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static IElement Item(IParentNode page, string text) =>
        page.QuerySelectorAll("article.event").Single(e => e.QuerySelector("p.what")?.TextContent.Trim() == text);

    [Fact]
    public async Task AnEventIsOnTheDayItHappenedNotTheDayItWasPublished()
    {
        var page = await _factory.GetPageAsync("/");
        var monday = Item(page, "Drone strike on Kharkiv");
        Assert.Equal("day-2024-11-11", monday.Closest("section.day")?.Id);
        Assert.Equal("2024-11-11", page.QuerySelector("#day-2024-11-11 h2 time")?.GetAttribute("datetime"));
        Assert.Contains("Monday 11 November 2024", page.QuerySelector("#day-2024-11-11 h2")?.TextContent);
    }

    [Fact]
    public async Task DaysAreNewestFirstWithWeeksAndMonthsAsGroupsOfTheirOwnAndUndatedLast()
    {
        var page = await _factory.GetPageAsync("/");
        var groups = page.QuerySelectorAll("main section.day").Select(s => s.Id).ToList();
        Assert.Equal(["day-2024-11-13", "day-2024-11-12", "day-2024-11-11", "day-2024-11-10", "week-2024-11-04", "month-2024-10", "undated"], groups);
    }

    [Fact]
    public async Task AWeekPreciseEventIsShownAsAWeekNeverAsADay()
    {
        var page = await _factory.GetPageAsync("/");
        var week = page.QuerySelector("#week-2024-11-04")!;
        Assert.Equal("Week of 4 November 2024", week.QuerySelector("h2 time")?.TextContent);
        Assert.Equal("2024-W45", week.QuerySelector("h2 time")?.GetAttribute("datetime"));
        Assert.Equal("week-2024-11-04", Item(page, "Troops massed near Kupiansk").Closest("section.day")?.Id);
        Assert.Null(page.QuerySelector("#day-2024-11-04"));
        Assert.Equal("October 2024", page.QuerySelector("#month-2024-10 h2 time")?.TextContent);
    }

    [Fact]
    public async Task AStoryWithTwoSourcesLinksEachToItsParagraph()
    {
        var page = await _factory.GetPageAsync("/");
        var story = Item(page, "Drone strike on Kharkiv");
        Assert.Contains("Reported by 2 outlets", story.QuerySelector(".sources .reported")?.TextContent);
        var links = story.QuerySelectorAll(".sources a.source-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/articles/{_tuesday}#p1", $"/articles/{_wednesday}#p0"], links);
        Assert.Equal(["The Paper", "NewsScroll"], story.QuerySelectorAll(".sources a.source-link").Select(a => a.FirstChild?.TextContent.Trim()));
        // The story replaces its members: neither event is also listed on its own.
        Assert.DoesNotContain(page.QuerySelectorAll("p.what"), p => p.TextContent.Contains("Monday night", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OriginalLinksAreHttpOnlyAndOpenWithoutReferrer()
    {
        var page = await _factory.GetPageAsync("/");
        var story = Item(page, "Drone strike on Kharkiv");
        var originals = story.QuerySelectorAll(".sources a.original").ToList();
        Assert.Equal("https://example.org/tue", Assert.Single(originals).GetAttribute("href"));
        Assert.Equal("noopener noreferrer", originals[0].GetAttribute("rel"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task ActorsAndPlacesLinkToTheirEntityPages()
    {
        var page = await _factory.GetPageAsync("/");
        var story = Item(page, "Drone strike on Kharkiv");
        Assert.Equal(["/entities/russia"], story.QuerySelectorAll(".who a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/entities/kharkiv"], story.QuerySelectorAll(".where a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task TheDateMarkSaysStatedOrInferredWithTheWordsThatDatedIt()
    {
        var page = await _factory.GetPageAsync("/");
        var story = Item(page, "Drone strike on Kharkiv");
        Assert.Equal("stated", story.QuerySelector("details.badge.stated summary")?.TextContent.Trim());
        Assert.Contains("“on Monday”", story.QuerySelector("details.badge p")?.TextContent);

        var meeting = Item(page, "Officials met to discuss repairs");
        Assert.Equal("inferred", meeting.QuerySelector("details.badge.inferred summary")?.TextContent.Trim());
        Assert.Contains("publication date stands in", meeting.QuerySelector("details.badge p")?.TextContent);
    }

    [Fact]
    public async Task HedgesDenialsAndDisputedFiguresAreMarked()
    {
        var page = await _factory.GetPageAsync("/");
        var troops = Item(page, "Troops massed near Kupiansk");
        Assert.Equal("reportedly", troops.QuerySelector(".hedge")?.TextContent);
        Assert.NotNull(troops.QuerySelector(".flag.disputed"));
        var values = troops.QuerySelectorAll(".figure li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, values.Count);
        Assert.Contains("3,000", values[0]);
        Assert.Contains("300", values[1]);
        Assert.Equal($"/articles/{_wednesday}#p5", troops.QuerySelectorAll(".figure li a")[1].GetAttribute("href"));

        Assert.Equal("claimed", Item(page, "An aid package was signed").QuerySelector(".hedge")?.TextContent);

        var denial = Item(page, "The Kremlin denied holding talks");
        Assert.NotNull(denial.QuerySelector(".flag.denied"));
        Assert.Equal($"/articles/{_wednesday}#p4", denial.QuerySelector(".denials a")?.GetAttribute("href"));
        Assert.Null(Item(page, "Drone strike on Kharkiv").QuerySelector(".hedge, .flag"));
    }

    [Fact]
    public async Task EventsOfUndatedArticlesAreInTheUndatedGroupWithTheirArticle()
    {
        var page = await _factory.GetPageAsync("/");
        Assert.Equal("undated", Item(page, "A convoy was seen moving north").Closest("section.day")?.Id);
        var undatedId = await _factory.IdOfAsync("undated.txt");
        Assert.Equal($"/articles/{undatedId}", page.QuerySelector($"#undated .day-articles #a{undatedId} a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AFilteredViewShowsOnlyDaysWithMatchingEvents()
    {
        var page = await _factory.GetPageAsync("/?q=drone");
        Assert.Equal(["day-2024-11-11"], page.QuerySelectorAll("main section.day").Select(s => s.Id));
        Assert.Empty(page.QuerySelectorAll("#day-2024-11-11 .day-articles li"));
    }

    [Fact]
    public async Task ArticlesStayReachableFromTheDayTheyWerePublished()
    {
        var page = await _factory.GetPageAsync("/");
        Assert.Equal($"/articles/{_tuesday}", page.QuerySelector($"#day-2024-11-12 .day-articles #a{_tuesday} a.article-link")?.GetAttribute("href"));
        Assert.Equal("Drones over Kharkiv", page.QuerySelector($"#a{_tuesday} a.article-link")?.TextContent);
        Assert.Equal($"/articles/{_wednesday}", page.QuerySelector($"#day-2024-11-13 .day-articles #a{_wednesday} a.article-link")?.GetAttribute("href"));
    }
}
