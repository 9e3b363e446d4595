using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Briefings.Web.Tests;

/// <summary>
/// The real command line as a child process, killed (SIGKILL) in the middle of a large ingest and
/// run again: the database must equal a clean run's, file by file and table by table.
/// </summary>
public sealed class CrashTests
{
    /// <summary>Enough files that the kill lands mid-batch; see docs/reliability.md for why not 10,000 here.</summary>
    private const int Files = 300;

    private static readonly string[] Places = ["Vorinsk", "Talmere", "Oskary", "Brevan", "Kelmund"];

    private static string Article(int i)
    {
        var place = Places[i % Places.Length];
        var day = 1 + (i % 27);
        return $"Council of {place} meets, report {i}\n\nThe Clarion\n\n{day} March 2031\n\n"
            + $"The council of {place} voted on Tuesday to repair bridge number {i}, its chairwoman Ilse Marrow said.\n\n"
            + $"Workers will close {i % 9 + 2} roads near {place} while the work goes on, the council said in a statement.\n";
    }

    [Fact]
    public async Task AnIngestKilledMidBatchThenRunAgainEqualsACleanRun()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(Path.Combine(folder.Path, "inbox")).FullName;
        for (var i = 0; i < Files; i++)
        {
            var sub = Directory.CreateDirectory(Path.Combine(inbox, $"batch{i % 10}")).FullName;
            await File.WriteAllTextAsync(Path.Combine(sub, $"report-{i:D5}.txt"), Article(i));
        }
        var clean = Path.Combine(folder.Path, "clean.db");
        var crashed = Path.Combine(folder.Path, "crashed.db");

        Assert.Equal(0, await RunToEndAsync(inbox, clean));

        using (var killed = Start(inbox, crashed))
        {
            // Kill once a third of the files are stored: mid-batch, whatever the machine's speed.
            var stored = await PollUntilAsync(crashed, killed, Files / 3);
            Assert.False(killed.HasExited, "the ingest ended before it could be killed");
            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync();
            Assert.InRange(stored, 1, Files - 1);
        }
        Assert.InRange(Count(crashed, "SELECT COUNT(*) FROM Articles"), 1, Files - 1);
        Assert.Equal(0, await RunToEndAsync(inbox, crashed));

        Assert.Equal(Dump(clean), Dump(crashed));
        Assert.Equal(Files, Count(crashed, "SELECT COUNT(*) FROM Articles"));
        Assert.Equal(0, Count(crashed, "SELECT COUNT(*) FROM IngestionState WHERE ArticlesVersion <> CrossArticleVersion"));
    }

    private static Process Start(string inbox, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Briefings.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "ingest", inbox, "--db", db })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        // Drained so a full pipe never blocks the child.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> RunToEndAsync(string inbox, string db)
    {
        using var process = Start(inbox, db);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    private static async Task<long> PollUntilAsync(string db, Process process, int count)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited)
        {
            if (File.Exists(db))
            {
                try
                {
                    var stored = Count(db, "SELECT COUNT(*) FROM Articles");
                    if (stored >= count)
                        return stored;
                }
                catch (SqliteException)
                {
                    // Not migrated yet, or busy for a moment: ask again.
                }
            }
            await Task.Delay(25);
        }
        return -1;
    }

    private static long Count(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A canonical dump: each article by its path with its hash and what was derived from it, the
    /// row count of every table, the foreign keys that point nowhere, the stories and figures.
    /// </summary>
    private static string Dump(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var dump = new StringBuilder();
        void Query(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                    dump.Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\t');
                dump.Append('\n');
            }
        }
        Query("""
            SELECT a.SourcePath, a.FileName, a.ContentHash, a.Title, a.Published, a.Publisher,
              (SELECT COUNT(*) FROM Paragraphs p WHERE p.ArticleId = a.Id),
              (SELECT COUNT(*) FROM Sections s WHERE s.ArticleId = a.Id),
              (SELECT COUNT(*) FROM Mentions m WHERE m.ArticleId = a.Id),
              (SELECT COUNT(*) FROM Claims c WHERE c.ArticleId = a.Id),
              (SELECT group_concat(e.Text, '|') FROM Events e WHERE e.ArticleId = a.Id)
            FROM Articles a ORDER BY a.SourcePath
            """);
        using (var tables = connection.CreateCommand())
        {
            tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' AND name <> 'IngestionState' ORDER BY name";
            var names = new List<string>();
            using (var reader = tables.ExecuteReader())
            {
                while (reader.Read())
                    names.Add(reader.GetString(0));
            }
            foreach (var name in names)
                Query($"SELECT '{name}', COUNT(*) FROM \"{name}\"");
        }
        Query("PRAGMA foreign_key_check");
        Query("SELECT s.Title, COUNT(m.EventId) FROM Stories s LEFT JOIN StoryMembers m ON m.StoryId = s.Id GROUP BY s.Id ORDER BY s.Title, COUNT(m.EventId)");
        return dump.ToString();
    }
}
