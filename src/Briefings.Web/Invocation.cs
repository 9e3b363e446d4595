namespace Briefings.Web;

/// <summary>Where the user ran the command, for resolving the relative paths they typed.</summary>
public static class Invocation
{
    /// <summary>
    /// <c>dotnet run --project</c> starts a web project in its own folder, but leaves the shell's
    /// <c>PWD</c> as it was: when it names an existing folder other than the current one, that
    /// is where the user typed the paths.
    /// </summary>
    public static string Directory
    {
        get
        {
            var pwd = Environment.GetEnvironmentVariable("PWD");
            return !string.IsNullOrEmpty(pwd) && Path.IsPathRooted(pwd) && System.IO.Directory.Exists(pwd)
                ? pwd
                : Environment.CurrentDirectory;
        }
    }

    /// <summary>A path the user typed, made absolute against <see cref="Directory"/>.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, Directory);
}
