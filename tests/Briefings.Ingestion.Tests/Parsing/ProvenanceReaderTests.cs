using Briefings.Ingestion.Parsing;

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

    private static readonly OutletTable Clarion = new([
        new Outlet("The Clarion", false, ["clarion.example"], ["CLR"]),
        new Outlet("Vorinsk Press Agency", true, ["vpa.example"], ["VPA"]),
    ]);

    private static ArticleContext ReadWith(OutletTable table, params string[] lines) =>
        Parse.Stages(Parse.Lines(lines), new ChromeStripper(table), new HeaderReader(table), new SectionSplitter(), new BodyBuilder(), new ProvenanceReader(table));

    [Theory]
    [InlineData("MINSK, March 3. /BelTA/. Belarus will station a new air defence battalion near the border, officials said.", "BelTA")]
    [InlineData("GENEVA (Xinhua) -- Lithuania will station a new air defence battalion near the border, officials said.", "Xinhua")]
    [InlineData("(AFP) - Lithuania will station a new air defence battalion near the border, officials said.", "AFP")]
    [InlineData("VILNIUS, June 11 (Interfax-Ukraine) – Lithuania will station a new air defence battalion near the border.", "Interfax-Ukraine")]
    public void AnAgencyDatelineNamesTheWireAndThePublisherWhenNothingElseDoes(string lead, string agency)
    {
        var article = Parse.Article(Parse.Lines(Title, lead, "The base will host NASAMS launchers."));

        Assert.Equal([agency], article.Wire);
        Assert.Equal(agency, article.Publisher);
    }

    [Fact]
    public void AnOutletsOwnDatelineNamesThePublisherButNoWire()
    {
        var article = Parse.Article(Parse.Lines(Title, "VILNIUS (CNN) — Lithuania will station a new air defence battalion near the border, officials said."));

        Assert.Equal("CNN", article.Publisher);
        Assert.Empty(article.Wire);
    }

    [Fact]
    public void ACopyrightLineWinsOverAnAgencyDateline()
    {
        var article = Parse.Article(Parse.Lines(Title, "VILNIUS (AP) — " + Lead, "© 2025 Vorinsk Daily Media"));

        Assert.Equal("Vorinsk Daily Media", article.Publisher);
        Assert.Equal(["AP"], article.Wire);
    }

    [Theory]
    [InlineData("AFP")]
    [InlineData("(AFP)")]
    [InlineData("/BelTA/")]
    public void ABareAgencyLineAtTheEndNamesThePublisher(string line)
    {
        var article = Read(line);

        Assert.Equal(line.Trim('(', ')', '/'), article.Publisher);
        Assert.Equal([line.Trim('(', ')', '/')], article.Wire);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == line);
    }

    [Fact]
    public void AReportersCreditWithAnAgencyNamesNoPublisher()
    {
        var article = Read("– with AFP");

        Assert.Null(article.Publisher);
        Assert.Equal(["AFP"], article.Wire);
    }

    [Theory]
    [InlineData("The Clarion - EU")]
    [InlineData("Clarion Media")]
    [InlineData("THE CLARION")]
    public void AMastheadNamesTheOutletMatchedLooselyAgainstTheTable(string masthead)
    {
        var article = ReadWith(Clarion, masthead, Title, Lead);

        Assert.Equal("The Clarion", article.Publisher);
        Assert.Equal(Title, article.Title);
    }

    [Fact]
    public void AnUnknownMastheadWithItsEditionIsNamedAsWritten()
    {
        var article = Parse.Article(Parse.Lines("Vorinsk Courier - Europe", Title, Lead));

        Assert.Equal("Vorinsk Courier", article.Publisher);
    }

    [Theory]
    [InlineData("A message from The Vorinsk Courier:", "The Vorinsk Courier")]
    [InlineData("The air force said it downed 40 drones, figures The Vorinsk Courier could not independently verify.", "The Vorinsk Courier")]
    [InlineData("Thank you for reading Vorinsk Courier.", "Vorinsk Courier")]
    [InlineData("This article was first published in The Vorinsk Courier.", "The Vorinsk Courier")]
    public void AnOutletReferringToItselfNamesThePublisher(string line, string publisher)
    {
        var article = Read(line);

        Assert.Equal(publisher, article.Publisher);
    }

    [Fact]
    public void WhatAKnownOutletCouldNotVerifyNamesItFromTheTable()
    {
        var article = ReadWith(Clarion, Title, Lead, "The army said it downed 40 drones, which the Clarion could not verify.");

        Assert.Equal("The Clarion", article.Publisher);
    }

    [Theory]
    [InlineData("The claim, which the Vorinsk Defence Ministry could not confirm, spread quickly.")]
    [InlineData("Jane Doe could not confirm the figure.")]
    [InlineData("The Pentagon could not confirm the report.")]
    public void ASourceThatCouldNotVerifyIsNotThePublisher(string line)
    {
        var article = Read(line);

        Assert.Null(article.Publisher);
    }

    [Fact]
    public void AnUnknownHostIsNamedAsThePageSpellsIt()
    {
        var article = Read("Original URL: https://www.vorinskcourier.example/news/air-defence", "Copyright Vorinsk Courier 2025");

        Assert.Equal("Vorinsk Courier", article.Publisher);
    }

    [Fact]
    public void AHostWordOnlyOpeningASentenceIsNotTheSitesName()
    {
        var article = Read("Original URL: https://www.baseline.example/news/air-defence", "Baseline figures were not given.");

        Assert.Equal("baseline.example", article.Publisher);
    }

    [Fact]
    public void AKnownAgencysHostNamesItAsPublisher()
    {
        var article = ReadWith(Clarion, Title, Lead, "Original URL: https://news.vpa.example/2025/air-defence");

        Assert.Equal("Vorinsk Press Agency", article.Publisher);
    }

    [Fact]
    public void ASourceLineNamesAKnownOutletLoosely()
    {
        var article = ReadWith(Clarion, Title, Lead, "Source: Clarion Media and news agencies");

        Assert.Equal("The Clarion", article.Publisher);
    }
}
