using Briefings.Web.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefings.Web.Tests;

/// <summary>A file dropped into the inbox, or replaced, while the app serves is ingested without a restart.</summary>
public sealed class LiveInboxTests
{
    private const string First = "Floods reach Vorinsk\n\nThe river rose overnight in Vorinsk on Tuesday, the council said.";
    private const string Second = "Bridge closes in Talmere\n\nThe old bridge in Talmere was closed on Wednesday, its engineer said.";
    private const string Revised = "Floods reach Vorinsk\n\nThe river rose overnight in Vorinsk on Tuesday and fell on Thursday, the council said.";

    /// <summary>How long a test waits for the worker before it gives up; a wait, not a speed target.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static async Task<string?> WaitForAsync(IngestionStatus status, string summaryStart, string? after = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var current = status.Current;
            if (!current.Running && current.Last is { } last && !ReferenceEquals(last, after) && last.StartsWith(summaryStart, StringComparison.Ordinal))
                return last;
            await Task.Delay(20);
        }
        return status.Current.Last;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AFileDroppedInAndAFileReplacedAreIngestedAndTheUnchangedOnesAreNotReadAgain(bool fileSystemEvents)
    {
        await using var store = new Store();
        using var folder = new TempFolder();
        var first = folder.File("a.txt", First);
        var status = new IngestionStatus();
        var options = Options.Create(new BriefingsOptions { Inbox = folder.Path, InboxPollSeconds = fileSystemEvents ? 3600 : 1 });
        using var worker = new InboxIngestion(store.Ingestion, status, options, new HostEnvironment(folder.Path), NullLogger<InboxIngestion>.Instance)
        {
            QuietPeriod = TimeSpan.FromMilliseconds(50),
            // Without file-system events only the poll (every second here) finds the changes.
            WatchFileSystem = fileSystemEvents,
        };

        await worker.StartAsync(CancellationToken.None);
        var initial = await WaitForAsync(status, "1 file: 1 ingested");
        folder.File("b.txt", Second);
        var dropped = await WaitForAsync(status, "1 file: 1 ingested", after: initial);
        await File.WriteAllTextAsync(first, Revised);
        var replaced = await WaitForAsync(status, "1 file: 0 ingested, 0 unchanged, 1 replaced", after: dropped);
        await worker.StopAsync(CancellationToken.None);

        Assert.StartsWith("1 file: 1 ingested", initial);
        Assert.StartsWith("1 file: 1 ingested", dropped);
        Assert.StartsWith("1 file: 0 ingested, 0 unchanged, 1 replaced", replaced);
        await using var db = store.NewDb();
        var articles = await db.Articles.OrderBy(a => a.FileName).Select(a => new { a.FileName, Text = string.Join(" ", a.Paragraphs.Select(p => p.Text)) }).ToListAsync();
        Assert.Equal(["a.txt", "b.txt"], articles.Select(a => a.FileName));
        Assert.Contains("fell on Thursday", articles[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyFilesNewOrChangedSinceTheyWereIngestedAreListed()
    {
        using var folder = new TempFolder();
        var a = folder.File("a.txt", First);
        folder.File("b.txt", Second);
        var changes = new InboxChanges();
        var files = IngestionService.ExpandPaths([folder.Path]);

        Assert.Equal(2, changes.Changed(files).Count);
        Assert.Equal(2, changes.Changed(files).Count);
        changes.Ingested(files);
        Assert.Empty(changes.Changed(IngestionService.ExpandPaths([folder.Path])));

        File.AppendAllText(a, " More.");
        folder.File("c.txt", Second);
        Assert.Equal(["a.txt", "c.txt"], changes.Changed(IngestionService.ExpandPaths([folder.Path])).Select(f => f.Name));
    }

    [Fact]
    public async Task WhileTheFirstBatchRunsTheEmptyTimelineSaysSoAndReloadsItself()
    {
        await using var factory = new BriefingsFactory();
        using (factory.NewDb())
        {
        }
        var status = factory.Services.GetRequiredService<IngestionStatus>();
        status.Started(40);
        status.Advanced();
        status.Advanced();
        status.Advanced();

        var running = await factory.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));
        status.Finished("40 files: 0 ingested");
        var idle = await factory.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("3 of 40 files", running, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", running, StringComparison.Ordinal);
        Assert.DoesNotContain("No articles yet", running, StringComparison.Ordinal);
        Assert.Contains("No articles yet", idle, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", idle, StringComparison.Ordinal);
    }
}

/// <summary>A host environment rooted at a test's folder, for workers built by hand.</summary>
internal sealed class HostEnvironment(string root) : IWebHostEnvironment
{
    public string WebRootPath { get; set; } = root;
    public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
    public string ApplicationName { get; set; } = "Briefings.Web";
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    public string ContentRootPath { get; set; } = root;
    public string EnvironmentName { get; set; } = "Test";
}
