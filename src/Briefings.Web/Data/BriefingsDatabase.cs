using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Briefings.Web.Data;

/// <summary>
/// Where the database is and which provider reads it: the one place the provider is chosen,
/// so a PostgreSQL provider can be added here, chosen by configuration, with its own migrations.
/// Tests hand in an open in-memory connection instead of a path.
/// </summary>
public sealed class BriefingsDatabase
{
    private readonly string? _connectionString;
    private readonly DbConnection? _connection;

    private BriefingsDatabase(string? connectionString, DbConnection? connection)
    {
        _connectionString = connectionString;
        _connection = connection;
    }

    /// <summary>The database file, or null when the store is an in-memory connection.</summary>
    public string? FilePath { get; private init; }

    public static BriefingsDatabase FromFile(string path)
    {
        var full = Path.GetFullPath(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true }.ToString();
        return new BriefingsDatabase(connectionString, null) { FilePath = full };
    }

    public static BriefingsDatabase FromConnectionString(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return new BriefingsDatabase(connectionString, null) { FilePath = string.IsNullOrEmpty(source) || source == ":memory:" ? null : Path.GetFullPath(source) };
    }

    public static BriefingsDatabase FromConnection(DbConnection connection) => new(null, connection);

    /// <summary>
    /// Reads <c>ConnectionStrings:Briefings</c> (a full connection string) or <c>Briefings:Database</c>
    /// (a file path, relative to the content root), defaulting to <c>briefings.db</c> in the content root.
    /// </summary>
    public static BriefingsDatabase FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString("Briefings");
        if (!string.IsNullOrWhiteSpace(connectionString))
            return FromConnectionString(connectionString);
        var path = configuration["Briefings:Database"];
        return FromFile(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(path) ? "briefings.db" : path));
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (_connection is not null)
            options.UseSqlite(_connection);
        else
            options.UseSqlite(_connectionString);
        options.AddInterceptors(SqlitePragmas.Instance);
    }

    public override string ToString() => FilePath ?? "(in-memory database)";
}

/// <summary>
/// WAL lets pages read while ingestion writes; it persists in the file, but setting it on every
/// open is cheap and keeps a database copied from elsewhere in the same mode. The busy timeout
/// makes a second writer wait for the lock; <c>SqliteBusy</c> retries past it.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=15000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
