using System.CommandLine;

namespace Briefings.Web.Cli;

/// <summary>What <c>serve</c> was asked for; <see cref="HostArgs"/> are the tokens left for ASP.NET Core's own configuration.</summary>
public sealed record ServeSettings(string? Database, string? Inbox, string? Urls, IReadOnlyList<string> HostArgs)
{
    /// <summary>The command line's choices as configuration keys, to win over appsettings and the environment.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        if (Database is not null)
            yield return new("Briefings:Database", Invocation.Resolve(Database));
        if (Inbox is not null)
            yield return new("Briefings:Inbox", Invocation.Resolve(Inbox));
    }
}

/// <summary>
/// The verbs: <c>ingest</c>, <c>export</c>, <c>generate</c> and <c>serve</c>, serving being the default when no verb
/// is given so <c>dotnet run --project src/Briefings.Web</c> serves.
/// </summary>
public static class BriefingsCli
{
    public static RootCommand Create(Func<ServeSettings, CancellationToken, Task<int>> serve)
    {
        var root = new RootCommand("Briefings: ingests news files and shows what they report, day by day. With no verb, serves the site.");
        AddServeOptions(root, serve);
        // ASP.NET Core takes its own switches (--environment=..., --contentRoot=...): the test host passes them too.
        root.TreatUnmatchedTokensAsErrors = false;

        var serveCommand = new Command("serve", "Serve the site (the default): migrate the database, ingest the inbox in the background, serve the timeline.");
        AddServeOptions(serveCommand, serve);
        serveCommand.TreatUnmatchedTokensAsErrors = false;
        root.Subcommands.Add(serveCommand);

        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        return root;
    }

    private static void AddServeOptions(Command command, Func<ServeSettings, CancellationToken, Task<int>> serve)
    {
        var db = new Option<string>("--db") { Description = "The SQLite database file (default: briefings.db in the content root, or Briefings:Database).", HelpName = "file" };
        var inbox = new Option<string>("--inbox") { Description = "The folder of news files ingested at start (default: seeds/).", HelpName = "folder" };
        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://localhost:5041.", HelpName = "urls" };
        command.Options.Add(db);
        command.Options.Add(inbox);
        command.Options.Add(urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (UnknownWord(parse.UnmatchedTokens) is { } word)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Unknown command or argument '{word}'. See --help.").ConfigureAwait(false);
                return 1;
            }
            var settings = new ServeSettings(parse.GetValue(db), parse.GetValue(inbox), parse.GetValue(urls), parse.UnmatchedTokens);
            return await serve(settings, cancellationToken).ConfigureAwait(false);
        });
    }

    /// <summary>A bare word that is neither a switch nor a switch's value: most likely a mistyped verb, which must not start a server.</summary>
    private static string? UnknownWord(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isValue = i > 0 && tokens[i - 1].StartsWith('-') && !tokens[i - 1].Contains('=');
            if (!token.StartsWith('-') && !isValue)
                return token;
        }
        return null;
    }
}
