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
/// it in one transaction. A file's name is its identity and its SHA-256 content hash tells whether
/// it changed. A bad file is skipped with a reason and the batch goes on; nothing is half-stored.
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

    /// <summary>Files and folders to a sorted list of files: folders are walked, dot-files left out, missing paths kept so they are reported.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                files.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(full);
            }
        }
        return files;
    }

    /// <summary>Ingests the files and folders given, one file at a time, then runs the cross-article step if anything changed.</summary>
    public async Task<IngestionSummary> IngestAsync(IEnumerable<string> paths, Action<FileOutcome>? onFile = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var outcomes = new List<FileOutcome>();
        foreach (var file in ExpandPaths(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await IngestFileAsync(file, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            onFile?.Invoke(outcome);
        }
        var summary = new IngestionSummary(outcomes, watch.Elapsed);
        if (summary.ChangedAnything)
            await RebuildStoriesAndFiguresAsync(cancellationToken).ConfigureAwait(false);
        IngestionLog.Batch(logger, outcomes.Count, summary.Ingested, summary.Unchanged, summary.Replaced, summary.Skipped, (long)summary.Elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>One file: size, read, hash, reader, pipeline, store. Logs one structured event, whatever happens.</summary>
    public async Task<FileOutcome> IngestFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var outcome = await TryIngestFileAsync(path, watch, cancellationToken).ConfigureAwait(false);
        Log(outcome);
        return outcome;
    }

    private async Task<FileOutcome> TryIngestFileAsync(string path, Stopwatch watch, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return FileOutcome.Skip(name, Directory.Exists(path) ? "is a folder" : "not found", watch.Elapsed);
            // Checked before reading so a huge file is never loaded into memory.
            if (info.Length > _options.MaxFileBytes)
                return FileOutcome.Skip(name, $"larger than the {_options.MaxFileBytes:N0}-byte limit ({info.Length:N0} bytes)", watch.Elapsed);
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return FileOutcome.Skip(name, $"unreadable: {ex.Message}", watch.Elapsed);
        }

        // The hash decides first: an unchanged file is not read or parsed again.
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (await StoredHashAsync(name, cancellationToken).ConfigureAwait(false) == hash)
            return new FileOutcome(name, FileOutcomeKind.Unchanged, null, ArticleCounts.None, watch.Elapsed);

        var read = reader.Read(name, bytes);
        if (read.Document is null)
            return FileOutcome.Skip(name, read.SkipReason ?? "not a news file", watch.Elapsed);

        ArticleContext article;
        try
        {
            article = pipeline.Run(read.Document with { ContentHash = hash });
        }
        catch (IngestionStageException ex)
        {
            IngestionLog.StageFailed(logger, ex, ex.Stage, name);
            return FileOutcome.Skip(name, $"the {ex.Stage} stage failed: {ex.InnerException?.Message ?? ex.Message}", watch.Elapsed);
        }
        return await StoreAsync(article, watch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores an article the pipeline produced (or a test built), by file name and content hash:
    /// unchanged, ingested, or replacing the earlier version, in one transaction.
    /// </summary>
    public async Task<FileOutcome> StoreAsync(ArticleContext article, CancellationToken cancellationToken = default)
    {
        var outcome = await StoreAsync(article, Stopwatch.StartNew(), cancellationToken).ConfigureAwait(false);
        Log(outcome);
        return outcome;
    }

    private async Task<FileOutcome> StoreAsync(ArticleContext article, Stopwatch watch, CancellationToken cancellationToken)
    {
        var name = article.Source.FileName;
        var counts = Count(article);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var existing = await db.Articles.Where(a => a.FileName == name)
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
                    var stored = await ArticleMapper.ToStoredAsync(db, article, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
                    db.Articles.Add(stored);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    var kind = existing is null ? FileOutcomeKind.Ingested : FileOutcomeKind.Replaced;
                    return new FileOutcome(name, kind, null, counts, watch.Elapsed, stored.Id);
                }
            }
            catch (DbUpdateException ex)
            {
                // Rolled back with the transaction: the earlier version, if any, is still there whole.
                IngestionLog.StoreFailed(logger, ex, name);
                return FileOutcome.Skip(name, $"could not be stored: {ex.InnerException?.Message ?? ex.Message}", watch.Elapsed);
            }
        }
    }

    /// <summary>
    /// The cross-article step (stories, disputed figures, contradictions) over everything stored, after a batch that
    /// changed something. Its result replaces the previous one in its own transaction, so pages never
    /// see half a set of stories.
    /// </summary>
    public async Task RebuildStoriesAndFiguresAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var result = await crossArticleStep.FindAsync(db, cancellationToken).ConfigureAwait(false);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var (stories, figures, contradictions) = await CrossArticleStore.ReplaceAsync(db, result, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                IngestionLog.CrossArticle(logger, stories, figures, contradictions);
            }
        }
    }

    private async Task<string?> StoredHashAsync(string fileName, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Articles.Where(a => a.FileName == fileName).Select(a => a.ContentHash)
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
        IngestionLog.File(logger, level, outcome.File, outcome.Verb, (long)outcome.Elapsed.TotalMilliseconds, outcome.Counts.Paragraphs, outcome.Counts.Sections,
            outcome.Counts.Entities, outcome.Counts.Mentions, outcome.Counts.Claims, outcome.Counts.Events, outcome.Reason ?? "");
    }
}
