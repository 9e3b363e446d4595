using Briefings.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Briefings.Web.Tests;

public sealed class DatabaseTests(BriefingsFactory factory) : IClassFixture<BriefingsFactory>
{
    [Fact]
    public void MigrationsDescribeTheWholeModel()
    {
        using var db = factory.NewDb();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task ADatabaseFileIsOpenedInWalMode()
    {
        using var folder = new TempFolder();
        var options = new DbContextOptionsBuilder<BriefingsDb>();
        BriefingsDatabase.FromFile(Path.Combine(folder.Path, "wal.db")).Configure(options);
        await using (var db = new BriefingsDb(options.Options))
        {
            await db.Database.MigrateAsync();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
            await db.Database.CloseConnectionAsync();
        }
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void TheDatabasePathComesFromConfigurationRelativeToTheContentRoot()
    {
        var empty = new ConfigurationBuilder().Build();
        Assert.Equal(Path.GetFullPath("/srv/app/briefings.db"), BriefingsDatabase.FromConfiguration(empty, "/srv/app").FilePath);

        var configured = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Briefings:Database"] = "data/b.db" }).Build();
        Assert.Equal(Path.GetFullPath("/srv/app/data/b.db"), BriefingsDatabase.FromConfiguration(configured, "/srv/app").FilePath);

        var connectionString = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Briefings"] = "Data Source=/var/b.db", ["Briefings:Database"] = "ignored.db" }).Build();
        Assert.Equal(Path.GetFullPath("/var/b.db"), BriefingsDatabase.FromConfiguration(connectionString, "/srv/app").FilePath);
    }
}
