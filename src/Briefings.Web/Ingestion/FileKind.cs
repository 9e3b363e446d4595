using System.Runtime.InteropServices;

namespace Briefings.Web.Ingestion;

/// <summary>What a path is once its links are followed: only a regular file is ever opened.</summary>
public enum FileKind
{
    Regular,
    Folder,
    NamedPipe,
    Device,
    Socket,
    Missing,
    Other,
}

/// <summary>
/// Tells a regular file from a named pipe, a device or a socket before anything opens it:
/// opening a FIFO blocks until a writer comes, and a device such as /dev/zero never ends.
/// .NET's FileInfo cannot tell these apart on Unix, so Linux asks statx (its struct has one
/// layout on every architecture); elsewhere FileAttributes.Device is what the platform says.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
            return OnLinux(path);
        if (Directory.Exists(path))
            return FileKind.Folder;
        if (!File.Exists(path))
            return FileKind.Missing;
        return File.GetAttributes(path).HasFlag(FileAttributes.Device) ? FileKind.Device : FileKind.Regular;
    }

    private static FileKind OnLinux(string path)
    {
        var buffer = new byte[StatxSize];
        int result;
        try
        {
            // Flags 0: follows links, so a link is judged by what it points at.
            result = Statx(AtFdCwd, path, 0, StatxType, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Folder : FileKind.Missing;
        }
        if (result != 0)
            return FileKind.Missing;
        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.NamedPipe,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, [Out] byte[] buffer);
}
