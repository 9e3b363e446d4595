namespace Briefings.Tests;

/// <summary>The repository's root, found from the test binaries up to Briefings.sln; linked into every test project.</summary>
internal static class RepoRoot
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"no Briefings.sln above {AppContext.BaseDirectory}");
    }
}
