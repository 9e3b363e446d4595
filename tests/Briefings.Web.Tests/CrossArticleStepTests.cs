using System.Text;
using System.Text.Json;
using Briefings.Ingestion;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Events;
using Briefings.Web.Export;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Tests;

/// <summary>The real cross-article step, end to end through the ingestion service and the store.</summary>
public sealed class CrossArticleStepTests
{
    private static readonly ResolvedDate Monday = new(new DateOnly(2031, 3, 10), DatePrecision.Day, true, "on Monday");

    private static ArticleContext Article(string file, string publisher, params string[] paragraphs)
    {
        var article = Sample.Article(file, file, new DateOnly(2031, 3, 11), publisher: publisher, text: string.Join("\n", paragraphs));
        for (var i = 0; i < paragraphs.Length; i++)
            article.Paragraphs.Add(new Paragraph(i, paragraphs[i], ParagraphKind.Body, null));
        return article;
    }

    private static ArticleEvent Event(string kind, string text, int paragraph, string[] actors, string[] places) =>
        new(kind, text, Monday, paragraph) { Actors = actors, Places = places };

    private static async Task<JsonElement> ExportAsync(Store store)
    {
        await using var db = store.NewDb();
        using var stream = new MemoryStream();
        await Exporter.WriteAsync(await Exporter.BuildAsync(db), stream);
        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.Clone();
    }

    [Fact]
    public async Task TwoOutletsTellingOneHappeningFromTheirFilesMakeOneStoryWithBothSourcesAndAWhy()
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        var a = folder.File("ledger.txt",
            "Power plant hit in Kharkiv\n\n11 March 2031\n\n"
            + "Russian missiles struck a thermal power plant in Kharkiv on Monday, cutting electricity to thousands of homes, the mayor said.\n\n"
            + "Ukrainian drones set fire to an oil depot in Russia's Belgorod region on Sunday, the regional governor said.\n");
        var b = folder.File("courier.txt",
            "Kharkiv without power\n\n11 March 2031\n\n"
            + "A Russian missile strike on Monday hit a thermal power plant in Kharkiv, leaving thousands of homes without electricity.\n");

        await store.Ingestion.IngestAsync([a, b]);

