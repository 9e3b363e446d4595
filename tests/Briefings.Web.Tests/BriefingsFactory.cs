using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefings.Ingestion;
using Briefings.Web.Data;
using Briefings.Web.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Briefings.Web.Tests;

/// <summary>
/// The real app over an open in-memory SQLite connection (kept open for the factory's life, so the
/// database lives that long), migrated, with the background inbox ingestion turned off: each test
/// class ingests what it needs. A subclass can add settings (tight rate limits, say).
/// </summary>
public class BriefingsFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public BriefingsFactory() => _connection.Open();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Briefings:IngestInbox", "false");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton(BriefingsDatabase.FromConnection(_connection)));
    }

    /// <summary>Configuration a subclass sets for its host.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public BriefingsDb NewDb()
    {
        var db = Services.GetRequiredService<IDbContextFactory<BriefingsDb>>().CreateDbContext();
        db.Database.Migrate();
        return db;
    }

    public IngestionService Ingestion => Services.GetRequiredService<IngestionService>();

    public async Task<IReadOnlyList<FileOutcome>> StoreAsync(params ArticleContext[] articles)
    {
        using (NewDb())
        {
        }
        var outcomes = new List<FileOutcome>();
        foreach (var article in articles)
            outcomes.Add(await Ingestion.StoreAsync(article));
        return outcomes;
    }

    public async Task<int> IdOfAsync(string file)
    {
        using var db = NewDb();
        return await db.Articles.Where(a => a.FileName == file).Select(a => a.Id).SingleAsync();
    }

    public async Task<IHtmlDocument> GetPageAsync(string path)
    {
        using var client = CreateClient();
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _connection.Dispose();
    }
}
