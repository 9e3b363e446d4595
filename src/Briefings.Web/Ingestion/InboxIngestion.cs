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
}

/// <summary>
/// Ingests the inbox in the background when the app starts, so pages serve at once; files already
/// stored with the same hash come out unchanged, so a restart costs one hash per file.
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IngestInbox)
            return;
        // Yield so the host finishes starting and pages serve while the batch runs.
        await Task.Yield();
        var inbox = ResolveInbox(options.Value.Inbox, environment.ContentRootPath);
        if (inbox is null)
            IngestionLog.NoInbox(logger, options.Value.Inbox ?? "seeds");

        // A locked or broken database must not take the pages down, nor end the worker: it tries
        // again, with longer pauses, until the batch runs or the host stops.
        for (var pause = FirstRetryPause; ; pause = pause * 2 > MaxRetryPause ? MaxRetryPause : pause * 2)
        {
            try
            {
                await RunOnceAsync(inbox, stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                status.Finished("stopped");
                return;
            }
            catch (Exception ex)
            {
                IngestionLog.InboxFailed(logger, ex, inbox ?? "(none)");
                status.Finished($"failed: {ex.Message}; trying again in {pause.TotalSeconds:0} s");
                IngestionLog.InboxRetry(logger, inbox ?? "(none)", (int)pause.TotalSeconds);
            }
            try
            {
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                status.Finished("stopped");
                return;
            }
        }
    }

    private async Task RunOnceAsync(string? inbox, CancellationToken stoppingToken)
    {
        if (inbox is null)
        {
            // No files to read, but a batch that died before its cross-article step still needs it.
            if (await ingestion.CatchUpAsync(stoppingToken).ConfigureAwait(false))
                IngestionLog.CaughtUp(logger);
            return;
        }
        var files = IngestionService.ExpandPaths([inbox]);
        IngestionLog.InboxStarted(logger, inbox, files.Count);
        status.Started(files.Count);
        var summary = await ingestion.IngestAsync(files, _ => status.Advanced(), stoppingToken).ConfigureAwait(false);
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
