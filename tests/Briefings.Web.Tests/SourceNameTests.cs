using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefings.Web.Pages.Timeline;

namespace Briefings.Web.Tests;

/// <summary>An article's source has one name everywhere: the outlet, else the wire, else "unknown outlet" with its title; never a file name.</summary>
public sealed class SourceNameTests : IClassFixture<SourceNameTests.Fixture>
{
    public sealed class Fixture : BriefingsFactory
    {
        public int WireOnly { get; private set; }
        public int Anonymous { get; private set; }

        public async Task EnsureAsync()
        {
            if (WireOnly != 0)
                return;
            var wireOnly = Sample.Full("wire-only-7731.txt");
            wireOnly.Publisher = null;
            var anonymous = Sample.Full("anonymous-7732.txt", "v2");
            anonymous.Publisher = null;
            anonymous.Wire.Clear();
            anonymous.Title = "Council of Vorinsk reopens the river port after a long winter of repairs";
            await StoreAsync(wireOnly, anonymous);
            WireOnly = await IdOfAsync("wire-only-7731.txt");
            Anonymous = await IdOfAsync("anonymous-7732.txt");
        }
    }

    private readonly Fixture _app;

    public SourceNameTests(Fixture app) => _app = app;

    private async Task<string> GetAsync(string path)
    {
        await _app.EnsureAsync();
        return await _app.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));
    }

    [Fact]
    public async Task TheTimelineNamesTheWireElseUnknownOutletWithTheTitle()
    {
        var page = new HtmlParser().ParseDocument(await GetAsync("/"));

        var links = page.QuerySelectorAll("a.source-link").Select(a => (Href: a.GetAttribute("href") ?? "", Text: a.TextContent)).ToList();

        Assert.Contains(links, l => l.Href.StartsWith($"/articles/{_app.WireOnly}#", StringComparison.Ordinal) && l.Text.TrimStart().StartsWith("AFP", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Href.StartsWith($"/articles/{_app.Anonymous}#", StringComparison.Ordinal)
            && l.Text.Contains("unknown outlet: Council of Vorinsk reopens the river…", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.Text.Contains(".txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheArticleAndEntityPagesAndTheApiUseTheSameName()
    {
        var article = new HtmlParser().ParseDocument(await GetAsync($"/articles/{_app.WireOnly}"));
        var entity = new HtmlParser().ParseDocument(await GetAsync("/entities/kharkiv"));
        using var api = JsonDocument.Parse(await GetAsync("/api/articles"));

        Assert.Equal("AFP", article.QuerySelector("dd.publisher")?.TextContent);
        var names = entity.QuerySelectorAll(".publisher").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains("AFP", names);
        Assert.Contains("unknown outlet", names);
        Assert.DoesNotContain(names, n => n.Contains(".txt", StringComparison.Ordinal));
        var outlets = api.RootElement.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("outlet").GetString()).ToList();
        Assert.Equal(["AFP", "unknown outlet"], outlets.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Short title", 40, "Short title")]
    [InlineData("Council of Vorinsk reopens the river port after repairs", 40, "Council of Vorinsk reopens the river…")]
    [InlineData("Averyveryveryverylongwordwithoutanyspacesatallinit", 10, "Averyveryv…")]
    public void LongTitlesAreCutAtAWord(string title, int max, string shown) => Assert.Equal(shown, TimelineText.Cut(title, max));
}
