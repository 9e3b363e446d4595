namespace Briefings.Web.Ingestion;

/// <summary>Settings of the web host, bound from the "Briefings" configuration section.</summary>
public sealed class BriefingsOptions
{
    /// <summary>The database file, relative to the content root (<c>ConnectionStrings:Briefings</c> wins when set).</summary>
    public string? Database { get; set; }

    /// <summary>The folder ingested at start; relative to the current directory, else to the repository root.</summary>
    public string? Inbox { get; set; }

    /// <summary>False to serve what is stored without ingesting the inbox (the page tests do).</summary>
    public bool IngestInbox { get; set; } = true;

    /// <summary>False to ingest the inbox once at start; true keeps watching it and ingests what is dropped in or replaced.</summary>
    public bool WatchInbox { get; set; } = true;

    /// <summary>How often a watched inbox is listed again even when the file system reports nothing.</summary>
    public int InboxPollSeconds { get; set; } = 30;
}

/// <summary>
/// Ingests the inbox in the background when the app starts, so pages serve at once, then watches
/// it: a file dropped in or replaced is ingested within seconds and its articles show on the next
/// page load, with no restart. Only new and changed files are read again (see <see cref="InboxChanges"/>).
/// </summary>
public sealed class InboxIngestion(
    IngestionService ingestion,
    IngestionStatus status,
    Microsoft.Extensions.Options.IOptions<BriefingsOptions> options,
    IWebHostEnvironment environment,
    ILogger<InboxIngestion> logger) : BackgroundService
{
    /// <summary>The first pause before a failed inbox batch is tried again; it doubles up to <see cref="MaxRetryPause"/>.</summary>
    internal TimeSpan FirstRetryPause { get; init; } = TimeSpan.FromSeconds(2);

    internal static readonly TimeSpan MaxRetryPause = TimeSpan.FromMinutes(1);

    /// <summary>How long the inbox must be quiet after a reported change before it is read: a file being copied is written many times.</summary>
    internal TimeSpan QuietPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>False to find changes by polling alone (the tests check that path too).</summary>
    internal bool WatchFileSystem { get; init; } = true;

    private readonly InboxChanges _changes = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IngestInbox)
            return;
        // Yield so the host finishes starting and pages serve while the batch runs.
        await Task.Yield();
        var inbox = ResolveInbox(options.Value.Inbox, environment.ContentRootPath);
        if (inbox is null)
        {
            IngestionLog.NoInbox(logger, options.Value.Inbox ?? "seeds");
            await WithRetriesAsync("(none)", CatchUpAsync, stoppingToken).ConfigureAwait(false);
            return;
        }

        // Watching starts before the first batch, so a file dropped in while it runs is not missed.
        using var watcher = options.Value.WatchInbox ? new InboxWatcher(inbox, WatchFileSystem) : null;
        if (watcher?.WatchFailure is { } failure)
            IngestionLog.InboxPolled(logger, inbox, failure);
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.InboxPollSeconds));
        for (var first = true; ; first = false)
        {
            var passed = await WithRetriesAsync(inbox, ct => IngestChangesAsync(inbox, first, ct), stoppingToken).ConfigureAwait(false);
            if (!passed || watcher is null)
                return;
            try
            {
                await watcher.WaitForChangeAsync(poll, QuietPeriod, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="batch"/> until it passes: a locked or broken database must not take the
    /// pages down, nor end the worker, so it tries again, with longer pauses. False when the host stopped first.
    /// </summary>
    private async Task<bool> WithRetriesAsync(string inbox, Func<CancellationToken, Task> batch, CancellationToken stoppingToken)
    {
        for (var pause = FirstRetryPause; ; pause = pause * 2 > MaxRetryPause ? MaxRetryPause : pause * 2)
        {
            try
            {
                await batch(stoppingToken).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                status.Finished("stopped");
                return false;
            }
            catch (Exception ex)
            {
                IngestionLog.InboxFailed(logger, ex, inbox);
                status.Finished($"failed: {ex.Message}; trying again in {pause.TotalSeconds:0} s");
                IngestionLog.InboxRetry(logger, inbox, (int)pause.TotalSeconds);
            }
            try
            {
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                status.Finished("stopped");
                return false;
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        // No files to read, but a batch that died before its cross-article step still needs it.
        if (await ingestion.CatchUpAsync(stoppingToken).ConfigureAwait(false))
            IngestionLog.CaughtUp(logger);
    }

    private async Task IngestChangesAsync(string inbox, bool first, CancellationToken stoppingToken)
    {
        var files = _changes.Changed(IngestionService.ExpandPaths([inbox]));
        // The first pass runs even on an empty inbox: it also finishes a cross-article step an earlier run left behind.
        if (files.Count == 0 && !first)
            return;
        IngestionLog.InboxStarted(logger, inbox, files.Count);
        status.Started(files.Count);
        var summary = await ingestion.IngestAsync(files, _ => status.Advanced(), stoppingToken).ConfigureAwait(false);
        _changes.Ingested(files);
        status.Finished(summary.ToString());
    }

    /// <summary>
    /// The inbox folder: as configured (or <c>seeds</c>), relative to the directory the user ran
    /// the command in; failing that, relative to the repository root two levels above the
    /// content root (src/Briefings.Web), which is where <c>dotnet run --project</c> starts us.
    /// </summary>
    public static string? ResolveInbox(string? configured, string contentRoot)
    {
        var inbox = string.IsNullOrWhiteSpace(configured) ? "seeds" : configured;
        if (Path.IsPathRooted(inbox))
            return Directory.Exists(inbox) ? inbox : null;
        string[] candidates =
        [
            Path.Combine(Invocation.Directory, inbox),
            Path.Combine(contentRoot, inbox),
            Path.Combine(contentRoot, "..", "..", inbox),
        ];
        return candidates.Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);
    }
}
