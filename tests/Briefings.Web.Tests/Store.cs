using Briefings.Web.Data;
using Briefings.Web.Ingestion;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefings.Web.Tests;

/// <summary>The ingestion service over an open in-memory SQLite connection, without the web host.</summary>
internal sealed class Store : IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Store(Action<IServiceCollection>? configure = null, long? maxFileBytes = null)
    {
        _connection.Open();
        var settings = new Dictionary<string, string?>();
        if (maxFileBytes is { } max)
            settings["Ingestion:MaxFileBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddBriefingsDb(BriefingsDatabase.FromConnection(_connection))
            .AddBriefingsIngestion();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
        using var db = NewDb();
        db.Database.Migrate();
    }

    public ServiceProvider Services { get; }
    public IngestionService Ingestion => Services.GetRequiredService<IngestionService>();

    public BriefingsDb NewDb() => Services.GetRequiredService<IDbContextFactory<BriefingsDb>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
