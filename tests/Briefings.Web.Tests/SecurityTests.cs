using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Briefings.Web.Security;

namespace Briefings.Web.Tests;

/// <summary>Security headers on every response, pages that need no inline script or style, no state-changing form, request limits.</summary>
public sealed class SecurityTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;
    private int _id;

    public SecurityTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        await ApiSample.StoreAsync(_factory);
        _id = await _factory.IdOfAsync("ledger.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Path(string path) => path.Replace("{id}", _id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static TheoryData<string> Everything =>
    [
        "/", "/?region=nowhere", "/articles/{id}", "/articles/{id}/source", "/entities", "/entities/vorinsk", "/regions", "/regions/ukraine",
        "/api", "/api/events", "/api/events?from=bad", "/api/nothing", "/openapi/v1.json", "/feed.atom", "/events.csv", "/healthz",
        "/css/site.css", "/no/such/page", "/error",
    ];

    [Theory]
    [MemberData(nameof(Everything))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(Path(path));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void ThePolicyAllowsNoInlineScriptNoFramingAndOnlyTheSitesOwnFiles()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("style-src 'self'", directives["style-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?region=vorinsk-oblast&q=depot")]
    [InlineData("/articles/{id}")]
    [InlineData("/entities")]
    [InlineData("/entities/vorinsk")]
    [InlineData("/regions")]
    [InlineData("/regions/ukraine")]
    [InlineData("/api")]
    [InlineData("/no/such/page")]
    public async Task PagesUseNoInlineScriptStyleOrEventHandlerThePolicyWouldBlock(string path)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(Path(path));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("main"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:' i]"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/entities")]
    public async Task NoFormChangesStateSoNoneNeedsAnAntiForgeryToken(string path)
    {
        var page = await _factory.GetPageAsync(path);
        var forms = page.QuerySelectorAll("form");
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Equal("get", f.GetAttribute("method")?.ToLowerInvariant()));
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedWith413BeforeAnyPageRuns()
    {
        using var client = _factory.CreateClient();
        using var body = new ByteArrayContent(new byte[100 * 1024]);
        var response = await client.PostAsync("/api/events", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnOverlongQueryStringIsRefusedWith414AndTheSitesPage()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/?actor=" + new string('a', 5000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Address too long", page.QuerySelector("main h1")?.TextContent);
    }
}
