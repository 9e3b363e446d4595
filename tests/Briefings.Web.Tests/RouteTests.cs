namespace Briefings.Web.Tests;

public sealed class RouteTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;
    private int _id;

    public RouteTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        await _factory.StoreAsync(Sample.Full("route.txt"));
        _id = await _factory.IdOfAsync("route.txt");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/", 200, "text/html")]
    [InlineData("/?before=2024-11-14", 200, "text/html")]
    [InlineData("/articles/{id}", 200, "text/html")]
    [InlineData("/articles/{id}/source", 200, "text/plain")]
    [InlineData("/articles/{id}/file?p=0", 200, "text/html")]
    [InlineData("/articles/{id}/file?p=x", 400, "text/html")]
    [InlineData("/css/site.css", 200, "text/css")]
    [InlineData("/articles/987654", 404, "text/html")]
    [InlineData("/articles/987654/source", 404, "text/html")]
    [InlineData("/no/such/page", 404, "text/html")]
    public async Task EveryRouteAnswersWithItsStatusAndContentType(string path, int status, string mediaType)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path.Replace("{id}", _id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
