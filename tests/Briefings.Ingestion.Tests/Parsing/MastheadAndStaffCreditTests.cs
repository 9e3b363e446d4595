namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>A site's name above the headline, and a news agency's staff credit line at the foot.</summary>
public sealed class MastheadAndStaffCreditTests
{
    private const string Title = "Drone debris falls on a school in Lutsk, no one injured";
    private const string Lead = "Debris from a downed drone fell on a school yard in Lutsk overnight, the city's mayor said on Sunday.";

    [Fact]
    public void AKnownOutletsNameAboveTheHeadlineIsThePublisher()
    {
        var article = Parse.Article(Parse.Lines("Kyiv Post", Title, Lead));

        Assert.Equal("Kyiv Post", article.Publisher);
        Assert.Equal(Title, article.Title);
        Assert.Contains("Kyiv Post", article.ChromeLines);
    }

    [Fact]
    public void AnUnknownWordAboveTheHeadlineNamesNoPublisher()
    {
        var article = Parse.Article(Parse.Lines("Frontline", Title, Lead));

        Assert.Null(article.Publisher);
    }

    [Theory]
    [InlineData("Reporting by Olena Harmash; Editing by Peter Graff")]
    [InlineData("Additional reporting by Max Hunder in Kyiv")]
    [InlineData("Writing by Dan Peleschuk")]
    public void AStaffCreditLineIsDroppedFromTheBodyButCreditsNoWire(string credit)
    {
        var article = Parse.Article(Parse.Lines(Title, Lead, credit));

        Assert.Equal(LineRole.Credit, Parse.RoleOf(article, credit));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("by ", StringComparison.Ordinal) && p.Text.StartsWith(credit[..6], StringComparison.Ordinal));
        Assert.Empty(article.Wire);
    }
}