        var root = await ExportAsync(store);
        var events = root.GetProperty("articles").EnumerateArray().Sum(x => x.GetProperty("events").GetArrayLength());
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(events, stories.Sum(s => s.GetProperty("text").GetArrayLength()));
        var told = Assert.Single(stories, s => s.GetProperty("files").GetArrayLength() == 2);
        Assert.Equal(["courier.txt", "ledger.txt"], told.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Order());
        Assert.Equal(2, told.GetProperty("independentSources").GetInt32());
        Assert.Contains("kharkiv", told.GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(told.GetProperty("text").EnumerateArray(), t => t.GetString()!.Contains("Belgorod", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DifferentHappeningsOfOneDayStayInStoriesOfTheirOwn()
    {
        await using var store = new Store();
        var a = Article("a.txt", "Daily Ledger", "Missiles struck a grain terminal in the port of Kellsburg on Monday.", "The Ostland parliament voted to extend martial law on Monday.");
        a.Events.Add(Event(EventKinds.Attack, "Missiles struck a grain terminal in the port of Kellsburg on Monday.", 0, ["varania"], ["kellsburg"]));
        a.Events.Add(Event(EventKinds.Vote, "The Ostland parliament voted to extend martial law on Monday.", 1, ["ostland"], []));
        var b = Article("b.txt", "Evening Courier", "Varanian missiles hit the grain terminal at Kellsburg port on Monday, officials said.");
        b.Events.Add(Event(EventKinds.Attack, "Varanian missiles hit the grain terminal at Kellsburg port on Monday, officials said.", 0, ["varania"], ["kellsburg"]));
        await store.Ingestion.StoreAsync(a);
        await store.Ingestion.StoreAsync(b);

        await store.Ingestion.RebuildStoriesAndFiguresAsync();

        await using var db = store.NewDb();
        var stories = await db.Stories.Select(s => new { s.Title, s.Why, Files = s.Members.Select(m => m.Event.Article.FileName).ToList() }).ToListAsync();
        Assert.Equal(2, stories.Count);
        var terminal = Assert.Single(stories, s => s.Files.Count == 2);
        Assert.Contains("grain", terminal.Why, StringComparison.Ordinal);
        Assert.Single(stories, s => s.Files.SequenceEqual(["a.txt"]) && s.Title.Contains("martial law", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReportAndItsDenialAreLinkedAndTheirStoryIsDisputed()
    {
        await using var store = new Store();
        var a = Article("a.txt", "Daily Ledger", "The Harbour Gazette reported that the two presidents had spoken by phone about a ceasefire on Monday.");
        a.Events.Add(Event(EventKinds.Call, "The Harbour Gazette reported that the two presidents had spoken by phone about a ceasefire on Monday.", 0, ["varania", "ostland"], []));
        var b = Article("b.txt", "Evening Courier", "The Varanian palace denied that the two presidents had spoken by phone about a ceasefire.");
        b.Claims.Add(new Claim("Varania", "varania", "deny", Stance.Deny, "The Varanian palace denied that the two presidents had spoken by phone about a ceasefire.", 0) { Said = Monday });
        await store.Ingestion.StoreAsync(a);
        await store.Ingestion.StoreAsync(b);

        await store.Ingestion.RebuildStoriesAndFiguresAsync();

        await using var db = store.NewDb();
        var link = await db.Contradictions.Select(c => new
        {
            Denial = c.DenialArticle.FileName,
            DenialClaim = c.DenialClaim!.Text,
            c.Denier,
            Report = c.ReportArticle.FileName,
            ReportEvent = c.ReportEvent!.Text,
            c.Why,
        }).SingleAsync();
        Assert.Equal(("b.txt", "a.txt", "Varania"), (link.Denial, link.Report, link.Denier));
        Assert.Contains("denied", link.DenialClaim, StringComparison.Ordinal);
        Assert.Contains("reported", link.ReportEvent, StringComparison.Ordinal);
        Assert.Contains("denial of the same happening", link.Why, StringComparison.Ordinal);
        Assert.True(await db.Stories.Where(s => s.Members.Any(m => m.Event.Article.FileName == "a.txt")).Select(s => s.Disputed).SingleAsync());

        var contradiction = (await ExportAsync(store)).GetProperty("contradictions").EnumerateArray().Single();
        Assert.Equal("b.txt", contradiction.GetProperty("denial").GetProperty("file").GetString());
        Assert.Equal("Varania", contradiction.GetProperty("denial").GetProperty("by").GetString());
        Assert.Equal("a.txt", contradiction.GetProperty("report").GetProperty("file").GetString());
        Assert.Equal(0, contradiction.GetProperty("report").GetProperty("paragraph").GetInt32());
        Assert.False(string.IsNullOrEmpty(contradiction.GetProperty("why").GetString()));
    }

    [Fact]
    public async Task DisputedFiguresAreGroupedWithWhoGaveThemAndInWhichFile()
    {
        await using var store = new Store();
        var a = Article("a.txt", "Daily Ledger", "Varania says 4,000 Ostlandic troops are in Kellsburg.");
        a.Claims.Add(new Claim("Varania", "varania", "say", Stance.Assert, "Varania says 4,000 Ostlandic troops are in Kellsburg.", 0));
        var b = Article("b.txt", "Evening Courier", "Intro.", "Observers counted more than 6,000 Ostlandic soldiers in the Kellsburg region last month.");
        await store.Ingestion.StoreAsync(a);
        await store.Ingestion.StoreAsync(b);

        await store.Ingestion.RebuildStoriesAndFiguresAsync();

        var figure = (await ExportAsync(store)).GetProperty("figures").EnumerateArray().Single();
        Assert.Contains("Ostlandic troops", figure.GetProperty("what").GetString(), StringComparison.Ordinal);
        var values = figure.GetProperty("values").EnumerateArray()
            .Select(v => (File: v.GetProperty("file").GetString(), Value: v.GetProperty("value").GetString(), By: v.GetProperty("by").GetString(), Paragraph: v.GetProperty("paragraph").GetInt32()))
            .ToList();
        Assert.Contains(("a.txt", "4,000", "Varania", 0), values);
        Assert.Contains(("b.txt", "more than 6,000", null, 1), values);
    }

    [Fact]
    public async Task TheExportedStoriesCarryOutletsIndependentSourcesDisputeAndProvenance()
    {
        await using var store = new Store();
        const string wire = "Ostland's army said it shot down fourteen drones over the northern provinces overnight.";
        foreach (var (file, publisher) in new[] { ("a.txt", "Daily Ledger"), ("b.txt", "Evening Post") })
        {
            var article = Article(file, publisher, wire);
            article.Wire.Add("Reuters");
            article.Events.Add(Event(EventKinds.Interception, wire, 0, ["ostland"], []));
            await store.Ingestion.StoreAsync(article);
        }
        var own = Article("c.txt", "Morning Star", "Ostland says its air defences shot down fourteen drones over northern provinces.");
        own.Events.Add(Event(EventKinds.Interception, "Ostland says its air defences shot down fourteen drones over northern provinces.", 0, ["ostland"], []));
        await store.Ingestion.StoreAsync(own);

        await store.Ingestion.RebuildStoriesAndFiguresAsync();

        var story = (await ExportAsync(store)).GetProperty("stories").EnumerateArray().Single();
        Assert.Equal("2031-03-10", story.GetProperty("date").GetString());
        Assert.False(string.IsNullOrEmpty(story.GetProperty("title").GetString()));
        Assert.Equal(["a.txt", "b.txt", "c.txt"], story.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(3, story.GetProperty("text").GetArrayLength());
        Assert.Equal(["Daily Ledger", "Evening Post", "Morning Star"], story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()).Order());
        Assert.Equal(2, story.GetProperty("independentSources").GetInt32());
        Assert.False(story.GetProperty("disputed").GetBoolean());
        Assert.False(string.IsNullOrEmpty(story.GetProperty("why").GetString()));
        var member = story.GetProperty("members")[0];
        Assert.Equal("a.txt", member.GetProperty("file").GetString());
        Assert.Equal(0, member.GetProperty("event").GetInt32());
        Assert.Equal(0, member.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task ReingestingAChangedFileRebuildsStoriesWithoutLosingAnySource()
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        const string head = "Power plant hit in Kharkiv\n\n11 March 2031\n\n";
        var a = folder.File("ledger.txt", head
            + "Russian missiles struck a thermal power plant in Kharkiv on Monday, cutting electricity to thousands of homes, the mayor said.\n");
        var b = folder.File("courier.txt", head
            + "A Russian missile strike on Monday hit a thermal power plant in Kharkiv, leaving thousands of homes without electricity.\n");
        await store.Ingestion.IngestAsync([a, b]);

        File.WriteAllText(b, head
            + "A Russian missile strike on Monday hit a thermal power plant in Kharkiv, leaving thousands of homes without electricity and heating.\n\n"
            + "Repairs could take weeks, the plant's operator said.\n");
        var summary = await store.Ingestion.IngestAsync([a, b]);

        Assert.Equal(1, summary.Replaced);
        await using var db = store.NewDb();
        Assert.Equal(await db.Events.CountAsync(), await db.StoryMembers.CountAsync());
        Assert.Equal(await db.Events.CountAsync(), await db.StoryMembers.Select(m => m.EventId).Distinct().CountAsync());
        var members = await db.StoryMembers.Select(m => new { m.StoryId, m.Event.Article.FileName }).ToListAsync();
        var told = Assert.Single(members.GroupBy(m => m.StoryId), g => g.Count() > 1);
        Assert.Equal(["courier.txt", "ledger.txt"], told.Select(m => m.FileName).Distinct().Order());
    }
}
