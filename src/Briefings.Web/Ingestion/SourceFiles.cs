namespace Briefings.Web.Ingestion;

/// <summary>
/// A file found to ingest: where it is, its identity (its path relative to the folder ingested,
/// '/' between folders, or its bare name when it was given on its own) and, when it is found
/// but must not be read (hidden, a link to a folder), why.
/// </summary>
public sealed record SourceFile(string FullPath, string SourcePath, string? SkipReason = null)
{
    /// <summary>The name as ingested, without its folder: what is shown and exported.</summary>
    public string Name => Path.GetFileName(SourcePath.TrimEnd('/'));
}

/// <summary>
/// Finds the files under the paths given and reads one safely: every file found comes out,
/// either to be read or with the reason it is skipped, so nothing is dropped without a line;
/// only regular files are opened, and never more than the size limit is read.
/// </summary>
public static class SourceFiles
{
    public const string HiddenFile = "hidden (its name begins with a dot); rename it to ingest it";
    public const string HiddenFolder = "a hidden folder (its name begins with a dot), not walked";
    public const string LinkedFolder = "a link to a folder, not followed";

    /// <summary>Files and folders to a sorted list of files: folders walked, missing paths kept so they are reported.</summary>
    public static IReadOnlyList<SourceFile> Expand(IEnumerable<string> paths)
    {
        var files = new List<SourceFile>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                var found = new List<SourceFile>();
                Walk(full, full, found);
                files.AddRange(found.OrderBy(f => f.SourcePath, StringComparer.Ordinal));
            }
            else
            {
                files.Add(new SourceFile(full, Path.GetFileName(full)));
            }
        }
        return files;
    }

    private static void Walk(string root, string folder, List<SourceFile> found)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            found.Add(new SourceFile(folder, Relative(root, folder) + "/", $"unreadable folder: {ex.Message}"));
            return;
        }
        foreach (var entry in entries)
        {
            var relative = Relative(root, entry);
            var hidden = Path.GetFileName(entry).StartsWith('.');
            var info = new DirectoryInfo(entry);
            // A link to a folder could lead back up the tree; a folder link is reported, not walked.
            if (info.Exists && info.LinkTarget is not null)
                found.Add(new SourceFile(entry, relative + "/", LinkedFolder));
            else if (info.Exists && hidden)
                found.Add(new SourceFile(entry, relative + "/", HiddenFolder));
            else if (info.Exists)
                Walk(root, entry, found);
            else
                found.Add(new SourceFile(entry, relative, hidden ? HiddenFile : null));
        }
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// The file's bytes, or why they were not read: missing, a link to nothing, not a regular file
    /// (a named pipe would block the batch forever, a device never ends), over the limit before
    /// or while it is read.
    /// </summary>
    public static async Task<(byte[]? Bytes, string? SkipReason)> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Regular)
            return (null, KindReason(path, kind));
        var length = new FileInfo(path).Length;
        // FileInfo of a link is the link's own size; the target's is what will be read.
        if (File.ResolveLinkTarget(path, returnFinalTarget: true) is FileInfo target)
            length = target.Length;
        if (length > maxBytes)
            return (null, TooLarge(maxBytes, length));

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            // Bounded whatever the size said: a file that grows while it is read stops at the limit.
            var buffer = new byte[Math.Min(length, maxBytes) + 1];
            var read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                        return (null, TooLarge(maxBytes, read));
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, Math.Max(buffer.Length * 2L, 4096)));
                }
                var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                    break;
                read += n;
            }
            return (read == buffer.Length ? buffer : buffer[..read], null);
        }
    }

    private static string TooLarge(long maxBytes, long length) =>
        $"larger than the {maxBytes:N0}-byte limit ({length:N0} bytes)";

    private static string KindReason(string path, FileKind kind) => kind switch
    {
        FileKind.Missing when new FileInfo(path).LinkTarget is { } target => $"a link to nothing ({target} does not exist)",
        FileKind.Missing => "not found",
        FileKind.Folder => "is a folder",
        FileKind.NamedPipe => "not a regular file (a named pipe); only regular files are read",
        FileKind.Device => "not a regular file (a device); only regular files are read",
        FileKind.Socket => "not a regular file (a socket); only regular files are read",
        _ => "not a regular file; only regular files are read",
    };
}
