using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Briefings.Web.Tests;

/// <summary>Requests that used to answer 500 or an empty 400: the calendar's first days, unsupported methods, the error page reached directly, control characters in the path.</summary>
public sealed class ServerErrorTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;
    private int _id;

    public ServerErrorTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        await ApiSample.StoreAsync(_factory);
        _id = await _factory.IdOfAsync("ledger.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("header.site-header"));
        return page;
    }

    [Theory]
    [InlineData("/?from=0001-01-01")]
    [InlineData("/?from=0001-01-06&to=0001-01-06")]
    [InlineData("/?to=0001-01-01")]
    [InlineData("/?from=9999-12-31")]
    [InlineData("/api/events?from=0001-01-03")]
    [InlineData("/api/stories?from=0001-01-01")]
    [InlineData("/feed.atom?from=0001-01-01")]
    public async Task TheFirstAndLastDaysOfTheCalendarAreAnEmptyRangeNotAnError(string path)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void AWeekBeforeTheFirstDayOfTheCalendarStartsOnThatDay()
    {
        Assert.Equal(DateOnly.MinValue, Queries.TimelineQuery.SpanStarts(new DateOnly(1, 1, 3)).Week);
        Assert.Equal(new DateOnly(2031, 3, 4), Queries.TimelineQuery.SpanStarts(new DateOnly(2031, 3, 10)).Week);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/articles/{id}")]
    [InlineData("TRACE", "/entities/vorinsk")]
    [InlineData("TRACE", "/regions/ukraine")]
    [InlineData("DELETE", "/articles/{id}")]
    [InlineData("POST", "/entities")]
    [InlineData("PUT", "/regions")]
    public async Task AMethodAPageHasNoHandlerForAnswers405WithTheSitesPage(string method, string path)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", _id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal("Method not allowed", (await PageAsync(response)).QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task HeadStillAnswersLikeGet()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Head, "/entities/vorinsk");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/status/500")]
    [InlineData("/status/200")]
    public async Task TheErrorAndStatusPagesReachedDirectlyAreNotFound(string path)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", (await PageAsync(response)).QuerySelector("main h1")?.TextContent);
    }

    [Theory]
    [InlineData("/entities/%1F")]
    [InlineData("/entities/a%01b")]
    [InlineData("/regions/%7F")]
    public async Task AControlCharacterInThePathGetsTheSitesBadRequestPage(string path)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad request", (await PageAsync(response)).QuerySelector("main h1")?.TextContent);
    }

    /// <summary>
    /// NUL and raw (unencoded) non-ASCII bytes are refused by Kestrel while it parses the request line,
    /// before any middleware runs, and that answer cannot be customised; what the app can promise is
    /// that the refusal is a 400 and the server goes on serving.
    /// </summary>
    [Fact]
    public async Task KestrelRefusesNulAndRawNonAsciiWith400AndGoesOnServing()
    {
        using var factory = new BriefingsFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        foreach (var target in new[] { "/entities/%00"u8.ToArray(), [.. "/entities/"u8, 0xC3, 0xA4] })
        {
            var answer = await RawGetAsync(address, target);
            Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        }
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    private static async Task<string> RawGetAsync(Uri address, byte[] target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        byte[] request = [.. "GET "u8, .. target, .. " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"u8];
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task ANonAsciiAddressThatNamesNothingIsTheSitesNotFoundPage()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/entities/%D0%BA%D0%B8%D1%97%D0%B2");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", (await PageAsync(response)).QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task TheHealthCheckAsksTheDatabase()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
