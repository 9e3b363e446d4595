using System.Net;
using Briefings.Ingestion;
using Briefings.Ingestion.Claims;
using Briefings.Web.Queries.Search;
using Microsoft.EntityFrameworkCore;
using static Briefings.Web.Tests.TimelineSamples;

namespace Briefings.Web.Tests;

/// <summary>
/// Full-text search on the timeline through the real pipeline: words in any order, phrases,
/// prefixes, exclusions, stemming, case and accents folded, other names of an entity, finds in an
/// event's paragraph or claim, bm25 order, marks, paragraphs without events, and typed input that
/// is never query syntax. Invented text throughout.
/// </summary>
public sealed class SearchPageTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    private static readonly string[] TriggerSuffixes = ["_Insert", "_Delete", "_Update"];

    public SearchPageTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        var first = Sample.Article("search-one.txt", "A night over the river", new DateOnly(2031, 3, 10), publisher: "The Lantern");
        first.Entities.AddRange(
        [
            Country("ukraine", "Ukraine", "UA"),
            Place("kyiv", "Kyiv", "UA", "Kyiv City"),
            Person("volodymyr-zelensky", "Volodymyr Zelensky", "UA", "ukraine"),
            Region("vorinsk-oblast", "Vorinsk Oblast", "UA"),
            Place("vorinsk", "Vorinsk", "UA", "Vorinsk Oblast"),
        ]);
        first.Event("attack", "Drones struck a fuel depot in Vorinsk", Day(2031, 3, 9, "on 9 March"), 0, places: ["vorinsk"]);
        first.Event("attack", "A depot of fuel burned after the raid near Vorinsk", Day(2031, 3, 9, "on 9 March"), 1, places: ["vorinsk"]);
        first.Event("exercise", "Crews held a drill with drones at the depot", Day(2031, 3, 9, "on 9 March"), 2);
        first.Event("defence", "Air defence worked over Kiev overnight", Day(2031, 3, 8, "on 8 March"), 3, places: ["kyiv"]);
        first.Event("statement", "Zelenskyy thanked the crews of the Bérezino battery", Day(2031, 3, 8, "on 8 March"), 4, ["volodymyr-zelensky"]);
        first.Paragraphs[4] = new Paragraph(4, "Zelenskyy thanked the crews of the Bérezino battery.", ParagraphKind.Body, null);
        // The words are in the sentence before: only the paragraph holds them.
        first.Event("damage", "Windows were broken in three streets", Day(2031, 3, 7, "on 7 March"), 5);
        first.Paragraphs[5] = new Paragraph(5, "A glide bomb fell on the tannery quarter. Windows were broken in three streets.", ParagraphKind.Body, null);
        // The speaker is named only in the claim: the text says "he".
        first.Event("statement", "He rejected the account of the raid", Day(2031, 3, 7, "on 7 March"), 6);
        first.Claims.Add(new Claim("Orest Malyuta", null, "reject", Stance.Deny, "He rejected the account of the raid.", 6));
        // A paragraph that tells no event.
        first.Paragraphs.Add(new Paragraph(7, "Analysts said the tannery quarter had been emptied a year before.", ParagraphKind.Body, null));
        first.Event("markup", "Residents wrote <b>help</b> on the tannery wall", Day(2031, 3, 6, "on 6 March"), 8);

        var second = Sample.Article("search-two.txt", "The capital counts its losses", new DateOnly(2031, 3, 12), publisher: "The Courier");
        second.Entities.AddRange([Country("ukraine", "Ukraine", "UA"), Place("kyiv", "Kyiv", "UA", "Kyiv City"),
            Person("volodymyr-zelensky", "Volodymyr Zelensky", "UA", "ukraine")]);
        second.Event("attack", "Debris fell on a school in Kyiv", Day(2031, 3, 11, "on 11 March"), 0, places: ["kyiv"]);
        second.Event("statement", "Zelensky visited the school", Day(2031, 3, 11, "on 11 March"), 1, ["volodymyr-zelensky"]);
        await _factory.StoreAsync(first, second);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> FoundAsync(string q, string extra = "")
    {
        var page = await _factory.GetPageAsync("/?q=" + Uri.EscapeDataString(q) + extra);
        return [.. page.QuerySelectorAll("article.event p.what").Select(p => p.TextContent.Trim()).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task WordsAreFoundInAnyOrder()
    {
        string[] both = ["A depot of fuel burned after the raid near Vorinsk", "Drones struck a fuel depot in Vorinsk"];
        Assert.Equal(both, await FoundAsync("fuel depot"));
        Assert.Equal(both, await FoundAsync("depot fuel"));
    }

    [Fact]
    public async Task AQuotedPhraseIsFoundOnlyWithItsWordsTogetherInOrder()
    {
        Assert.Equal(["Drones struck a fuel depot in Vorinsk"], await FoundAsync("\"fuel depot\""));
        Assert.Equal(["Drones struck a fuel depot in Vorinsk"], await FoundAsync("“fuel depot”"));
        Assert.Empty(await FoundAsync("\"depot fuel\""));
    }

    [Fact]
    public async Task APrefixFindsTheWordsThatStartWithIt()
    {
        Assert.Contains("Drones struck a fuel depot in Vorinsk", await FoundAsync("vorin*"));
        Assert.DoesNotContain("Drones struck a fuel depot in Vorinsk", await FoundAsync("vorin"));
    }

    [Fact]
    public async Task AMinusLeavesAWordOut()
    {
        var found = await FoundAsync("depot -drill");
        Assert.Contains("Drones struck a fuel depot in Vorinsk", found);
        Assert.DoesNotContain("Crews held a drill with drones at the depot", found);
    }

    [Fact]
    public async Task EnglishWordsAreStemmedAndCaseAndAccentsFolded()
    {
        Assert.Contains("Crews held a drill with drones at the depot", await FoundAsync("drone"));
        Assert.Contains("A depot of fuel burned after the raid near Vorinsk", await FoundAsync("BURN"));
        Assert.Equal(["Zelenskyy thanked the crews of the Bérezino battery"], await FoundAsync("berezino"));
    }

    [Fact]
    public async Task AnEntitysOtherNamesAreFoundToo()
    {
        string[] kyiv = ["Air defence worked over Kiev overnight", "Debris fell on a school in Kyiv"];
        Assert.Equal(kyiv, await FoundAsync("Kyiv"));
        Assert.Equal(kyiv, await FoundAsync("kiev"));
        string[] zelensky = ["Zelensky visited the school", "Zelenskyy thanked the crews of the Bérezino battery"];
        Assert.Equal(zelensky, await FoundAsync("Zelenskyy"));
        Assert.Equal(zelensky, await FoundAsync("zelensky"));
    }

    [Fact]
    public async Task AnEventIsFoundByItsParagraphAndShowsWhereTheWordsWere()
    {
        var page = await _factory.GetPageAsync("/?q=glide+bomb");
        var item = Assert.Single(page.QuerySelectorAll("article.event"));
        Assert.Equal("Windows were broken in three streets", item.QuerySelector("p.what")?.TextContent.Trim());
        var context = item.QuerySelector(".found-in");
        Assert.NotNull(context);
        Assert.Contains("A glide bomb fell on the tannery quarter.", context.TextContent, StringComparison.Ordinal);
        Assert.Equal(["glide", "bomb"], context.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task AnEventIsFoundByTheSpeakerOfAClaimInItsParagraph()
    {
        Assert.Equal(["He rejected the account of the raid"], await FoundAsync("Malyuta rejected"));
    }

    [Fact]
    public async Task TheFoundWordsAreMarkedAndTheTextStaysText()
    {
        var page = await _factory.GetPageAsync("/?q=tannery+wall");
        var what = Assert.Single(page.QuerySelectorAll("article.event p.what"));
        Assert.Equal(["tannery", "wall"], what.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Empty(what.QuerySelectorAll("b"));
        Assert.Contains("<b>help</b>", what.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithinADayTheBetterMatchComesFirst()
    {
        var page = await _factory.GetPageAsync("/?q=depot+fuel+Vorinsk");
        var texts = page.QuerySelectorAll("#day-2031-03-09 article.event p.what").Select(p => p.TextContent.Trim()).ToList();
        // Both hold all three words; the shorter sentence holds them more densely.
        Assert.Equal(["Drones struck a fuel depot in Vorinsk", "A depot of fuel burned after the raid near Vorinsk"], texts);
        Assert.Equal("mark", page.QuerySelector("#day-2031-03-09 article.event p.what mark")?.LocalName);
    }

    [Fact]
    public async Task ParagraphsThatTellNoEventAreListedWithTheirSource()
    {
        var page = await _factory.GetPageAsync("/?q=analysts+tannery");
        Assert.Empty(page.QuerySelectorAll("article.event"));
        var find = Assert.Single(page.QuerySelectorAll(".paragraph-finds li"));
        Assert.Contains("Analysts said the tannery quarter", find.TextContent, StringComparison.Ordinal);
        var id = await _factory.IdOfAsync("search-one.txt");
        Assert.Equal($"/articles/{id}#p7", find.QuerySelector(".source a")?.GetAttribute("href"));
        Assert.Equal("The Lantern", find.QuerySelector(".source a")?.TextContent);
        Assert.Contains("paragraphs below", page.QuerySelector("p.empty")?.TextContent ?? "", StringComparison.Ordinal);
        // Narrowed like the events: published outside the range, it is not listed.
        var later = await _factory.GetPageAsync("/?q=analysts+tannery&from=2031-03-11");
        Assert.Empty(later.QuerySelectorAll(".paragraph-finds li"));
    }

    [Fact]
    public async Task SearchCombinesWithTheRegionFilter()
    {
        Assert.Equal(["A depot of fuel burned after the raid near Vorinsk", "Drones struck a fuel depot in Vorinsk"], await FoundAsync("depot", "&region=vorinsk-oblast"));
        Assert.Equal(["Debris fell on a school in Kyiv"], await FoundAsync("school", "&region=kyiv"));
    }

    [Theory]
    [InlineData("\"unbalanced depot")]
    [InlineData("depot AND OR NOT")]
    [InlineData("NEAR(depot fuel)")]
    [InlineData("text:depot")]
    [InlineData("^depot")]
    [InlineData("depot') ; DROP TABLE Events; --")]
    [InlineData("de\"pot")]
    [InlineData("{depot}")]
    public async Task WhatIsTypedIsNeverQuerySyntax(string q)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events?q=" + Uri.EscapeDataString(q))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/claims?q=" + Uri.EscapeDataString(q))).StatusCode);
        using var db = _factory.NewDb();
        Assert.True(await db.Events.AnyAsync());
    }

    [Theory]
    [InlineData("***", "no word to search for")]
    [InlineData("-drill", "only leaves words out")]
    public async Task ASearchWithNothingToFindSaysSo(string q, string message)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/events?q=" + Uri.EscapeDataString(q))).StatusCode);
    }

    [Fact]
    public async Task ClaimsInTheApiAreFoundByTheirSpeaker()
    {
        using var client = _factory.CreateClient();
        var json = await client.GetStringAsync("/api/claims?q=malyuta");
        Assert.Contains("He rejected the account of the raid.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplacedArticleIsSearchedByItsNewTextOnly()
    {
        var before = Sample.Article("search-replaced.txt", "Version one", new DateOnly(2031, 4, 1), text: "one");
        before.Event("attack", "A mortar hit the granary", Day(2031, 4, 1, "on 1 April"), 0);
        await _factory.StoreAsync(before);
        Assert.Equal(["A mortar hit the granary"], await FoundAsync("granary"));

        var after = Sample.Article("search-replaced.txt", "Version two", new DateOnly(2031, 4, 1), text: "two");
        after.Event("attack", "A mortar hit the sawmill", Day(2031, 4, 1, "on 1 April"), 0);
        await _factory.StoreAsync(after);
        Assert.Empty(await FoundAsync("granary"));
        Assert.Equal(["A mortar hit the sawmill"], await FoundAsync("sawmill"));
    }

    [Fact]
    public async Task EveryIndexHasItsTriggersAndAgreesWithItsTable()
    {
        using var db = _factory.NewDb();
        var triggers = await db.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'trigger'").ToListAsync();
        foreach (var (index, table) in FullTextIndex.Tables)
        {
            Assert.All(TriggerSuffixes, suffix => Assert.Contains(index + suffix, triggers));
            // The names come from the constant list of indexes, not from input.
#pragma warning disable EF1003
            // FTS5's own check: the index holds exactly what its table holds, or this throws.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO " + index + "(" + index + ", rank) VALUES ('integrity-check', 1)");
            var rows = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM " + table).SingleAsync();
#pragma warning restore EF1003
            Assert.True(rows > 0, $"{table} is empty: the check would prove nothing");
        }
    }
}
