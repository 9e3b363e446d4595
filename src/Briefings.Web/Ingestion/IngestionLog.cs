namespace Briefings.Web.Ingestion;

/// <summary>The ingestion's structured log events, generated so a disabled level costs nothing on the hot path.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 1, Message = "{File}: {Outcome} in {ElapsedMs} ms ({Paragraphs} paragraphs, {Sections} sections, {Entities} entities, {Mentions} mentions, {Claims} claims, {Events} events) {Reason}")]
    public static partial void File(ILogger logger, LogLevel level, string file, string outcome, long elapsedMs,
        int paragraphs, int sections, int entities, int mentions, int claims, int events, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Ingestion batch done: {Files} files, {Ingested} ingested, {Unchanged} unchanged, {Replaced} replaced, {Skipped} skipped in {ElapsedMs} ms")]
    public static partial void Batch(ILogger logger, int files, int ingested, int unchanged, int replaced, int skipped, long elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Stage {Stage} failed on {File}")]
    public static partial void StageFailed(ILogger logger, Exception exception, string stage, string file);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Could not store {File}")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string file);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Cross-article step stored {Stories} stories, {Figures} figures and {Contradictions} contradictions")]
    public static partial void CrossArticle(ILogger logger, int stories, int figures, int contradictions);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Ingesting {Files} new or changed file(s) of the inbox {Inbox}")]
    public static partial void InboxStarted(ILogger logger, string inbox, int files);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "No inbox folder found (looked for {Inbox}); nothing to ingest")]
    public static partial void NoInbox(ILogger logger, string inbox);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "Ingesting inbox {Inbox} failed")]
    public static partial void InboxFailed(ILogger logger, Exception exception, string inbox);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "The database is locked by another writer while storing {What} (attempt {Attempt}); trying again in {PauseMs} ms")]
    public static partial void Busy(ILogger logger, string what, int attempt, long pauseMs);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Ingesting inbox {Inbox} will be tried again in {PauseSeconds} s")]
    public static partial void InboxRetry(ILogger logger, string inbox, int pauseSeconds);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "The cross-article step was behind the stored articles (an earlier batch stopped before it); it ran again")]
    public static partial void CaughtUp(ILogger logger);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "The inbox {Inbox} cannot be watched ({Reason}); it is listed again every poll interval instead")]
    public static partial void InboxPolled(ILogger logger, string inbox, string reason);
}
