using System.Text;
using System.Text.Json;
using Briefings.Web.Export;
using Briefings.Web.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Model = Briefings.Ingestion.Stories;

namespace Briefings.Web.Tests;

public sealed class ExportTests
{
    private static async Task<(JsonElement Root, string Json)> ExportAsync(Store store)
    {
        await using var db = store.NewDb();
        var document = await Exporter.BuildAsync(db);
        using var stream = new MemoryStream();
        await Exporter.WriteAsync(document, stream);
        var json = Encoding.UTF8.GetString(stream.ToArray());
        return (JsonDocument.Parse(json).RootElement.Clone(), json);
    }

    [Fact]
    public async Task TheExportHasTheContractsShape()
    {
        var step = new FixedStep(new CrossArticleResult(
            [new Model.Story("Kharkiv shelled", new(new DateOnly(2024, 11, 12), Briefings.Ingestion.Dates.DatePrecision.Day, true, "on Tuesday"), [new Model.EventRef("full.txt", 0)], "one report")],
            [new Model.Figure("drones downed", [new Model.FigureValue("full.txt", 1, "34", "Russian defence ministry")])]));
        await using var store = new Store(services => services.AddSingleton<ICrossArticleStep>(step));
        await store.Ingestion.StoreAsync(Sample.Full());
        await store.Ingestion.RebuildStoriesAndFiguresAsync();

        var (root, _) = await ExportAsync(store);

        var article = root.GetProperty("articles").EnumerateArray().Single();
        Assert.Equal("full.txt", article.GetProperty("file").GetString());
        Assert.Equal("Kyiv briefing", article.GetProperty("title").GetString());
        Assert.Equal("2024-11-13", article.GetProperty("published").GetString());
        Assert.True(article.GetProperty("publishedStated").GetBoolean());
        Assert.Equal("13 November 2024", article.GetProperty("publishedEvidence").GetString());
        Assert.Equal("The Paper", article.GetProperty("publisher").GetString());
        Assert.Equal("https://example.org/kyiv", article.GetProperty("url").GetString());
        Assert.Equal(["AFP"], Strings(article.GetProperty("wire")));
        var section = article.GetProperty("sections")[0];
        Assert.Equal("On the front", section.GetProperty("heading").GetString());
        Assert.Equal("WESTERN PERSPECTIVE", section.GetProperty("perspective").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("sections")[1].GetProperty("perspective").ValueKind);
        Assert.Equal(4, article.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(["SITE MENU"], Strings(article.GetProperty("chrome")));

        var entity = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Kharkiv");
        Assert.Equal("place", entity.GetProperty("type").GetString());
        Assert.Equal(["Kharkiv"], Strings(entity.GetProperty("forms")));
        Assert.Equal("UA", entity.GetProperty("country").GetString());
        Assert.Equal("Kharkiv Oblast", entity.GetProperty("region").GetString());
        Assert.Equal(49.99, entity.GetProperty("lat").GetDouble());
        Assert.Equal(36.23, entity.GetProperty("lon").GetDouble());
        Assert.Equal("person", article.GetProperty("entities")[0].GetProperty("type").GetString());

        var claim = article.GetProperty("claims")[0];
        Assert.Equal("Volodymyr Zelensky", claim.GetProperty("speaker").GetString());
        Assert.Equal("say", claim.GetProperty("verb").GetString());
        Assert.Equal("assert", claim.GetProperty("stance").GetString());
        Assert.Equal(0, claim.GetProperty("paragraph").GetInt32());
        Assert.Equal("2024-11-12", claim.GetProperty("said").GetProperty("date").GetString());

        var @event = article.GetProperty("events")[0];
        Assert.Equal("2024-11-12", @event.GetProperty("date").GetString());
        Assert.True(@event.GetProperty("dateStated").GetBoolean());
        Assert.Equal("on Tuesday", @event.GetProperty("dateEvidence").GetString());
        Assert.Equal("Russian forces shelled Kharkiv", @event.GetProperty("text").GetString());
        Assert.Equal(["russia"], Strings(@event.GetProperty("actors")));
        Assert.Equal(["Kharkiv"], Strings(@event.GetProperty("places")));
        Assert.Equal(1, @event.GetProperty("paragraph").GetInt32());

        var story = root.GetProperty("stories")[0];
        Assert.Equal("Kharkiv shelled", story.GetProperty("title").GetString());
        Assert.Equal("2024-11-12", story.GetProperty("date").GetString());
        Assert.Equal(["full.txt"], Strings(story.GetProperty("files")));
        Assert.Equal(["Russian forces shelled Kharkiv"], Strings(story.GetProperty("text")));

        var figure = root.GetProperty("figures")[0];
        Assert.Equal("drones downed", figure.GetProperty("what").GetString());
        var value = figure.GetProperty("values")[0];
        Assert.Equal("full.txt", value.GetProperty("file").GetString());
        Assert.Equal("34", value.GetProperty("value").GetString());
        Assert.Equal("Russian defence ministry", value.GetProperty("by").GetString());
    }

    [Fact]
    public async Task TheExportWritesNonAsciiTextAsItIsAndIndented()
    {
        await using var store = new Store();
        await store.Ingestion.StoreAsync(Sample.Full());

        var (_, json) = await ExportAsync(store);

        Assert.Contains("Володимир Зеленський", json);
        Assert.Contains("Kyiv’s", json);
        Assert.DoesNotContain("\\u04", json);
        Assert.Contains("\n  \"articles\": [", json);
    }

    [Fact]
    public async Task AnUndatedArticleExportsNullDates()
    {
        await using var store = new Store();
        await store.Ingestion.StoreAsync(Sample.Article("undated.txt"));

        var (root, _) = await ExportAsync(store);

        var article = root.GetProperty("articles")[0];
        Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("publisher").ValueKind);
        Assert.Equal(0, root.GetProperty("stories").GetArrayLength());
    }

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];

    private sealed class FixedStep(CrossArticleResult result) : ICrossArticleStep
    {
        public Task<CrossArticleResult> FindAsync(Briefings.Web.Data.BriefingsDb db, CancellationToken cancellationToken) => Task.FromResult(result);
    }
}
