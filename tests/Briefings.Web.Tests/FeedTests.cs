using System.Globalization;
using System.Net;
using System.Xml.Linq;
using CsvHelper;

namespace Briefings.Web.Tests;

/// <summary>The Atom feed and the CSV of a filtered timeline: the same parameters, entries linking to their paragraphs, ACLED-like columns.</summary>
public sealed class FeedTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly BriefingsFactory _factory;

    public FeedTests(BriefingsFactory factory) => _factory = factory;

    public Task InitializeAsync() => ApiSample.StoreAsync(_factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<XDocument> FeedAsync(string query)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/feed.atom" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<string[]>> CsvAsync(string query)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/events.csv" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(reader.Parser.Record!);
        return rows;
    }

    [Fact]
    public async Task TheFeedOfARegionHasAnEntryPerEventLinkingToItsParagraph()
    {
        var feed = await FeedAsync("?region=vorinsk-oblast");
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Contains("Vorinsk Oblast", feed.Root.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.EndsWith("/feed.atom?region=vorinsk-oblast", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value, StringComparison.Ordinal);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        var ledger = await _factory.IdOfAsync("ledger.txt");
        var strike = Assert.Single(entries, e => e.Element(Atom + "title")!.Value == ApiSample.Strike);
        var alternate = strike.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
        Assert.True(Uri.IsWellFormedUriString(alternate, UriKind.Absolute), alternate);
        Assert.EndsWith($"/articles/{ledger}#p0", alternate, StringComparison.Ordinal);
        Assert.Equal("https://ledger.example/vorinsk", strike.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href")!.Value);
        Assert.Equal("The Ledger", strike.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.StartsWith("urn:briefings:event:", strike.Element(Atom + "id")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFeedDropsCharactersXmlCannotHoldInsteadOfFailing()
    {
        var feed = await FeedAsync("?q=drones");
        var title = Assert.Single(feed.Root!.Elements(Atom + "entry")).Element(Atom + "title")!.Value;
        Assert.Equal(ApiSample.SecondStrike.TrimEnd('\u0007'), title);
    }

    [Fact]
    public async Task EntryIdsStayTheSameFromOneRequestToTheNext()
    {
        static List<string> Ids(XDocument feed) => [.. feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];
        Assert.Equal(Ids(await FeedAsync("")), Ids(await FeedAsync("")));
    }

    [Fact]
    public async Task TheCsvHasAcledLikeColumnsAndOneRowPerMatchingEvent()
    {
        var rows = await CsvAsync("?region=vorinsk-oblast");
        Assert.Equal(["event_date", "actors", "country", "admin1", "location", "latitude", "longitude", "source", "source_url", "notes"], rows[0]);
        Assert.Equal(3, rows.Count);
        var strike = Assert.Single(rows, r => r[9] == ApiSample.Strike);
        Assert.Equal(["2031-03-10", "Russia", "Ukraine", "Vorinsk Oblast", "Vorinsk"], strike[..5]);
        Assert.Equal(["The Ledger", "https://ledger.example/vorinsk"], strike[7..9]);
        Assert.Equal("Wire Agency", rows[1][7]);
    }

    [Fact]
    public async Task ACsvCellThatASpreadsheetWouldRunAsAFormulaIsEscaped()
    {
        var rows = await CsvAsync("?q=drones");
        var notes = rows[1][9];
        Assert.False(notes.StartsWith('='), notes);
        Assert.Contains("Drones hit Vorinsk again", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADateLessPreciseThanADayIsItsFirstDayWithTheSpanInTheNotes()
    {
        var aid = Assert.Single(await CsvAsync("?from=2031-03-01&to=2031-03-31"), r => r[9].StartsWith(ApiSample.Aid, StringComparison.Ordinal));
        Assert.Equal("2031-03-01", aid[0]);
        Assert.EndsWith("[date: March 2031]", aid[9], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feed.atom?region=nowhere")]
    [InlineData("/events.csv?from=31/03/2031")]
    [InlineData("/events.csv?actor=vorinsk")]
    public async Task ABadValueGivesTheFeedsA400ProblemInsteadOfAnEmptyList(string path)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
