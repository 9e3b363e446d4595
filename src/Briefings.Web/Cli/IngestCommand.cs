using System.CommandLine;
using Briefings.Web.Data;
using Briefings.Web.Ingestion;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Briefings.Web.Cli;

/// <summary>
/// <c>ingest &lt;folder-or-file&gt;... --db &lt;file&gt;</c>: one line per file (or a progress bar on a
/// terminal), then a summary. Exits 0 even when files were skipped; non-zero only when it could not run.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("folder-or-file") { Description = "News files (.txt, .html, .md) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "The SQLite database file; created and migrated if missing.", HelpName = "file", Required = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log each file's structured event to standard error." };
        var command = new Command("ingest", "Ingest news files into the database; the same file again is unchanged, a changed file replaces its earlier version.")
        {
            paths, db, verbose,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetRequiredValue(paths), parse.GetRequiredValue(db), parse.GetValue(verbose), parse.InvocationConfiguration, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, string dbPath, bool verbose, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var database = BriefingsDatabase.FromFile(Invocation.Resolve(dbPath));
        using var services = CliServices.Build(database, verbose);
        if (!await TryMigrateAsync(services, database, console.Error, cancellationToken).ConfigureAwait(false))
            return 1;

        var ingestion = services.GetRequiredService<IngestionService>();
        var files = IngestionService.ExpandPaths(paths.Select(Invocation.Resolve));
        IngestionSummary summary;
        if (IsInteractive(console))
        {
            summary = await WithProgressBarAsync(ingestion, files, cancellationToken).ConfigureAwait(false);
            foreach (var skipped in summary.Files.Where(f => f.Outcome == FileOutcomeKind.Skipped))
                await console.Output.WriteLineAsync(skipped.ToString()).ConfigureAwait(false);
        }
        else
        {
            summary = await ingestion.IngestAsync(files, outcome => console.Output.WriteLine(outcome.ToString()), cancellationToken).ConfigureAwait(false);
        }
        await console.Output.WriteLineAsync($"{summary} → {PrintedName.Escape(database.ToString())}").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Creates or upgrades the database; false, with the reason written, when it cannot be opened or written.</summary>
    internal static async Task<bool> TryMigrateAsync(IServiceProvider services, BriefingsDatabase database, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            if (database.FilePath is { } file && Path.GetDirectoryName(file) is { } folder && !Directory.Exists(folder))
            {
                await error.WriteLineAsync($"Cannot use the database {file}: the folder {folder} does not exist.").ConfigureAwait(false);
                return false;
            }
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<BriefingsDb>().Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Cannot use the database {database}: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>A progress bar only for a person at a terminal: not when output is captured, redirected or in CI.</summary>
    private static bool IsInteractive(InvocationConfiguration console) =>
        ReferenceEquals(console.Output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static async Task<IngestionSummary> WithProgressBarAsync(IngestionService ingestion, IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        IngestionSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: Math.Max(1, files.Count));
                summary = await ingestion.IngestAsync(files, outcome =>
                {
                    task.Description = Markup.Escape(PrintedName.Escape(outcome.File));
                    task.Increment(1);
                }, cancellationToken).ConfigureAwait(false);
                task.Description = "Ingested";
            }).ConfigureAwait(false);
        return summary!;
    }
}
