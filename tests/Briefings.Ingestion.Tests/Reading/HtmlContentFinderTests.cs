using System.Diagnostics;
using AngleSharp.Dom;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reading;

public class HtmlContentFinderTests
{
    private const string Story1 = "The council of Vorinsk voted on Tuesday to rebuild the old bridge, which floods closed in spring, and to open it again by autumn.";
    private const string Story2 = "Engineers said the work would cost about four million, paid for by the region, the city and a loan from the national bank.";
    private const string Story3 = "Residents, who have crossed the river by ferry since April, welcomed the vote, though some said the plan came too late.";

    private readonly HtmlDocumentReader _reader = new();

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>The Clarion</title></head><body>{body}</body></html>";

    private static string Paragraphs(params string[] texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    private string Text(string body) => _reader.Read(Page(body)).Text;

    [Fact]
    public void TheBlockWithTheMostProseWinsOverAnEarlierArticleElement()
    {
        var text = Text($"""
            <article class="teaser"><p>A short teaser about another story entirely.</p></article>
            <div class="story-body">{Paragraphs(Story1, Story2, Story3)}</div>
            """);

        Assert.Equal(string.Join("\n\n", Story1, Story2, Story3), text);
    }

    [Fact]
    public void AMainThatHoldsOnlyAnAdvertIsNotTheArticle()
    {
        var text = Text($"""
            <main class="billboard"><div>Advertisement</div></main>
            <main><div class="story">{Paragraphs(Story1, Story2, Story3)}</div></main>
            """);

        Assert.Equal(string.Join("\n\n", Story1, Story2, Story3), text);
    }

    [Fact]
    public void APageWrappedInAFormIsStillRead()
    {
        var text = Text($"""<form method="post" action="/page"><article><div class="body">{Paragraphs(Story1, Story2)}</div></article></form>""");

        Assert.Equal(Story1 + "\n\n" + Story2, text);
    }

    [Fact]
    public void TextWrittenInDivsAndLineBreaksWithoutParagraphsIsFound()
    {
        var text = Text($"""
            <div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
            <div class="entry">{Story1}<br><br>{Story2}<br>{Story3}</div>
            """);

        Assert.Equal(string.Join("\n\n", Story1, Story2, Story3), text);
    }

    [Fact]
    public void SiblingBlocksOfOneStoryAreJoined()
    {
        var text = Text($"""
            <div class="wrap">
              <div class="article-part">{Paragraphs(Story1, Story2)}</div>
              <div class="article-part">{Paragraphs(Story3, Story1.Replace("Tuesday", "Monday", StringComparison.Ordinal))}</div>
            </div>
            """);

        Assert.Contains(Story2, text, StringComparison.Ordinal);
        Assert.Contains(Story3, text, StringComparison.Ordinal);
    }

    [Fact(Skip = "Known defect: on a page this short the looser pass wins and brings the newsletter box back")]
    public void CommentsRelatedStoriesAndNewsletterBoxesInsideTheArticleAreLeftOut()
    {
        var text = Text($"""
            <article>
              {Paragraphs(Story1, Story2)}
              <div class="newsletter-signup"><p>Get the morning briefing from The Clarion in your inbox, every day, for free.</p></div>
              <ul class="related-stories"><li><a href="/a">Ferry timetable changes for the winter, officials say</a></li><li><a href="/b">Mayor of Vorinsk opens a new school in the north</a></li></ul>
              {Paragraphs(Story3)}
              <section id="comments"><p>Great news, finally, I have waited for this bridge for years, thank you, council.</p></section>
            </article>
            """);

        Assert.Equal(string.Join("\n\n", Story1, Story2, Story3), text);
    }

    [Fact]
    public void AListOfLinksWithoutAClassIsLeftOutButAListOfProseIsKept()
    {
        var text = Text($"""
            <div class="post">
              {Paragraphs(Story1, Story2)}
              <ul><li>The bridge will carry two lanes and a cycle path, the plan says.</li><li>Work starts in June, weather allowing.</li></ul>
              <ul><li><a href="/x">Another story about Vorinsk</a></li><li><a href="/y">Yet another story about the region</a></li></ul>
            </div>
            """);

        Assert.Contains("Work starts in June, weather allowing.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another story about Vorinsk", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FiguresAndTheirCaptionsAreNotArticleText()
    {
        var text = Text($"""<article>{Paragraphs(Story1)}<figure><img src="a.jpg"><figcaption>The old bridge in March. Photo: The Clarion</figcaption></figure>{Paragraphs(Story2)}</article>""");

        Assert.Equal(Story1 + "\n\n" + Story2, text);
    }

    [Fact]
    public void AShortBlockThePageRepeatsIsKeptOnce()
    {
        var text = Text($"""<article>{Paragraphs(Story1)}<div class="slide">Image 1 of 8</div><div class="slide">Image 1 of 8</div>{Paragraphs(Story2)}</article>""");

        Assert.Equal(1, text.Split("Image 1 of 8").Length - 1);
    }

    [Fact]
    public void HiddenBlocksAreLeftOut()
    {
        var text = Text($"""<article>{Paragraphs(Story1)}<div style="display: none"><p>Hidden text that a reader never sees on the page.</p></div><p aria-hidden="true">Also hidden from every reader of it.</p>{Paragraphs(Story2)}</article>""");

        Assert.Equal(Story1 + "\n\n" + Story2, text);
    }

    [Fact]
    public void ChineseTextWithoutSpacesIsFound()
    {
        const string a = "沃林斯克市议会周二投票决定重建旧桥，该桥在春季洪水中关闭，预计秋季重新开放。";
        const string b = "工程师表示，这项工程将耗资约四百万元，由地区、城市和国家银行贷款共同承担。";
        var text = Text($"""<div class="nav"><a href="/">首页</a><a href="/w">国际</a></div><div class="content">{Paragraphs(a, b)}</div>""");

        Assert.Equal(a + "\n\n" + b, text);
    }

    [Fact]
    public void ADateLineAboveTheArticleIsKeptForTheDateReader()
    {
        var text = Text($"""<header><div class="meta">Published on: March 4, 2025</div></header><article>{Paragraphs(Story1, Story2)}</article>""");

        Assert.StartsWith("Published on: March 4, 2025\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith(Story2, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AHundredThousandNestedDivsAreScoredInLinearTime()
    {
        // Built from the inside out, node by node: the HTML parser's own cost on such a page grows
        // faster than the page, and so does appending under a deep parent, so the finder is timed alone.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page(""));
        IElement inner = document.CreateElement("p");
        inner.TextContent = Story1;
        for (var i = 0; i < 100_000; i++)
        {
            var div = document.CreateElement("div");
            div.AppendChild(inner);
            inner = div;
        }
        document.Body!.AppendChild(inner);

        var clock = Stopwatch.StartNew();
        var content = HtmlContentFinder.FindArticle(document);
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.NotEmpty(content.Blocks);
    }
}
