using Briefings.Ingestion;
using Briefings.Web.Data;
using Briefings.Web.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Model = Briefings.Ingestion.Stories;

namespace Briefings.Web.Tests;

public sealed class IngestionServiceTests
{
    [Fact]
    public async Task ANewFileIsIngestedAndTheSameFileAgainIsUnchanged()
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        var file = folder.File("a.txt", "Kyiv, 13 November 2024\n\nSomething happened.");

        var first = await store.Ingestion.IngestAsync([file]);
        var second = await store.Ingestion.IngestAsync([file]);

        Assert.Equal(FileOutcomeKind.Ingested, Assert.Single(first.Files).Outcome);
        Assert.Equal(FileOutcomeKind.Unchanged, Assert.Single(second.Files).Outcome);
        await using var db = store.NewDb();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("a.txt", article.FileName);
        Assert.Equal(64, article.ContentHash.Length);
        Assert.Equal("Kyiv, 13 November 2024\n\nSomething happened.", article.RawText);
    }

    [Fact]
    public async Task AChangedFileOfTheSameNameReplacesItsEarlierVersion()
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        var file = folder.File("a.txt", "First version.");
        await store.Ingestion.IngestAsync([file]);
        int firstId;
        await using (var db = store.NewDb())
            firstId = await db.Articles.Select(a => a.Id).SingleAsync();

        File.WriteAllText(file, "Second version.");
        var outcome = Assert.Single((await store.Ingestion.IngestAsync([file])).Files);

        Assert.Equal(FileOutcomeKind.Replaced, outcome.Outcome);
        await using var after = store.NewDb();
        var article = await after.Articles.SingleAsync();
        Assert.NotEqual(firstId, article.Id);
        Assert.Equal("Second version.", article.RawText);
    }

    [Fact]
    public async Task ReplacingDeletesEverythingDerivedFromTheEarlierVersion()
    {
        await using var store = new Store();
        Assert.Equal(FileOutcomeKind.Ingested, (await store.Ingestion.StoreAsync(Sample.Full("x.txt", "v1"))).Outcome);
        var second = Sample.Full("x.txt", "v2");
        second.Paragraphs.RemoveAt(3);
        second.Events.Clear();

        Assert.Equal(FileOutcomeKind.Replaced, (await store.Ingestion.StoreAsync(second)).Outcome);

        await using var db = store.NewDb();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(3, await db.Paragraphs.CountAsync());
        Assert.Equal(2, await db.Sections.CountAsync());
        Assert.Equal(2, await db.Appearances.CountAsync());
        Assert.Equal(3, await db.Mentions.CountAsync());
        Assert.Equal(1, await db.Claims.CountAsync());
        Assert.Equal(0, await db.Events.CountAsync());
        Assert.Equal(0, await db.EventParticipants.CountAsync());
        // Entities are shared across articles and stay.
        Assert.Equal(["kharkiv", "volodymyr-zelensky"], await db.Entities.Select(e => e.Slug).OrderBy(s => s).ToListAsync());
    }

    [Fact]
    public async Task AReplacementThatCannotBeStoredLeavesTheEarlierVersionWhole()
    {
        await using var store = new Store();
        await store.Ingestion.StoreAsync(Sample.Full("x.txt", "v1"));
        var broken = Sample.Full("x.txt", "v2");
        // Two paragraphs at the same index break a unique index half-way through the insert.
        broken.Paragraphs.Add(new Briefings.Ingestion.Paragraph(1, "Duplicate index.", ParagraphKind.Body, null));

        var outcome = await store.Ingestion.StoreAsync(broken);

        Assert.Equal(FileOutcomeKind.Skipped, outcome.Outcome);
        Assert.StartsWith("could not be stored", outcome.Reason);
        await using var db = store.NewDb();
        var article = await db.Articles.Include(a => a.Paragraphs).Include(a => a.Events).SingleAsync();
        Assert.EndsWith("v1", article.RawText);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.Single(article.Events);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty")]
    [InlineData("blank.txt", "  \n\t\n ", "white space")]
    public async Task BadInputIsSkippedWithAReason(string name, string text, string reason)
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        var outcome = Assert.Single((await store.Ingestion.IngestAsync([folder.File(name, text)])).Files);
        Assert.Equal(FileOutcomeKind.Skipped, outcome.Outcome);
        Assert.Equal(name, outcome.File);
        Assert.Contains(reason, outcome.Reason);
        Assert.Contains(name, outcome.ToString());
    }

    [Fact]
    public async Task AFileLargerThanTheLimitIsSkippedBeforeItIsRead()
    {
        await using var store = new Store(maxFileBytes: 100);
        using var folder = new TempFolder();
        var outcome = Assert.Single((await store.Ingestion.IngestAsync([folder.File("big.txt", new string('x', 101))])).Files);
        Assert.Equal(FileOutcomeKind.Skipped, outcome.Outcome);
        Assert.Contains("larger than the 100-byte limit", outcome.Reason);
    }

    [Fact]
    public async Task MissingAndUnreadableFilesAreSkipped()
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        var dangling = Path.Combine(folder.Path, "dangling.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(folder.Path, "gone.txt"));
        var outcomes = (await store.Ingestion.IngestAsync([Path.Combine(folder.Path, "missing.txt"), dangling])).Files;
        Assert.All(outcomes, o => Assert.Equal(FileOutcomeKind.Skipped, o.Outcome));
        Assert.Equal("not found", outcomes[0].Reason);
    }

    [Fact]
    public async Task ABadFileInABatchDoesNotStopTheRest()
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        folder.File("1-good.txt", "One.");
        folder.File("2-empty.txt", "");
        folder.File("3-good.txt", "Three.");

        var summary = await store.Ingestion.IngestAsync([folder.Path]);

        Assert.Equal(["1-good.txt", "2-empty.txt", "3-good.txt"], summary.Files.Select(f => f.File).ToList());
        Assert.Equal(2, summary.Ingested);
        Assert.Equal(1, summary.Skipped);
        Assert.StartsWith("3 files: 2 ingested, 0 unchanged, 0 replaced, 1 skipped", summary.ToString());
    }

    [Fact]
    public async Task AStageThatFailsSkipsItsFileAndStoresNothingOfIt()
    {
        await using var store = new Store(services => services.AddSingleton(new IngestionPipeline([new FailsOn("boom.txt")])));
        using var folder = new TempFolder();
        folder.File("boom.txt", "This one breaks the stage.");
        folder.File("fine.txt", "This one does not.");

        var summary = await store.Ingestion.IngestAsync([folder.Path]);

        var boom = summary.Files.Single(f => f.File == "boom.txt");
        Assert.Equal(FileOutcomeKind.Skipped, boom.Outcome);
        Assert.Contains("FailsOn", boom.Reason);
        Assert.Equal(FileOutcomeKind.Ingested, summary.Files.Single(f => f.File == "fine.txt").Outcome);
        await using var db = store.NewDb();
        Assert.Equal(["fine.txt"], await db.Articles.Select(a => a.FileName).ToListAsync());
    }

    [Fact]
    public async Task TheCrossArticleStepsStoriesAndFiguresAreStoredAfterABatch()
    {
        var step = new FixedStep(new CrossArticleResult(
            [new Model.Story("Kharkiv shelled", null, [new Model.EventRef("a.txt", 0), new Model.EventRef("b.txt", 0), new Model.EventRef("gone.txt", 3)], "same place, same day")],
            [new Model.Figure("drones downed", [new Model.FigureValue("a.txt", 1, "34", "Russian defence ministry"), new Model.FigureValue("b.txt", 1, "12", null)])]));
        await using var store = new Store(services => services.AddSingleton<ICrossArticleStep>(step));
        await store.Ingestion.StoreAsync(Sample.Full("a.txt"));
        await store.Ingestion.StoreAsync(Sample.Full("b.txt"));

        await store.Ingestion.RebuildStoriesAndFiguresAsync();
        await store.Ingestion.RebuildStoriesAndFiguresAsync();

        await using var db = store.NewDb();
        var story = await db.Stories.Include(s => s.Members).SingleAsync();
        Assert.Equal(2, story.Members.Count);
        var figure = await db.Figures.Include(f => f.Values).SingleAsync();
        Assert.Equal(["34", "12"], figure.Values.OrderBy(v => v.Index).Select(v => v.Value).ToList());
    }

    [Fact]
    public void FoldersAreExpandedSortedWithHiddenEntriesReportedNotRead()
    {
        using var folder = new TempFolder();
        folder.File("b.txt", "b");
        folder.File("a.txt", "a");
        folder.File(".gitkeep", "");
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        folder.File(Path.Combine("sub", "c.md"), "c");
        Directory.CreateDirectory(Path.Combine(folder.Path, ".cache"));
        folder.File(Path.Combine(".cache", "d.txt"), "d");

        var files = IngestionService.ExpandPaths([folder.Path]);

        Assert.Equal([".cache/", ".gitkeep", "a.txt", "b.txt", "sub/c.md"], files.Select(f => f.SourcePath).ToList());
        Assert.Equal([SourceFiles.HiddenFolder, SourceFiles.HiddenFile, null, null, null], files.Select(f => f.SkipReason).ToList());
        Assert.Equal("c.md", files[^1].Name);
    }

    [Fact]
    public async Task FilesOfOneNameInTwoFoldersAreTwoArticlesEachShownByItsName()
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "north"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "south"));
        folder.File(Path.Combine("north", "report.txt"), "Floods reach Vorinsk\n\nThe river rose overnight in the north.");
        folder.File(Path.Combine("south", "report.txt"), "Drought grips Talmere\n\nNo rain has fallen in the south for weeks.");

        var first = await store.Ingestion.IngestAsync([folder.Path]);
        var second = await store.Ingestion.IngestAsync([folder.Path]);

        Assert.Equal(["north/report.txt", "south/report.txt"], first.Files.Select(f => f.File).ToList());
        Assert.Equal(2, first.Ingested);
        Assert.Equal(2, second.Unchanged);
        await using var db = store.NewDb();
        var stored = await db.Articles.OrderBy(a => a.SourcePath).Select(a => new { a.SourcePath, a.FileName }).ToListAsync();
        Assert.Equal(["north/report.txt", "south/report.txt"], stored.Select(a => a.SourcePath).ToList());
        Assert.All(stored, a => Assert.Equal("report.txt", a.FileName));
    }

    [Fact]
    public async Task AHiddenFileIsReportedSkippedWithItsReason()
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        folder.File("..hidden.txt", "A hidden report from Vorinsk.");
        folder.File("seen.txt", "A report from Vorinsk that is seen.");

        var summary = await store.Ingestion.IngestAsync([folder.Path]);

        var hidden = summary.Files.Single(f => f.File == "..hidden.txt");
        Assert.Equal(FileOutcomeKind.Skipped, hidden.Outcome);
        Assert.Contains("hidden", hidden.Reason);
        Assert.Equal(1, summary.Ingested);
    }

    private sealed class FailsOn(string file) : IIngestionStage
    {
        public void Run(ArticleContext article)
        {
            if (article.Source.FileName == file)
                throw new InvalidOperationException("the stage met something it did not expect");
            article.Title = "fine";
        }
    }

    private sealed class FixedStep(CrossArticleResult result) : ICrossArticleStep
    {
        public Task<CrossArticleResult> FindAsync(BriefingsDb db, CancellationToken cancellationToken) => Task.FromResult(result);
    }
}
