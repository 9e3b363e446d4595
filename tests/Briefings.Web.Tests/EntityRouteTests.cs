namespace Briefings.Web.Tests;

public sealed class EntityRouteTests : IClassFixture<BriefingsFactory>, IAsyncLifetime
{
    private readonly BriefingsFactory _factory;

    public EntityRouteTests(BriefingsFactory factory) => _factory = factory;

    public async Task InitializeAsync() => await _factory.StoreAsync(EntitySample.Peskov());

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/entities", 200, "text/html")]
    [InlineData("/entities?q=kreml", 200, "text/html")]
    [InlineData("/entities?q=", 200, "text/html")]
    [InlineData("/entities/dmitry-peskov", 200, "text/html")]
    [InlineData("/entities/sudzha", 200, "text/html")]
    [InlineData("/entities/unknown-slug", 404, "text/html")]
    [InlineData("/regions", 200, "text/html")]
    [InlineData("/regions/russia", 200, "text/html")]
    [InlineData("/regions/kursk-oblast", 200, "text/html")]
    [InlineData("/regions/unknown-slug", 404, "text/html")]
    [InlineData("/css/entities.css", 200, "text/css")]
    public async Task EveryEntityAndRegionRouteAnswersWithItsStatusAndContentType(string path, int status, string mediaType)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
