using System.CommandLine;
using Briefings.Web.Data;
using Briefings.Web.Export;

namespace Briefings.Web.Cli;

/// <summary><c>export --db &lt;file&gt; --out &lt;file.json&gt;</c>: the whole store as the export contract's JSON.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The SQLite database file to export.", HelpName = "file", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The JSON file to write ('-' for standard output).", HelpName = "file.json", Required = true };
        var command = new Command("export", "Write every article, with its entities, claims and events, and the stories and figures, as JSON.")
        {
            db, output,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetRequiredValue(db), parse.GetRequiredValue(output), parse.InvocationConfiguration, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string dbPath, string outPath, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var file = Invocation.Resolve(dbPath);
        if (!File.Exists(file))
        {
            await console.Error.WriteLineAsync($"No database at {file}: run ingest first.").ConfigureAwait(false);
            return 1;
        }
        var database = BriefingsDatabase.FromFile(file);
        using var services = CliServices.Build(database, verbose: false);
        if (!await IngestCommand.TryMigrateAsync(services, database, console.Error, cancellationToken).ConfigureAwait(false))
            return 1;

        await using var scope = services.CreateAsyncScope();
        var document = await Exporter.BuildAsync(scope.ServiceProvider.GetRequiredService<BriefingsDb>(), cancellationToken).ConfigureAwait(false);
        if (outPath == "-")
        {
            await using var stdout = Console.OpenStandardOutput();
            await Exporter.WriteAsync(document, stdout, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        var target = Invocation.Resolve(outPath);
        try
        {
            // Written beside the target and moved into place, so a reader never sees half a file.
            var temporary = target + ".tmp";
            await using (var stream = File.Create(temporary))
                await Exporter.WriteAsync(document, stream, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot write {target}: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
        await console.Output.WriteLineAsync(
            $"Exported {document.Articles.Count} articles, {document.Stories.Count} stories and {document.Figures.Count} figures to {target}").ConfigureAwait(false);
        return 0;
    }
}
