using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Stories;
using Briefings.Ingestion.Tests.Parsing;

namespace Briefings.Ingestion.Tests.Stories;

/// <summary>A placeholder or impossible date in one file fails no stage of it and no cross-article step of its batch.</summary>
public sealed class BadDateTests
{
    private const string Story =
        "<h1>Vorinsk dam holds after the storm</h1>"
        + "<p>The mayor of Vorinsk said on Monday that the dam had held since yesterday, and the regional governor said the water would fall next week.</p>"
        + "<p>Engineers said the repairs made last month were working, the Vorinsk council said in a statement on Tuesday.</p>";

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("1970-01-01T00:00:00Z")]
    public void APlaceholderDeclaredDateFailsNoStageAndIsNotKept(string placeholder)
    {
        var html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Vorinsk dam holds after the storm\","
                   + $"\"datePublished\":\"{placeholder}\",\"dateModified\":\"{placeholder}\"}}</script>"
                   + $"<meta property=\"article:published_time\" content=\"{placeholder}\"></head><body><article>{Story}</article></body></html>";

        var article = IngestionPipeline.CreateDefault().Run(Parse.Document(html, "dam.html"));

        Assert.Null(article.Published.Date);
        Assert.Equal("Vorinsk dam holds after the storm", article.Title);
        Assert.NotEmpty(article.Paragraphs);
    }

    [Fact]
    public void APlaceholderDateLineInATextFileFailsNoStage()
    {
        var text = Parse.Lines("Vorinsk dam holds after the storm", "Published: 01.01.0001", "",
            "The mayor of Vorinsk said on Monday that the dam had held since yesterday.", "",
            "The council said on 31 December 9999 that repairs would be done by next week.");

        var article = Parse.Article(text);

        Assert.Null(article.Published.Date);
        Assert.NotEmpty(article.Paragraphs);
    }

    [Fact]
    public void EventsAndClaimsDatedAtTheEndsOfTheCalendarFailNoStoryStep()
    {
        ResolvedDate At(DateOnly date, DatePrecision precision) => new(date, precision, true, "stored");
        StoryEvent Event(string file, int index, ResolvedDate date) =>
            new(file, index, new ArticleEvent(EventKinds.Attack, "Shelling damaged the Vorinsk dam and 120 houses, officials said.", date, 0) { Places = ["vorinsk"] })
            {
                Publisher = file,
            };
        var events = new[]
        {
            Event("a.html", 0, At(DateOnly.MinValue, DatePrecision.Day)),
            Event("b.html", 0, At(DateOnly.MaxValue, DatePrecision.Year)),
            Event("c.html", 0, At(new DateOnly(9999, 12, 1), DatePrecision.Month)),
            Event("d.html", 0, At(new DateOnly(2031, 3, 4), DatePrecision.Day)),
            Event("e.html", 0, At(new DateOnly(2031, 3, 4), DatePrecision.Day)),
        };
        var claims = new[]
        {
            new StoryClaim("a.html", 0, new Claim("Vorinsk council", null, "deny", Stance.Deny, "The council denied that the dam was damaged.", 0) { Said = At(DateOnly.MinValue, DatePrecision.Day) }),
            new StoryClaim("b.html", 0, new Claim("Vorinsk council", null, "deny", Stance.Deny, "The council denied that shelling hit the dam.", 0) { Said = At(DateOnly.MaxValue, DatePrecision.Day) }),
        };

        var stories = new StoryBuilder().Build(events);
        _ = ContradictionFinder.Find(events, claims);

        Assert.Equal(events.Length, stories.Sum(s => s.Members.Count));
        Assert.Contains(stories, s => s.Members.Contains(new EventRef("d.html", 0)) && s.Members.Contains(new EventRef("e.html", 0)));
    }
}
