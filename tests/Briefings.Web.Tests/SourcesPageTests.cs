using AngleSharp.Html.Parser;
using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Tests;

/// <summary>The sources page: every outlet with its articles, dates, wire credits, perspective labels and corroboration.</summary>
public sealed class SourcesPageTests : IClassFixture<SourcesPageTests.Fixture>
{
    public sealed class Fixture : BriefingsFactory
    {
        private bool _stored;

        public async Task EnsureAsync()
        {
            if (_stored)
                return;
            _stored = true;
            var first = Sample.Full("paper-1.txt");
            var second = Sample.Full("paper-2.txt", "v2");
            second.Published = new Briefings.Ingestion.PublicationDate(new DateOnly(2024, 11, 15), false, "on Friday");
            var other = Sample.Full("courier-1.txt", "v3");
            other.Publisher = "The Courier";
            other.Wire.Clear();
            other.Sections.Clear();
            await StoreAsync(first, second, other);
            // A story the two outlets both told: paper-1's event and the courier's.
            using var db = NewDb();
            var events = await db.Events.Where(e => e.Article.FileName == "paper-1.txt" || e.Article.FileName == "courier-1.txt").ToListAsync();
            db.Stories.Add(new Story { Title = "Shelling of Kharkiv", Why = "same happening", IndependentSources = 2, Members = [.. events.Select(e => new StoryMember { EventId = e.Id })] });
            await db.SaveChangesAsync();
        }
    }

    private readonly Fixture _app;

    public SourcesPageTests(Fixture app) => _app = app;

    [Fact]
    public async Task EachOutletListsItsArticlesWiresPerspectivesAndHowManyOfItsEventsOthersToldToo()
    {
        await _app.EnsureAsync();
        var page = new HtmlParser().ParseDocument(await _app.CreateClient().GetStringAsync(new Uri("/sources", UriKind.Relative)));

        var outlets = page.QuerySelectorAll("section.outlet").ToList();
        Assert.Equal(["The Paper", "The Courier"], outlets.Select(o => o.QuerySelector("h2")?.TextContent));
        string Fact(int outlet, string name) =>
            outlets[outlet].QuerySelectorAll(".outlet-facts div").Single(d => d.QuerySelector("dt")?.TextContent == name).QuerySelector("dd")!.TextContent;
        Assert.Equal("2", Fact(0, "Articles"));
        Assert.Equal("13 Nov 2024 – 15 Nov 2024", Fact(0, "Published"));
        Assert.Equal("AFP", Fact(0, "Wire credits"));
        Assert.Equal("WESTERN PERSPECTIVE", Fact(0, "Perspective labels"));
        Assert.Equal("1 of 2", Fact(0, "Told elsewhere too"));
        Assert.Equal("1 of 1", Fact(1, "Told elsewhere too"));
        Assert.Null(outlets[1].QuerySelectorAll(".outlet-facts dt").FirstOrDefault(d => d.TextContent == "Wire credits"));
        var rows = outlets[0].QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("(inferred)", rows[0].TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("a.original"), a => Assert.Equal("noopener noreferrer", a.GetAttribute("rel")));
        Assert.NotNull(page.QuerySelector("nav[aria-label=Main] a[href='/sources']"));
    }

    [Fact]
    public async Task AnEmptyCorpusSaysSo()
    {
        await using var empty = new BriefingsFactory();
        using (empty.NewDb())
        {
        }

        var html = await empty.CreateClient().GetStringAsync(new Uri("/sources", UriKind.Relative));

        Assert.Contains("No articles yet", html, StringComparison.Ordinal);
    }
}
