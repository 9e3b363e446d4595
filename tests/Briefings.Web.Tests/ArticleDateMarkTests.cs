using System.Text;
using System.Text.Json;
using Briefings.Ingestion;
using Briefings.Ingestion.Dates;
using Briefings.Web.Export;

namespace Briefings.Web.Tests;

/// <summary>The dates an article mentions: stored, marked in its text as &lt;time&gt; runs, and exported as the contract's "dates".</summary>
public sealed class ArticleDateMarkTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private static readonly string[] Paragraphs =
    [
        "Rain fell on Vorinsk yesterday and had not stopped for three years.",
        "The Clarion said the ferry will sail on Friday.",
    ];

    private readonly BriefingsFactory _factory;
    private int _id;

    public ArticleDateMarkTests(BriefingsFactory factory) => _factory = factory;

    public static ArticleContext Dated()
    {
        var article = Sample.Article("vorinsk-rain.txt", "Rain in Vorinsk", new DateOnly(2024, 11, 12), text: string.Join("\n\n", Paragraphs));
        for (var i = 0; i < Paragraphs.Length; i++)
            article.Paragraphs.Add(new Paragraph(i, Paragraphs[i], ParagraphKind.Body, null));
        new DateMentionTagger().Run(article);
        return article;
    }

    public async Task InitializeAsync()
    {
        await _factory.StoreAsync(Dated());
        _id = await _factory.IdOfAsync("vorinsk-rain.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EachDateIsATimeElementWithItsValueAtItsOffsets()
    {
        var page = await _factory.GetPageAsync($"/articles/{_id}");

        var first = page.QuerySelectorAll("p#p0 time.date-mention").Select(t => (t.TextContent, t.GetAttribute("datetime"), t.ClassList.Contains("date-duration"))).ToList();
        Assert.Equal([("yesterday", "2024-11-11", false), ("three years", null, true)], first);
        Assert.Equal("2024-11-15", page.QuerySelector("p#p1 time.date-mention")?.GetAttribute("datetime"));
        // Marking changes no character of the text.
        Assert.Equal("¶ " + Paragraphs[0], page.QuerySelector("p#p0").OwnText());
        Assert.Contains("P3Y", page.QuerySelector("p#p0 time.date-duration")?.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportListsEveryDateWithTextValueTypeParagraphAndOffsets()
    {
        await using var store = new Store();
        await store.Ingestion.StoreAsync(Dated());
        await using var db = store.NewDb();
        using var stream = new MemoryStream();
        await Exporter.WriteAsync(await Exporter.BuildAsync(db), stream);
        var article = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.GetProperty("articles")[0];

        var dates = article.GetProperty("dates").EnumerateArray()
            .Select(d => (d.GetProperty("text").GetString(), d.GetProperty("value").GetString(), d.GetProperty("type").GetString(),
                d.GetProperty("paragraph").GetInt32(), d.GetProperty("start").GetInt32(), d.GetProperty("end").GetInt32()))
            .ToList();
        Assert.Equal(
        [
            ("yesterday", "2024-11-11", "date", 0, 21, 30),
            ("three years", "P3Y", "duration", 0, 55, 66),
            ("Friday", "2024-11-15", "date", 1, 40, 46),
        ], dates);
    }
}
