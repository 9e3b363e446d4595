using System.CommandLine;
using System.Text.Json;
using Briefings.Web.Cli;

namespace Briefings.Web.Tests;

/// <summary>The verbs run in-process, with their output captured and a database of their own.</summary>
public sealed class CliTests
{
    private sealed record Run(int ExitCode, string Output, string Error);

    private static async Task<Run> InvokeAsync(params string[] args)
    {
        ServeSettings? ignored = null;
        return await InvokeAsync(s => ignored = s, args);
    }

    private static async Task<Run> InvokeAsync(Action<ServeSettings> serve, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = BriefingsCli.Create((settings, _) =>
        {
            serve(settings);
            return Task.FromResult(0);
        });
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Run(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task IngestPrintsOneLinePerFileThenASummary()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "b.db");
        var empty = folder.File("empty.txt", "");

        var first = await InvokeAsync("ingest", Repo.Seeds, empty, "--db", db);
        var second = await InvokeAsync("ingest", Repo.Seeds, "--db", db);

        Assert.Equal(0, first.ExitCode);
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Repo.SeedFiles.Count + 2, lines.Length);
        Assert.All(lines.Take(Repo.SeedFiles.Count), l => Assert.StartsWith("ingested ", l));
        Assert.Equal("skipped   empty.txt: the file is empty", lines[Repo.SeedFiles.Count]);
        Assert.StartsWith($"{Repo.SeedFiles.Count + 1} files: {Repo.SeedFiles.Count} ingested, 0 unchanged, 0 replaced, 1 skipped", lines[^1]);

        Assert.Equal(0, second.ExitCode);
        Assert.All(second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1), l => Assert.StartsWith("unchanged ", l));
    }

    [Fact]
    public async Task ExportWritesTheContractsJson()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "b.db");
        var json = Path.Combine(folder.Path, "out.json");
        await InvokeAsync("ingest", Repo.Seeds, "--db", db);

        var run = await InvokeAsync("export", "--db", db, "--out", json);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var files = document.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).ToList();
        Assert.Equal(Repo.SeedFiles.Select(Path.GetFileName).ToList(), files);
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("stories").ValueKind);
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("figures").ValueKind);
    }

    [Fact]
    public async Task IngestFailsOnlyWhenItCannotRunAtAll()
    {
        using var folder = new TempFolder();
        var missingArgs = await InvokeAsync("ingest", "--db", Path.Combine(folder.Path, "b.db"));
        var missingDb = await InvokeAsync("ingest", Repo.Seeds);
        var unwritable = await InvokeAsync("ingest", Repo.Seeds, "--db", Path.Combine(folder.Path, "no", "such", "folder", "b.db"));

        Assert.NotEqual(0, missingArgs.ExitCode);
        Assert.NotEqual(0, missingDb.ExitCode);
        Assert.NotEqual(0, unwritable.ExitCode);
        Assert.Contains("Cannot use the database", unwritable.Error);
    }

    [Fact]
    public async Task ExportOfAMissingDatabaseFailsWithoutCreatingOne()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "none.db");
        var run = await InvokeAsync("export", "--db", db, "--out", Path.Combine(folder.Path, "out.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("ingest", "--help")]
    [InlineData("export", "--help")]
    [InlineData("serve", "--help")]
    public async Task EveryVerbHasHelp(params string[] args)
    {
        var served = false;
        var run = await InvokeAsync(_ => served = true, args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.False(served);
    }

    [Fact]
    public async Task ServingIsTheDefaultVerbAndTakesItsOptions()
    {
        ServeSettings? settings = null;
        var run = await InvokeAsync(s => settings = s, "--db", "x.db", "--inbox", "in", "--urls", "http://localhost:5099", "--environment=Production");
        Assert.Equal(0, run.ExitCode);
        Assert.NotNull(settings);
        Assert.Equal("x.db", settings.Database);
        Assert.Equal("in", settings.Inbox);
        Assert.Equal("http://localhost:5099", settings.Urls);
        Assert.Equal(["--environment=Production"], settings.HostArgs);
    }

    [Fact]
    public async Task AMistypedVerbDoesNotStartTheServer()
    {
        var served = false;
        var run = await InvokeAsync(_ => served = true, "ingets", "seeds");
        Assert.NotEqual(0, run.ExitCode);
        Assert.False(served);
        Assert.Contains("ingets", run.Error);
    }
}
