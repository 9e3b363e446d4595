using Briefings.Web.Api;
using Briefings.Web.Cli;
using Briefings.Web.Data;
using Briefings.Web.Feeds;
using Briefings.Web.Ingestion;
using Briefings.Web.Queries;
using Briefings.Web.Security;
using Microsoft.EntityFrameworkCore;
using Serilog;

// The command line picks the verb (ingest, export, serve); serving is the default, so `dotnet run` serves.
return await BriefingsCli.Create(ServeAsync).Parse(args).InvokeAsync();

static async Task<int> ServeAsync(ServeSettings settings, CancellationToken cancellationToken)
{
    var builder = WebApplication.CreateBuilder([.. settings.HostArgs]);

    // What was given on the command line wins over appsettings and the environment.
    builder.Configuration.AddInMemoryCollection(settings.ToConfiguration());
    if (settings.Urls is not null)
        builder.WebHost.UseUrls(settings.Urls);

    // Serilog: request logging and one structured event per ingested file, configured from the "Serilog" section.
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .WriteTo.Console(), preserveStaticLogger: true);

    // The store: SQLite in WAL mode, at ConnectionStrings:Briefings or Briefings:Database (briefings.db in the content root).
    builder.Services.AddBriefingsDb(BriefingsDatabase.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath));

    // Ingestion: the pipeline and the service, and the inbox ingested in the background while pages serve.
    builder.Services.AddBriefingsIngestion();
    builder.Services.AddOptions<BriefingsOptions>().BindConfiguration("Briefings");
    builder.Services.AddSingleton<IngestionStatus>();
    builder.Services.AddHostedService<InboxIngestion>();

    // Pages: thin Razor Pages over the queries every list shares (filters, full-text search).
    builder.Services.AddBriefingsQueries();
    builder.Services.AddRazorPages();

    // For other programs: the JSON API with its OpenAPI document, the health check, the Atom feed and the CSV.
    builder.Services.AddBriefingsApi();
    builder.Services.AddBriefingsFeeds();

    // Request limits, pages answering only their own methods, rate limits on the API and on search.
    builder.AddBriefingsSecurity();

    var app = builder.Build();

    // The schema comes from migrations (never EnsureCreated), so a database can be upgraded in place.
    await using (var scope = app.Services.CreateAsyncScope())
        await scope.ServiceProvider.GetRequiredService<BriefingsDb>().Database.MigrateAsync(cancellationToken);

    // Security headers on every response, set first so that error pages carry them too.
    app.UseSecurityHeaders();

    // Errors and failed requests (400, 404, 405, 429…) get pages of their own, in the site's layout.
    if (!app.Environment.IsDevelopment())
        app.UseExceptionHandler("/error");
    app.UseStatusCodePagesWithReExecute("/status/{0}");

    // One log event per request; then what no page can answer is refused, and the rate limits apply.
    app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
    app.UseRequestRules();
    app.UseStaticFiles();
    app.UseRateLimiter();

    // Pages, the API and the feeds.
    app.MapRazorPages();
    app.MapBriefingsApi();
    app.MapBriefingsFeeds();

    await app.RunAsync(cancellationToken);
    return 0;
}

/// <summary>Exposed for WebApplicationFactory in the page tests.</summary>
public partial class Program;
