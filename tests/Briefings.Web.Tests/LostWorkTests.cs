using System.Diagnostics;
using Briefings.Web.Data;
using Briefings.Web.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefings.Web.Tests;

/// <summary>What a crash, a second writer or a strange file used to lose, and no longer does.</summary>
public sealed class LostWorkTests
{
    private const string Report = "Floods reach Vorinsk\n\nThe river rose overnight in Vorinsk on Tuesday, the council said.";

    [Fact]
    public async Task ArticlesStoredWithoutTheirCrossArticleStepMarkItPendingAndTheNextBatchRunsIt()
    {
        var step = new CountingStep();
        await using var store = new Store(services => services.AddSingleton<ICrossArticleStep>(step));
        using var folder = new TempFolder();
        var file = folder.File("a.txt", Report);

        // A batch killed after its files were stored: the article is there, the step never ran.
        await store.Ingestion.StoreAsync(Sample.Full("b.txt"));
        Assert.True(await store.Ingestion.IsCrossArticlePendingAsync());
        Assert.Equal(0, step.Runs);

        var first = await store.Ingestion.IngestAsync([file]);
        var rerun = await store.Ingestion.IngestAsync([file]);

        Assert.Equal(1, first.Ingested);
        Assert.Equal(1, rerun.Unchanged);
        Assert.Equal(1, step.Runs);
        Assert.False(await store.Ingestion.IsCrossArticlePendingAsync());
    }

    [Fact]
    public async Task AnUnchangedRerunAfterAKilledBatchStillRebuildsTheStories()
    {
        var step = new CountingStep();
        await using var store = new Store(services => services.AddSingleton<ICrossArticleStep>(step));
        using var folder = new TempFolder();
        var file = folder.File("a.txt", Report);
        await store.Ingestion.IngestFileAsync(file);

        var summary = await store.Ingestion.IngestAsync([file]);

        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(1, step.Runs);
        Assert.True(await store.Ingestion.CatchUpAsync() is false);
    }

    [Fact]
    public async Task TwoIngestsIntoOneDatabaseFileBothStoreEverything()
    {
        using var folder = new TempFolder();
        var database = BriefingsDatabase.FromFile(Path.Combine(folder.Path, "shared.db"));
        string[] a = [.. Enumerable.Range(0, 40).Select(i => folder.File($"a{i:D3}.txt", $"Report {i} from Vorinsk\n\nThe council of Vorinsk met on Tuesday about bridge {i}, its chairwoman said."))];
        string[] b = [.. Enumerable.Range(0, 40).Select(i => folder.File($"b{i:D3}.txt", $"Report {i} from Talmere\n\nThe council of Talmere met on Tuesday about road {i}, its chairman said."))];
        using var first = Services(database);
        using var second = Services(database);
        using (var scope = first.CreateScope())
            await scope.ServiceProvider.GetRequiredService<BriefingsDb>().Database.MigrateAsync();

        var runs = await Task.WhenAll(
            Task.Run(() => first.GetRequiredService<IngestionService>().IngestAsync(a)),
            Task.Run(() => second.GetRequiredService<IngestionService>().IngestAsync(b)));

        Assert.All(runs, r => Assert.Equal(40, r.Ingested));
        using var check = first.CreateScope();
        Assert.Equal(80, await check.ServiceProvider.GetRequiredService<BriefingsDb>().Articles.CountAsync());
    }

    [Fact]
    public void ABusyOrLockedDatabaseIsToldFromOtherFailures()
    {
        Assert.True(SqliteBusy.Is(new DbUpdateException("x", new Microsoft.Data.Sqlite.SqliteException("database is locked", 5))));
        Assert.True(SqliteBusy.Is(new Microsoft.Data.Sqlite.SqliteException("database table is locked", 6)));
        Assert.False(SqliteBusy.Is(new Microsoft.Data.Sqlite.SqliteException("constraint failed", 19)));
    }

