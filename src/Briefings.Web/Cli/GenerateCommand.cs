using System.CommandLine;
using System.Diagnostics;
using Briefings.Web.Generation;
using Briefings.Web.Ingestion;

namespace Briefings.Web.Cli;

/// <summary>
/// <c>generate --count &lt;n&gt; --out &lt;folder&gt; --seed &lt;n&gt;</c>: a corpus of realistic article
/// files for measuring ingestion and pages at scale, the same files for the same seed.
/// </summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count", "-n") { Description = "How many article files to write.", HelpName = "n", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The folder to write them into (created if missing; must be empty unless --force).", HelpName = "folder", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed writes the same files.", HelpName = "n", DefaultValueFactory = _ => 1 };
        var force = new Option<bool>("--force") { Description = "Write into a folder that already holds files (same names are replaced)." };
        var command = new Command("generate", "Write a corpus of generated news articles (text, Markdown and HTML, several invented outlets) for benchmarks.")
        {
            count, output, seed, force,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(count), parse.GetRequiredValue(output), parse.GetValue(seed),
            parse.GetValue(force), parse.InvocationConfiguration, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(int count, string outPath, int seed, bool force, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (count <= 0)
        {
            await console.Error.WriteLineAsync($"--count must be at least 1 (got {count}).").ConfigureAwait(false);
            return 1;
        }
        var folder = Invocation.Resolve(outPath);
        if (File.Exists(folder))
        {
            await console.Error.WriteLineAsync($"{PrintedName.Escape(folder)} is a file, not a folder.").ConfigureAwait(false);
            return 1;
        }
        if (!force && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            await console.Error.WriteLineAsync($"{PrintedName.Escape(folder)} is not empty: choose a new folder, or pass --force to write into it.").ConfigureAwait(false);
            return 1;
        }

        var clock = Stopwatch.StartNew();
        void Progress(int done) => console.Error.WriteLine($"{done} of {count} files written");
        try
        {
            var bytes = await CorpusGenerator.BuiltIn.WriteAsync(folder, count, seed, Progress, cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(
                $"{count} files ({bytes / 1024.0 / 1024.0:0.0} MB, seed {seed}) in {clock.Elapsed.TotalSeconds:0.0} s → {PrintedName.Escape(folder)}").ConfigureAwait(false);
            return 0;
        }
        catch (IOException e)
        {
            await console.Error.WriteLineAsync($"Could not write into {PrintedName.Escape(folder)}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            await console.Error.WriteLineAsync($"Could not write into {PrintedName.Escape(folder)}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
