using System.Diagnostics;
using System.Security.Cryptography;
using Briefings.Ingestion;
using Briefings.Ingestion.Reading;
using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Briefings.Web.Ingestion;

/// <summary>
/// Reads files, runs the pipeline on them and stores each article with everything derived from
/// it in one transaction. A file's path relative to the folder ingested is its identity and its
/// SHA-256 content hash tells whether it changed. A bad file is skipped with a reason and the batch
/// goes on; nothing is half-stored; a write that meets another writer's lock waits and retries.
/// </summary>
public sealed class IngestionService(
    IDbContextFactory<BriefingsDb> dbFactory,
    DocumentReader reader,
    IngestionPipeline pipeline,
    ICrossArticleStep crossArticleStep,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    private readonly IngestionOptions _options = options.Value;

    /// <summary>Files and folders to a sorted list of files (see <see cref="SourceFiles.Expand"/>).</summary>
    public static IReadOnlyList<SourceFile> ExpandPaths(IEnumerable<string> paths) => SourceFiles.Expand(paths);

    /// <summary>Ingests the files and folders given, one file at a time, then runs the cross-article step if anything changed.</summary>
    public Task<IngestionSummary> IngestAsync(IEnumerable<string> paths, Action<FileOutcome>? onFile = null, CancellationToken cancellationToken = default) =>
        IngestAsync(ExpandPaths(paths), onFile, cancellationToken);

    /// <summary>
    /// Ingests the files found, one at a time, then runs the cross-article step when the batch
    /// changed something or an earlier batch died before its step ran.
    /// </summary>
    public async Task<IngestionSummary> IngestAsync(IReadOnlyList<SourceFile> files, Action<FileOutcome>? onFile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var watch = Stopwatch.StartNew();
        var outcomes = new List<FileOutcome>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await IngestFileAsync(file, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            onFile?.Invoke(outcome);
        }
        var summary = new IngestionSummary(outcomes, watch.Elapsed);
        if (summary.ChangedAnything || await IsCrossArticlePendingAsync(cancellationToken).ConfigureAwait(false))
            await RebuildStoriesAndFiguresAsync(cancellationToken).ConfigureAwait(false);
        IngestionLog.Batch(logger, outcomes.Count, summary.Ingested, summary.Unchanged, summary.Replaced, summary.Skipped, (long)summary.Elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>True when articles were written since the cross-article step last ran: a batch died between the two.</summary>
    public async Task<bool> IsCrossArticlePendingAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.IngestionState.AnyAsync(s => s.ArticlesVersion != s.CrossArticleVersion, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the cross-article step only when it is behind the articles; for a host that starts without a batch to ingest.</summary>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        if (!await IsCrossArticlePendingAsync(cancellationToken).ConfigureAwait(false))
            return false;
        await RebuildStoriesAndFiguresAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>One file given by its path (its identity is its bare name).</summary>
    public Task<FileOutcome> IngestFileAsync(string path, CancellationToken cancellationToken = default) =>
        IngestFileAsync(new SourceFile(Path.GetFullPath(path), Path.GetFileName(path)), cancellationToken);

    /// <summary>One file: kind, size, read, hash, reader, pipeline, store. Logs one structured event, whatever happens.</summary>
    public async Task<FileOutcome> IngestFileAsync(SourceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var watch = Stopwatch.StartNew();
        var outcome = file.SkipReason is { } reason
            ? FileOutcome.Skip(file.SourcePath, reason, watch.Elapsed)
            : await TryIngestFileAsync(file, watch, cancellationToken).ConfigureAwait(false);
        Log(outcome);
        return outcome;
    }

    private async Task<FileOutcome> TryIngestFileAsync(SourceFile file, Stopwatch watch, CancellationToken cancellationToken)
    {
        var identity = file.SourcePath;
        byte[] bytes;
        try
        {
            var (read, reason) = await SourceFiles.ReadAsync(file.FullPath, _options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
            if (read is null)
                return FileOutcome.Skip(identity, reason ?? "unreadable", watch.Elapsed);
            bytes = read;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return FileOutcome.Skip(identity, $"unreadable: {ex.Message}", watch.Elapsed);
        }

        // The hash decides first: an unchanged file is not read or parsed again.
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (await StoredHashAsync(identity, cancellationToken).ConfigureAwait(false) == hash)
            return new FileOutcome(identity, FileOutcomeKind.Unchanged, null, ArticleCounts.None, watch.Elapsed);

        var document = reader.Read(file.Name, bytes);
        if (document.Document is null)
            return FileOutcome.Skip(identity, document.SkipReason ?? "not a news file", watch.Elapsed);

        ArticleContext article;
        try
        {
            article = pipeline.Run(document.Document with { ContentHash = hash });
            foreach (var note in document.Notes)
                article.Report(nameof(DocumentReader), note);
        }
        catch (IngestionStageException ex)
        {
            IngestionLog.StageFailed(logger, ex, ex.Stage, PrintedName.Escape(identity));
            return FileOutcome.Skip(identity, $"the {ex.Stage} stage failed: {ex.InnerException?.Message ?? ex.Message}", watch.Elapsed);
        }
        return await StoreAsync(article, identity, watch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores an article the pipeline produced (or a test built), by file name and content hash:
    /// unchanged, ingested, or replacing the earlier version, in one transaction.
    /// </summary>
    public async Task<FileOutcome> StoreAsync(ArticleContext article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var outcome = await StoreAsync(article, article.Source.FileName, Stopwatch.StartNew(), cancellationToken).ConfigureAwait(false);
        Log(outcome);
        return outcome;
    }

    private async Task<FileOutcome> StoreAsync(ArticleContext article, string identity, Stopwatch watch, CancellationToken cancellationToken)
    {
        try
        {
            return await SqliteBusy.RetryAsync(() => TryStoreAsync(article, identity, watch, cancellationToken), logger, identity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (SqliteBusy.Is(ex))
        {
            IngestionLog.StoreFailed(logger, ex, PrintedName.Escape(identity));
            return FileOutcome.Skip(identity, $"could not be stored: the database stayed locked by another writer ({SqliteBusy.Message(ex)})", watch.Elapsed);
        }
    }

    private async Task<FileOutcome> TryStoreAsync(ArticleContext article, string identity, Stopwatch watch, CancellationToken cancellationToken)
    {
        var name = identity;
        var counts = Count(article);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var existing = await db.Articles.Where(a => a.SourcePath == identity)
                .Select(a => new { a.Id, a.ContentHash })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (existing?.ContentHash == article.Source.ContentHash)
                return new FileOutcome(name, FileOutcomeKind.Unchanged, null, ArticleCounts.None, watch.Elapsed, existing.Id);

            try
            {
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    // The database cascades the delete to everything derived from the old version.
                    if (existing is not null)
                        await db.Articles.Where(a => a.Id == existing.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    var stored = await ArticleMapper.ToStoredAsync(db, article, identity, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
                    db.Articles.Add(stored);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    // In the article's own transaction: a kill after this commit leaves the cross-article step marked behind.
                    await db.IngestionState.ExecuteUpdateAsync(s => s.SetProperty(x => x.ArticlesVersion, x => x.ArticlesVersion + 1), cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    var kind = existing is null ? FileOutcomeKind.Ingested : FileOutcomeKind.Replaced;
                    return new FileOutcome(name, kind, null, counts, watch.Elapsed, stored.Id);
                }
            }
            catch (DbUpdateException ex) when (!SqliteBusy.Is(ex))
            {
                // Rolled back with the transaction: the earlier version, if any, is still there whole.
                IngestionLog.StoreFailed(logger, ex, PrintedName.Escape(name));
                return FileOutcome.Skip(name, $"could not be stored: {ex.InnerException?.Message ?? ex.Message}", watch.Elapsed);
            }
        }
    }

    /// <summary>
    /// The cross-article step (stories, disputed figures, contradictions) over everything stored, after a batch that
    /// changed something. Its result replaces the previous one in its own transaction, so pages never
    /// see half a set of stories.
    /// </summary>
    public Task RebuildStoriesAndFiguresAsync(CancellationToken cancellationToken = default) =>
        SqliteBusy.RetryAsync(async () =>
        {
            await TryRebuildStoriesAndFiguresAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, logger, "the cross-article step", cancellationToken);

    private async Task TryRebuildStoriesAndFiguresAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // The version read before the articles are: anything written meanwhile leaves the step marked behind.
            var version = await db.IngestionState.Where(s => s.Id == IngestionState.SingletonId).Select(s => s.ArticlesVersion).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var result = await crossArticleStep.FindAsync(db, cancellationToken).ConfigureAwait(false);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var (stories, figures, contradictions) = await CrossArticleStore.ReplaceAsync(db, result, cancellationToken).ConfigureAwait(false);
                await db.IngestionState.ExecuteUpdateAsync(s => s.SetProperty(x => x.CrossArticleVersion, version), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                IngestionLog.CrossArticle(logger, stories, figures, contradictions);
            }
        }
    }

    private async Task<string?> StoredHashAsync(string identity, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Articles.Where(a => a.SourcePath == identity).Select(a => a.ContentHash)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static ArticleCounts Count(ArticleContext article) => new(
        article.Paragraphs.Count, article.Sections.Count, article.Entities.Count,
        article.Entities.Sum(e => e.Mentions.Count), article.Claims.Count, article.Events.Count);

    private void Log(FileOutcome outcome)
    {
        var level = outcome.Outcome == FileOutcomeKind.Skipped ? LogLevel.Warning : LogLevel.Information;
        if (!logger.IsEnabled(level))
            return;
        // Escaped so a name holding a line break or a terminal escape cannot forge a log line.
        var file = PrintedName.Escape(outcome.File);
        var reason = PrintedName.Escape(outcome.Reason ?? "");
        IngestionLog.File(logger, level, file, outcome.Verb, (long)outcome.Elapsed.TotalMilliseconds, outcome.Counts.Paragraphs, outcome.Counts.Sections,
            outcome.Counts.Entities, outcome.Counts.Mentions, outcome.Counts.Claims, outcome.Counts.Events, reason);
    }
}
