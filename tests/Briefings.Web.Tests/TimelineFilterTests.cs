using System.Net;
using AngleSharp.Html.Parser;
using static Briefings.Web.Tests.TimelineSamples;

namespace Briefings.Web.Tests;

/// <summary>The shared query parameters on the timeline: region, actor (with affiliates), from/to, q; counts; bad values.</summary>
public sealed class TimelineFilterTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public TimelineFilterTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        var article = Sample.Article("filters.txt", "A week of the war", new DateOnly(2024, 11, 15), publisher: "The Paper");
        article.Entities.AddRange(
        [
            Country("ukraine", "Ukraine", "UA"),
            Country("russia", "Russia", "RU"),
            Organisation("kremlin", "Kremlin", "RU", "russia"),
            Person("dmitry-peskov", "Dmitry Peskov", "RU", "kremlin"),
            Person("sergei-shoigu", "Sergei Shoigu", "RU", null),
            Person("volodymyr-zelensky", "Volodymyr Zelensky", "UA", "office-of-the-president-of-ukraine"),
            Region("kharkiv-oblast", "Kharkiv Oblast", "UA"),
            Place("kharkiv", "Kharkiv", "UA", "Kharkiv Oblast"),
            Place("kupiansk", "Kupiansk", "UA", "Kharkiv Oblast"),
            Place("kyiv", "Kyiv", "UA", "Kyiv City"),
            Region("kursk-oblast", "Kursk Oblast", "RU"),
            Place("sudzha", "Sudzha", "RU", "Kursk Oblast"),
        ]);
        article.Event("attack", "Shelling hit Kharkiv", Day(2024, 11, 1, "on 1 November"), 0, ["russia"], ["kharkiv"]);
        article.Event("attack", "A strike on Kupiansk", Day(2024, 11, 2, "on 2 November"), 1, places: ["kupiansk"]);
        article.Event("statement", "Peskov spoke of drones over Kyiv", Day(2024, 11, 3, "on 3 November"), 2, ["dmitry-peskov"], ["kyiv"]);
        article.Event("fighting", "Fighting near Sudzha", Day(2024, 11, 4, "on 4 November"), 3, ["ukraine"], ["sudzha"]);
        article.Event("meeting", "Talks held in Kharkiv Oblast", Day(2024, 11, 5, "on 5 November"), 4, ["volodymyr-zelensky"], ["kharkiv-oblast"]);
        article.Event("visit", "Shoigu visited the Kursk front", Day(2024, 11, 6, "on 6 November"), 5, ["sergei-shoigu"], ["kursk-oblast"]);
        article.Event("aid", "Winter aid arrived", Month(2024, 11, "in November"), 6);
        await _factory.StoreAsync(article);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> EventsAsync(string path)
    {
        var page = await _factory.GetPageAsync(path);
        return [.. page.QuerySelectorAll("article.event p.what").Select(p => p.TextContent.Trim()).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task ARegionIncludesThePlacesInIt()
    {
        Assert.Equal(["A strike on Kupiansk", "Shelling hit Kharkiv", "Talks held in Kharkiv Oblast"], await EventsAsync("/?region=kharkiv-oblast"));
    }

    [Fact]
    public async Task ACountryIncludesItsRegionsAndTheirPlaces()
    {
        Assert.Equal(["A strike on Kupiansk", "Peskov spoke of drones over Kyiv", "Shelling hit Kharkiv", "Talks held in Kharkiv Oblast"], await EventsAsync("/?region=ukraine"));
        Assert.Equal(["Fighting near Sudzha", "Shoigu visited the Kursk front"], await EventsAsync("/?region=russia"));
    }

    [Fact]
    public async Task APlaceIsOnlyItself()
    {
        Assert.Equal(["Shelling hit Kharkiv"], await EventsAsync("/?region=kharkiv"));
    }

    [Fact]
    public async Task AnActorAloneIsOnlyItselfAndWithAffiliatesIncludesItsChainAndItsCountrysPeople()
    {
        Assert.Equal(["Shelling hit Kharkiv"], await EventsAsync("/?actor=russia"));
        Assert.Equal(["Peskov spoke of drones over Kyiv", "Shelling hit Kharkiv", "Shoigu visited the Kursk front"], await EventsAsync("/?actor=russia&affiliates=true"));
        Assert.Equal(["Peskov spoke of drones over Kyiv"], await EventsAsync("/?actor=kremlin&affiliates=true"));
    }

    [Fact]
    public async Task ADateRangeIsInclusiveAndKeepsMonthsThatOverlapIt()
    {
        Assert.Equal(["A strike on Kupiansk", "Fighting near Sudzha", "Peskov spoke of drones over Kyiv", "Winter aid arrived"], await EventsAsync("/?from=2024-11-02&to=2024-11-04"));
        Assert.Equal(["Shoigu visited the Kursk front", "Winter aid arrived"], await EventsAsync("/?from=2024-11-06"));
    }

    [Fact]
    public async Task WordsMatchEventTextWhateverTheCase()
    {
        Assert.Equal(["Shelling hit Kharkiv", "Talks held in Kharkiv Oblast"], await EventsAsync("/?q=KHARKIV"));
        Assert.Empty(await EventsAsync("/?q=100%25"));
    }

    [Fact]
    public async Task FiltersCombine()
    {
        Assert.Equal(["Shelling hit Kharkiv"], await EventsAsync("/?region=ukraine&actor=russia&affiliates=true&to=2024-11-02"));
    }

    [Fact]
    public async Task EachOptionShowsHowManyEventsItWouldShowWithTheOtherFilters()
    {
        var page = await _factory.GetPageAsync("/");
        string? Count(string select, string slug) => page.QuerySelector($"select[name={select}] option[value={slug}]")?.GetAttribute("data-count");
        Assert.Equal("4", Count("region", "ukraine"));
        Assert.Equal("3", Count("region", "kharkiv-oblast"));
        Assert.Equal("1", Count("region", "kharkiv"));
        Assert.Equal("2", Count("region", "russia"));
        Assert.Equal("1", Count("actor", "russia"));
        Assert.Contains("Kharkiv Oblast (3)", page.QuerySelector("select[name=region] option[value=kharkiv-oblast]")?.TextContent);

        var filtered = await _factory.GetPageAsync("/?actor=russia&affiliates=true");
        Assert.Equal("2", filtered.QuerySelector("select[name=region] option[value=ukraine]")?.GetAttribute("data-count"));
        Assert.NotNull(filtered.QuerySelector("select[name=actor] option[value=russia][selected]"));
        Assert.NotNull(filtered.QuerySelector("input[name=affiliates][checked]"));
    }

    [Fact]
    public async Task RegionOptionsNestCountryRegionAndPlace()
    {
        var page = await _factory.GetPageAsync("/");
        var order = page.QuerySelectorAll("select[name=region] option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(["russia", "kursk-oblast", "sudzha", "ukraine", "kharkiv-oblast", "kharkiv", "kupiansk", "kyiv"], order);
    }

    [Fact]
    public async Task TheFilterFormIsAPlainGetFormThatNeedsNoScript()
    {
        var page = await _factory.GetPageAsync("/?region=kharkiv-oblast&q=shelling");
        var form = page.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Equal("shelling", form.QuerySelector("input[name=q]")?.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("option[value=kharkiv-oblast][selected]"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Theory]
    [InlineData("/?region=atlantis", "no country, region or place is called “atlantis”")]
    [InlineData("/?region=dmitry-peskov", "is a person (Dmitry Peskov), not a country, region or place")]
    [InlineData("/?actor=kharkiv", "is a place (Kharkiv), not an actor")]
    [InlineData("/?actor=nobody-at-all", "no person, organisation or country is called “nobody-at-all”")]
    [InlineData("/?region=Kharkiv%20Oblast", "must be an entity slug")]
    [InlineData("/?from=2024-13-01", "“from” must be a date written year-month-day")]
    [InlineData("/?to=yesterday", "“to” must be a date written year-month-day")]
    [InlineData("/?from=2024-11-05&to=2024-11-01", "is after “to”")]
    [InlineData("/?affiliates=maybe", "“affiliates” must be true or false")]
    [InlineData("/?region=kharkiv&region=kyiv", "“region” is given 2 times")]
    [InlineData("/?before=soon", "“before” must be a date")]
    public async Task ABadValueIsAClear400SayingWhatIsWrong(string path, string message)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(page.QuerySelectorAll(".problems li"), li => li.TextContent.Contains(message, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("form.filters"));
        Assert.Empty(page.QuerySelectorAll("article.event"));
    }

    [Fact]
    public async Task AnActiveFilterCanBeRemovedOnePartAtATime()
    {
        var page = await _factory.GetPageAsync("/?region=ukraine&q=kharkiv");
        var removes = page.QuerySelectorAll(".active-filter .chip a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/?q=kharkiv", "/?region=ukraine"], removes);
    }
}
