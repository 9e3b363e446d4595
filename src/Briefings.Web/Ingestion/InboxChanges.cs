namespace Briefings.Web.Ingestion;

/// <summary>
/// Which files of the inbox are new or changed since they were last ingested, told by their size
/// and last write time, so a watched inbox of thousands of files costs a directory listing per
/// pass, not a hash of every file. A file's stamp is kept only once its batch has run, so a batch
/// that fails is tried again whole.
/// </summary>
public sealed class InboxChanges
{
    private readonly Dictionary<string, Stamp> _ingested = new(StringComparer.Ordinal);

    private readonly record struct Stamp(long Length, DateTime WrittenUtc);

    /// <summary>The files whose stamp differs from the one last kept (every file, the first time).</summary>
    public IReadOnlyList<SourceFile> Changed(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return [.. files.Where(f => !_ingested.TryGetValue(f.FullPath, out var kept) || kept != StampOf(f))];
    }

    /// <summary>Keeps the stamps the files have now: they were ingested (or skipped with their reason).</summary>
    public void Ingested(IEnumerable<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
            _ingested[file.FullPath] = StampOf(file);
    }

    private static Stamp StampOf(SourceFile file)
    {
        try
        {
            var info = new FileInfo(file.FullPath);
            return info.Exists ? new Stamp(info.Length, info.LastWriteTimeUtc) : new Stamp(-1, DateTime.MinValue);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new Stamp(-1, DateTime.MinValue);
        }
    }
}