    [Fact]
    public async Task TheInboxWorkerTriesAgainAfterAFailedBatch()
    {
        var step = new CountingStep { FailFirst = 2 };
        await using var store = new Store(services => services.AddSingleton<ICrossArticleStep>(step));
        using var folder = new TempFolder();
        folder.File("a.txt", Report);
        var status = new IngestionStatus();
        var options = Options.Create(new BriefingsOptions { Inbox = folder.Path });
        using var worker = new InboxIngestion(store.Ingestion, status, options, new HostEnvironment(folder.Path), NullLogger<InboxIngestion>.Instance)
        {
            FirstRetryPause = TimeSpan.FromMilliseconds(10),
        };

        await worker.StartAsync(CancellationToken.None);
        var watch = Stopwatch.StartNew();
        while (status.Current.Last?.StartsWith("1 file", StringComparison.Ordinal) is not true && watch.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(20);
        await worker.StopAsync(CancellationToken.None);

        Assert.StartsWith("1 file: 0 ingested, 1 unchanged", status.Current.Last);
        Assert.Equal(3, step.Runs);
    }

    [Fact]
    public async Task ANamedPipeAndALinkToADeviceAreSkippedNotOpened()
    {
        if (!OperatingSystem.IsLinux())
            return;
        await using var store = new Store();
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            await mkfifo.WaitForExitAsync();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.txt"), "/dev/zero");
        folder.File("real.txt", Report);
        var watch = Stopwatch.StartNew();

        var summary = await store.Ingestion.IngestAsync([folder.Path]);

        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 60);
        Assert.Contains("named pipe", summary.Files.Single(f => f.File == "pipe.txt").Reason);
        Assert.Contains("device", summary.Files.Single(f => f.File == "zero.txt").Reason);
        Assert.Equal(FileOutcomeKind.Ingested, summary.Files.Single(f => f.File == "real.txt").Outcome);
    }

    [Fact]
    public async Task AFileThatIsLargerThanItsSizeSaidStopsAtTheLimit()
    {
        using var folder = new TempFolder();
        var file = folder.File("a.txt", new string('x', 5000));

        var (bytes, reason) = await SourceFiles.ReadAsync(file, 1000, CancellationToken.None);
        var (whole, none) = await SourceFiles.ReadAsync(file, 5000, CancellationToken.None);

        Assert.Null(bytes);
        Assert.Contains("larger than", reason);
        Assert.Equal(5000, whole?.Length);
        Assert.Null(none);
    }

    [Fact]
    public async Task ALinkToARegularFileIsReadAndJudgedByItsTargetsSize()
    {
        await using var store = new Store(maxFileBytes: 1000);
        using var folder = new TempFolder();
        var big = folder.File("big.data", new string('x', 5000));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.txt"), big);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "small.txt"), folder.File("small.data", Report));

        var summary = await store.Ingestion.IngestAsync([Path.Combine(folder.Path, "link.txt"), Path.Combine(folder.Path, "small.txt")]);

        Assert.Contains("larger than", summary.Files[0].Reason);
        Assert.Equal(FileOutcomeKind.Ingested, summary.Files[1].Outcome);
    }

    private static ServiceProvider Services(BriefingsDatabase database) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddLogging()
        .AddBriefingsDb(database)
        .AddBriefingsIngestion()
        .AddSingleton<ICrossArticleStep, NoCrossArticleStep>()
        .BuildServiceProvider();

    private sealed class CountingStep : ICrossArticleStep
    {
        public int Runs { get; private set; }
        public int FailFirst { get; init; }

        public Task<CrossArticleResult> FindAsync(BriefingsDb db, CancellationToken cancellationToken)
        {
            Runs++;
            if (Runs <= FailFirst)
                throw new InvalidOperationException("the step met a broken store");
            return Task.FromResult(CrossArticleResult.Empty);
        }
    }
}
