using System.Threading.Channels;

namespace Briefings.Web.Ingestion;

/// <summary>
/// Tells when the files of the inbox may have changed: at once when the file system reports it,
/// and at the latest after a poll interval, because events are lost on some file systems (network
/// and bind mounts), when the watcher's buffer overflows, or when the system has no watches left.
/// </summary>
public sealed class InboxWatcher : IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <param name="folder">The inbox.</param>
    /// <param name="fileSystemEvents">False to rely on polling alone, as on a file system that reports nothing.</param>
    public InboxWatcher(string folder, bool fileSystemEvents = true)
    {
        if (!fileSystemEvents)
            return;
        try
        {
            _watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Created += (_, _) => Signal();
            _watcher.Changed += (_, _) => Signal();
            _watcher.Renamed += (_, _) => Signal();
            _watcher.Error += (_, _) => Signal();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // No watches left (inotify's per-user limit) or a folder that cannot be watched: polling still finds the changes.
            _watcher?.Dispose();
            _watcher = null;
            WatchFailure = ex.Message;
        }
    }

    /// <summary>Why the folder is polled only, or null when file-system events are watched too.</summary>
    public string? WatchFailure { get; }

    /// <summary>Wakes a waiter as if the file system had reported a change.</summary>
    public void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>
    /// Returns after a reported change once the folder has been quiet for <paramref name="quiet"/>
    /// (a file being copied reports many writes; reading it half-written would only replace it
    /// again later), or after <paramref name="poll"/> without one.
    /// </summary>
    public async Task WaitForChangeAsync(TimeSpan poll, TimeSpan quiet, CancellationToken cancellationToken)
    {
        if (!await SignalWithinAsync(poll, cancellationToken).ConfigureAwait(false))
            return;
        // Settle, but never longer than one poll interval: a file written to without end must not starve the rest.
        var settled = DateTime.UtcNow + poll;
        while (DateTime.UtcNow < settled && await SignalWithinAsync(quiet, cancellationToken).ConfigureAwait(false))
        {
        }
    }

    private async Task<bool> SignalWithinAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        try
        {
            return await _signals.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _watcher?.Dispose();
}
