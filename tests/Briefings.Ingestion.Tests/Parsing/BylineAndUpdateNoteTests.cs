namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>Bylines and the "Updated ... ago" notes news sites print beside their dates.</summary>
public sealed class BylineAndUpdateNoteTests
{
    private const string Title = "Power restored in Odesa after overnight strike on substation";
    private const string Lead = "Power was restored to most of Odesa on Thursday after a strike on a substation, the grid operator said.";

    [Fact]
    public void AnAgencyBylineIsAWireCreditAndThePublisherWhenNothingElseSays()
    {
        var article = Parse.Article(Parse.Lines(Title, "By Reuters", Lead));

        Assert.Equal(["Reuters"], article.Wire);
        Assert.Equal("Reuters", article.Publisher);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == "By Reuters");
    }

    [Fact]
    public void AReportersBylineIsChromeAndNamesNoPublisher()
    {
        var article = Parse.Article(Parse.Lines(Title, "By Olena Kovalchuk, Kyiv correspondent", Lead));

        Assert.Null(article.Publisher);
        Assert.Empty(article.Wire);
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, "By Olena Kovalchuk, Kyiv correspondent"));
    }

    [Fact]
    public void ASentenceOpeningWithByStaysInTheBody()
    {
        var article = Parse.Article(Parse.Lines(Title, Lead, "By Friday, engineers had repaired two of the three lines."));

        Assert.Contains(article.Paragraphs, p => p.Text.StartsWith("By Friday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("March 6, 2025 8:14 AM GMT+2 Updated 2 hours ago")]
    [InlineData("6 March 2025, 09:30 UTC+1 Last updated 09:45")]
    public void ADateWithAnUpdateNoteIsStillADateLine(string line)
    {
        var article = Parse.Article(Parse.Lines(Title, line, Lead));

        Assert.Equal(new DateOnly(2025, 3, 6), article.Published.Date);
        Assert.True(article.Published.Stated);
        Assert.Empty(article.Sections);
    }

    [Fact]
    public void AnAgencysStandardsFooterIsChrome()
    {
        var article = Parse.Article(Parse.Lines(Title, Lead, "Our Standards: The Thomson Reuters Trust Principles."));

        Assert.DoesNotContain(article.Paragraphs, p => p.Text.StartsWith("Our Standards", StringComparison.Ordinal));
    }
}
