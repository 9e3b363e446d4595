using Briefings.Web.Data;
using Briefings.Web.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Briefings.Browser.Tests;

/// <summary>
/// The real app on a real Kestrel port (a browser cannot reach the in-memory test server) over an
/// in-memory database holding the seeds, and one headless Chromium for the whole run: Debian's
/// <c>/usr/bin/chromium</c>, which <c>.ci/run</c> installs when it is missing.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private IPlaywright? _playwright;

    public BrowserApp()
    {
        _connection.Open();
        UseKestrel(0);
    }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's address, e.g. http://127.0.0.1:40123.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>Where screenshots go: the test output folder, and docs/screenshots when BRIEFINGS_UPDATE_SCREENSHOTS=1.</summary>
    public static string ScreenshotFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Briefings:IngestInbox", "false");
        builder.ConfigureTestServices(services => services.AddSingleton(BriefingsDatabase.FromConnection(_connection)));
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"The browser tests drive Debian's Chromium at {ChromiumPath}; install it with `apt-get install chromium` (.ci/run does).");
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Root = new Uri(addresses.First());
        using (var scope = Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<BriefingsDb>().Database.MigrateAsync();
        await Services.GetRequiredService<IngestionService>().IngestAsync([Path.Combine(RepoRoot.Folder, "seeds")]);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in a container needs --no-sandbox; the rest keep Chromium from calling out on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> OpenAsync(string path, bool javaScript = true, int width = 1400)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            BaseURL = Root.ToString(),
        });
        // No request leaves the machine: anything not on the app's own address is refused.
        await context.RouteAsync(url => !url.StartsWith(Root.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>
    /// A PNG of the first screen in the test output; those the README shows (<paramref name="inDocs"/>)
    /// also go to docs/screenshots when BRIEFINGS_UPDATE_SCREENSHOTS=1.
    /// </summary>
    public static async Task SaveScreenshotAsync(IPage page, string name, bool inDocs)
    {
        var file = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = false });
        if (inDocs && Environment.GetEnvironmentVariable("BRIEFINGS_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Directory.CreateDirectory(Path.Combine(RepoRoot.Folder, "docs", "screenshots")).FullName;
            File.Copy(file, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
