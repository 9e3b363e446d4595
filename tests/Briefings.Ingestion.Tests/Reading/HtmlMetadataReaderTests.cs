using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reading;

/// <summary>The title, dates and publisher a page declares, read from invented pages.</summary>
public sealed class HtmlMetadataReaderTests
{
    private readonly HtmlDocumentReader _reader = new();

    private static string Page(string head, string body = "<p>The council met on Monday.</p>") =>
        $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    private DeclaredMetadata Read(string head, string body = "<p>The council met on Monday.</p>") => _reader.Read(Page(head, body)).Declared;

    [Theory]
    [InlineData("Floods close the valley road - The Clarion")]
    [InlineData("Floods close the valley road | The Clarion")]
    [InlineData("The Clarion | Floods close the valley road")]
    [InlineData("Floods close the valley road — The Clarion")]
    [InlineData("Floods close the valley road :: The Clarion")]
    public void TheSiteNameIsCutFromEitherEndOfTheTitle(string title) =>
        Assert.Equal("Floods close the valley road", Read($"""<meta property="og:title" content="{title}"><meta property="og:site_name" content="The Clarion">""").Title);

    [Fact]
    public void TheHostNamesTheSiteWhenThePageDoesNot() =>
        Assert.Equal("Floods close the valley road", Read("""<title>Floods close the valley road - Clarion.com</title><link rel="canonical" href="https://www.clarion.com/floods">""").Title);

    [Fact]
    public void AnH1ThatAgreesWithAPartOfTheTitleIsThatPart() =>
        Assert.Equal("Floods close the valley road", Read("<title>Floods close the valley road | World | Evening Star</title>", "<h1>Floods close the valley road</h1><p>x</p>").Title);

    [Fact]
    public void TheTitleElementWinsOverAnH1ThatSaysSomethingElse() =>
        Assert.Equal("Vorinsk council approves the flood budget", Read("<title>Vorinsk council approves the flood budget</title>", "<h1>Latest news</h1><p>x</p>").Title);

    [Fact]
    public void AShortLastPartOfTheTitleElementIsCutWithoutOtherEvidence() =>
        Assert.Equal("Vorinsk council approves the flood budget", Read("<title>Vorinsk council approves the flood budget – My Blog</title>").Title);

    [Fact]
    public void ATitleIsNeverCutDownToASingleWord() =>
        Assert.Equal("Vorinsk - Clarion Encyclopedia", Read("<title>Vorinsk - Clarion Encyclopedia</title>", "<h1>Vorinsk</h1><p>x</p>").Title);

    [Fact]
    public void TheSiteNameAloneIsNeverTheTitle() =>
        Assert.Equal("Floods close the valley road", Read("""
            <meta property="og:title" content="The Clarion"><meta property="og:site_name" content="The Clarion">
            <title>Floods close the valley road | The Clarion</title>
            """).Title);

    [Fact]
    public void OfTwoDeclaredTitlesTheOneThePageAgreesWithWins() =>
        Assert.Equal("Vorinsk river", Read("""
            <script type="application/ld+json">{"@type":"Article","headline":"river that floods each spring","name":"Vorinsk river"}</script>
            <title>Vorinsk river - Clarion Encyclopedia</title>
            """, "<h1>Vorinsk river</h1><p>x</p>").Title);

    [Fact]
    public void JsonLdHeadlineWinsOverOpenGraph() =>
        Assert.Equal("Dam holds after the storm, engineers say", Read("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam holds after the storm, engineers say"}</script>
            <meta property="og:title" content="Dam holds">
            """).Title);

    [Fact]
    public void JsonLdInACdataSectionIsRead()
    {
        var declared = Read("""
            <script type="application/ld+json">//<![CDATA[
            {"@type":"NewsArticle","headline":"Dam holds","datePublished":"2024-03-02","publisher":{"@type":"Organization","name":"River Post"}}
            //]]></script>
            """);

        Assert.Equal(("Dam holds", "2024-03-02", "River Post"), (declared.Title, declared.Published, declared.Publisher));
    }

    [Fact]
    public void AMetaTagMayNameSeveralKeysAndThePropertyAttributeWins()
    {
        Assert.Equal("My own title", Read("""<meta name="x:title dc:title" content="My own title"><title>Tab</title>""").Title);
        Assert.Equal("Property title", Read("""<meta name="dc:title" content="Name title"><meta property="dc:title" content="Property title">""").Title);
    }

    [Fact]
    public void ParselyMetadataGivesTitleAndDate()
    {
        var declared = Read("""<meta name="parsely-title" content="Council backs the dam plan"><meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">""");

        Assert.Equal(("Council backs the dam plan", "2024-04-20T04:20:00.000Z"), (declared.Title, declared.Published));
    }

    [Theory]
    [InlineData("""<meta name="dc.date.issued" content="2022-02-04">""")]
    [InlineData("""<meta name="DC.date.created" content="2022-02-04">""")]
    [InlineData("""<meta name="publishdate" content="2022-02-04">""")]
    [InlineData("""<meta name="sailthru.date" content="2022-02-04">""")]
    [InlineData("""<meta property="og:published_time" content="2022-02-04">""")]
    [InlineData("""<meta itemprop="datePublished" content="2022-02-04">""")]
    public void EveryKindOfPublishedMetaTagIsRead(string tag) => Assert.Equal("2022-02-04", Read(tag).Published);

    [Theory]
    [InlineData("""<span itemprop="datePublished">2022-02-04</span>""")]
    [InlineData("""<span itemprop="datePublished" content="2022-02-04">4 Feb</span>""")]
    [InlineData("""<time class="entry-date" datetime="2022-02-04">4 Feb</time>""")]
    [InlineData("""<abbr class="published" title="2022-02-04">4 Feb</abbr>""")]
    public void MicrodataAndMarkedTimesGiveThePublishedDate(string element) =>
        Assert.Equal("2022-02-04", Read("", $"<article>{element}<p>The council met.</p></article>").Published);

    [Fact]
    public void ThePublishedDatesComeInOrderOfTrustAndTheModifiedDateIsKept()
    {
        var declared = Read("""
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z","dateModified":"2024-03-06"}]}</script>
            <meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
            """);

        Assert.Equal("2024-03-05T10:00:00+01:00", declared.Published);
        Assert.Equal(["0001-01-01T00:00:00Z"], declared.OtherPublished);
        Assert.Equal("2024-03-06", declared.Modified);
    }

    [Fact]
    public void ApplicationNameIsThePublisherWithoutASiteName() =>
        Assert.Equal("Evening Star", Read("""<meta name="application-name" content="Evening Star">""").Publisher);

    [Fact]
    public void ElementsMarkedAsDatesGiveTheirTexts() =>
        Assert.Contains("21. Januar 2022, 10:39 Uhr", Read("", """<div class="post-date">21. Januar 2022, 10:39 Uhr</div><p>Der Rat tagte.</p>""").DateTexts);
}
