namespace Briefings.Ingestion.Tests.Parsing;

public sealed class ProvenanceReaderTests
{
    private const string Title = "Lithuania to build new air defence base near Belarus border";
    private const string Lead = "Lithuania will station a new air defence battalion near the Belarusian border by 2026, the defence ministry said on Tuesday.";

    private static ArticleContext Read(params string[] more) => Parse.Article(Parse.Lines([Title, Lead, .. more]));

    [Theory]
    [InlineData("https://edition.cnn.com/2024/06/11/europe/lithuania-air-defence/index.html", "CNN")]
    [InlineData("https://www.theguardian.com/world/2024/jun/11/lithuania-air-defence", "The Guardian")]
    [InlineData("https://amp.theguardian.com/world/2024/jun/11/lithuania-air-defence", "The Guardian")]
    [InlineData("http://news.bbc.co.uk/2/hi/europe/lithuania.stm", "BBC News")]
    public void APublisherIsTheKnownOutletOfTheAddressesHost(string url, string publisher)
    {
        var article = Read("Original URL: " + url);

        Assert.Equal(publisher, article.Publisher);
        Assert.Equal(url, article.Url);
    }

    [Fact]
    public void AnUnknownHostIsThePublisherWithoutItsWww()
    {
        var article = Read("Original URL: https://www.vbn.example/en/news-in-english/19/2290001/air-defence");

        Assert.Equal("vbn.example", article.Publisher);
    }

    [Fact]
    public void ACopyrightLineNamesThePublisherWhenThereIsNoAddress()
    {
        var article = Read("© 2024 Baltic News Network. All rights reserved.");

        Assert.Equal("Baltic News Network", article.Publisher);
        Assert.Null(article.Url);
    }

    [Fact]
    public void TheAddressWinsOverACopyrightLine()
    {
        var article = Read("Copyright 2024 Baltic News Network", "Original URL: https://www.vbn.example/en/news-in-english/19/2290001");

        Assert.Equal("vbn.example", article.Publisher);
    }

    [Fact]
    public void NothingSaysWhoPublishedIt()
    {
        var article = Read("The base will host NASAMS launchers bought from Norway.");

        Assert.Null(article.Publisher);
        Assert.Null(article.Url);
        Assert.Empty(article.Wire);
    }

    [Theory]
    [InlineData("Original URL: javascript:alert(document.cookie)")]
    [InlineData("Original URL: ftp://files.example.org/lithuania.txt")]
    [InlineData("Link: mailto:desk@example.org")]
    public void OnlyAWebAddressIsTheArticlesUrl(string line)
    {
        var article = Read(line);

        Assert.Null(article.Url);
        Assert.Null(article.Publisher);
        Assert.Contains(line, article.ChromeLines);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains(':', StringComparison.Ordinal) && p.Text.Contains("URL", StringComparison.Ordinal));
    }

    [Fact]
    public void ADeclaredAddressThatIsNotAWebAddressIsDropped()
    {
        var document = Parse.Document(Parse.Lines(Title, Lead)) with { Declared = new(Url: "javascript:void(0)") };

        Assert.Null(IngestionPipeline.CreateDefault().Run(document).Url);
    }

    [Fact]
    public void AKnownSignOffNamesItsOutletAsPublisher()
    {
        var article = Read("The ministry did not say how much the base would cost. DM");

        Assert.Equal("Daily Maverick", article.Publisher);
        Assert.Empty(article.Wire);
    }

    [Fact]
    public void AnUnknownSignOffIsCutButNamesNoPublisher()
    {
        var article = Read("The ministry did not say how much the base would cost. XQ");

        Assert.Equal("XQ", article.SignOff);
        Assert.Null(article.Publisher);
        Assert.Equal("The ministry did not say how much the base would cost.", article.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("VILNIUS (AP) — Lithuania will station a new air defence battalion near the border, officials said.", "AP")]
    [InlineData("VILNIUS, Lithuania (AP) — Lithuania will station a new air defence battalion near the border.", "AP")]
    [InlineData("VILNIUS, June 11 (Reuters) - Lithuania will station a new air defence battalion near the border.", "Reuters")]
    public void AnAgencyDatelineOpeningTheTextIsAWireCredit(string lead, string agency)
    {
        var article = Parse.Article(Parse.Lines(Title, lead, "The base will host NASAMS launchers."));

        Assert.Equal([agency], article.Wire);
        Assert.Equal(lead, article.Paragraphs[0].Text);
    }

    [Fact]
    public void AnAgencyDatelineUnderASubtitleIsStillAWireCredit()
    {
        var article = Parse.Article(Parse.Lines(
            Title,
            "Battalion will protect the Suwalki gap from 2026",
            "VILNIUS (AP) — Lithuania will station a new air defence battalion near the border, officials said.",
            "The base will host NASAMS launchers."));

        Assert.Equal(["AP"], article.Wire);
    }

    [Fact]
    public void AnAgencyNamedInALaterParagraphIsNotAWireCredit()
    {
        var article = Read("MINSK (Belta) — Belarus called the plan a provocation.", "Officials told Reuters the decision was final.");

        Assert.Empty(article.Wire);
    }
}
