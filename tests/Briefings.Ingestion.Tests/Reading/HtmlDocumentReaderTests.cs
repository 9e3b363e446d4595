using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reading;

public class HtmlDocumentReaderTests
{
    private readonly HtmlDocumentReader _reader = new();

    private static string Page(string head, string body) => $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Fact]
    public void OpenGraphGivesTitlePublisherAndUrl()
    {
        var html = Page(
            """
            <title>Floods | Daily Paper</title>
            <meta property="og:title" content="Floods close  the valley road">
            <meta property="og:site_name" content="Daily Paper">
            <meta property="og:url" content="https://paper.example/floods">
            <meta property="article:published_time" content="2024-03-01T08:00:00Z">
            """,
            "<h1>Something else</h1><p>Text.</p>");

        var declared = _reader.Read(html).Declared;

        Assert.Equal(
            ("Floods close the valley road", "2024-03-01T08:00:00Z", "Daily Paper", "https://paper.example/floods"),
            (declared.Title, declared.Published, declared.Publisher, declared.Url));
    }

    [Fact]
    public void JsonLdGivesHeadlineDateAndPublisher()
    {
        var html = Page(
            JsonLd("""{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dam holds &#8217;for now&#8217;","datePublished":"2024-03-02","publisher":{"@type":"Organization","name":"River Post"}}"""),
            "<p>Text.</p>");

        var declared = _reader.Read(html).Declared;

        Assert.Equal("Dam holds ’for now’", declared.Title);
        Assert.Equal("2024-03-02", declared.Published);
        Assert.Equal("River Post", declared.Publisher);
    }

    [Fact]
    public void JsonLdGraphIsSearchedAndTheArticleObjectWins()
    {
        var html = Page(
            JsonLd("""
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","headline":"Page headline","datePublished":"2020-01-01"},
                  {"@type":["Article","NewsArticle"],"headline":"Article headline","datePublished":"2024-03-03",
                   "publisher":[{"@type":"Organization","name":"Graph News"}]},
                ]}
                """),
            "<p>Text.</p>");

        var declared = _reader.Read(html).Declared;

        Assert.Equal("Article headline", declared.Title);
        Assert.Equal("2024-03-03", declared.Published);
        Assert.Equal("Graph News", declared.Publisher);
    }

    [Fact]
    public void JsonLdArraysAreSearched()
    {
        var html = Page(
            JsonLd("""[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"From the array","publisher":"Array Times"}]"""),
            "<p>Text.</p>");

        var declared = _reader.Read(html).Declared;

        Assert.Equal("From the array", declared.Title);
        Assert.Equal("Array Times", declared.Publisher);
    }

    [Fact]
    public void BrokenJsonLdIsIgnored()
    {
        var html = Page(JsonLd("""{"headline": "unterminated"""), "<h1>Heading title</h1><p>Text.</p>");

        Assert.Equal("Heading title", _reader.Read(html).Declared.Title);
    }

    [Fact]
    public void TitleFallsBackToTheTitleElementThenToTheFirstH1()
    {
        Assert.Equal("Tab title", _reader.Read(Page("<title>Tab title</title>", "<h1> First\n heading </h1><h1>Second</h1><p>x</p>")).Declared.Title);
        Assert.Equal("First heading", _reader.Read(Page("", "<h1> First\n heading </h1><h1>Second</h1><p>x</p>")).Declared.Title);
    }

    [Fact]
    public void TimeElementGivesThePublishedDateAsWritten()
    {
        var html = Page("", "<header><time datetime=\"2024-01-01\">Today</time></header><article><p>By A. Writer, <time datetime=\"2024-03-04T10:00+01:00\">4 March</time></p></article>");

        Assert.Equal("2024-03-04T10:00+01:00", _reader.Read(html).Declared.Published);
    }

    [Fact]
    public void CanonicalLinkGivesTheUrlAndWinsOverOpenGraph()
    {
        var html = Page(
            """<link rel="canonical" href="https://paper.example/canonical"><meta property="og:url" content="https://paper.example/og">""",
            "<p>x</p>");

        Assert.Equal("https://paper.example/canonical", _reader.Read(html).Declared.Url);
    }

    [Fact]
    public void OnlyWebAddressesAreTakenAsTheUrl()
    {
        var html = Page(
            """<link rel="canonical" href="/relative/path"><meta property="og:url" content="javascript:alert(1)">""",
            "<p>x</p>");

        Assert.Null(_reader.Read(html).Declared.Url);
    }

    [Fact]
    public void BodyKeepsParagraphsAndHeadingsAsLinesWithoutPageChromeOrFigures()
    {
        var html = Page(
            "<style>p { color: red }</style><script>var tracking = 1;</script>",
            """
            <header><a href="/">Daily Paper</a></header>
            <nav><ul><li>Home</li><li>World</li></ul></nav>
            <article>
              <h1>Floods close the road</h1>
              <p>The river rose
                 overnight, officials said.</p>
              <script>ads.push("inline")</script>
              <h2>Evacuations</h2>
              <p>About <b>200</b> people &amp; their <a href="/pets">pets</a> left.</p>
              <aside><p>Read more: other story</p></aside>
              <figure><img src="a.jpg"><figcaption>The flooded road on Monday.</figcaption></figure>
              <form><button>Subscribe</button></form>
              <iframe src="https://video.example"></iframe>
            </article>
            <footer>© Daily Paper</footer>
            """);

        var text = _reader.Read(html).Text;

        Assert.Equal(
            "Floods close the road\n\nThe river rose overnight, officials said.\n\nEvacuations\n\nAbout 200 people & their pets left.",
            text);
    }

    [Fact]
    public void MainIsUsedWhenNoParagraphIsLongEnoughToScore()
    {
        var html = Page("", "<div><p>Sidebar</p></div><main><h3>Update</h3><p>Main text.</p></main>");

        Assert.Equal("Update\n\nMain text.", _reader.Read(html).Text);
    }

    [Fact]
    public void TheDensestParagraphContainerIsUsedWithoutArticleOrMain()
    {
        var html = Page("", """
            <div class="promo"><p>Short promo.</p></div>
            <div class="story"><h2>Section</h2><p>The first long paragraph of the story.</p><p>The second long paragraph of the story.</p></div>
            """);

        Assert.Equal("Section\n\nThe first long paragraph of the story.\n\nThe second long paragraph of the story.", _reader.Read(html).Text);
    }

    [Fact]
    public void ParagraphsEachWrappedInTheirOwnDivAreFoundTogether()
    {
        var html = Page("", """
            <div class="related"><p>A related link.</p></div>
            <div class="story">
              <div class="para"><p>First paragraph of the story.</p></div>
              <div class="para"><p>Second paragraph of the story.</p></div>
              <div class="para"><p>Third paragraph of the story.</p></div>
            </div>
            """);

        Assert.Equal("First paragraph of the story.\n\nSecond paragraph of the story.\n\nThird paragraph of the story.", _reader.Read(html).Text);
    }

    [Fact]
    public void TheBodyIsUsedWhenThereAreNoParagraphs()
    {
        Assert.Equal("Line one\n\nLine two", _reader.Read(Page("", "Line one<br>Line two")).Text);
    }

    [Fact]
    public void MalformedHtmlIsReadGracefully()
    {
        const string html = "<html><body><article><p>Unclosed <b>bold <p>Next para &nbsp;&copy; 2024 <div>Block</span></article";

        var text = _reader.Read(html).Text;

        Assert.Equal("Unclosed bold\n\nNext para © 2024\n\nBlock", text);
    }

    [Fact]
    public void DeeplyNestedHtmlDoesNotOverflowTheStack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Deep.</p>";

        Assert.Equal("Deep.", _reader.Read(html).Text);
    }
}
