using Microsoft.Data.Sqlite;

namespace Briefings.Web.Ingestion;

/// <summary>
/// Two writers share one SQLite file by taking turns: the busy timeout makes a writer wait for
/// the lock, and when another writer holds it longer (a long cross-article step, a second
/// ingest), the whole unit of work (one file's transaction, one cross-article step) is run
/// again after a pause, rather than failing the file or the batch.
/// </summary>
internal static class SqliteBusy
{
    private const int SqliteBusyCode = 5;
    private const int SqliteLockedCode = 6;

    /// <summary>How many times a unit of work is tried before its failure is reported; with the pauses and the busy timeout, minutes.</summary>
    public const int Attempts = 8;

    public static bool Is(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteBusyCode or SqliteLockedCode })
                return true;
        }
        return false;
    }

    public static string Message(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite)
                return sqlite.Message;
        }
        return ex.Message;
    }

    public static async Task<T> RetryAsync<T>(Func<Task<T>> work, ILogger logger, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Exception ex) when (Is(ex) && attempt < Attempts)
            {
                var pause = TimeSpan.FromMilliseconds(Math.Min(250 * (1 << attempt), 8000) + Random.Shared.Next(250));
                IngestionLog.Busy(logger, PrintedName.Escape(what), attempt, (long)pause.TotalMilliseconds);
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
