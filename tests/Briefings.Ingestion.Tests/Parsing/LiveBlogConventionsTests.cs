namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>What live blogs print around their posts: post times, a "Source:" credit, and a first post right under the date line.</summary>
public sealed class LiveBlogConventionsTests
{
    private static ArticleContext LiveBlog(params string[] tail) => Parse.Article(Parse.Lines([
        "Black Sea live: grain ships resume sailings",
        "Last updated: 12 Aug 2025 18:40 GMT",
        "",
        "18:40 GMT",
        "Two grain ships leave Odesa",
        "Two bulk carriers loaded with wheat left the port on Tuesday, the port authority said.",
        "",
        "17:55 GMT",
        "Turkey offers naval escorts",
        "Ankara said it was ready to escort merchant ships through its waters, officials said.",
        .. tail,
    ]));

    [Fact]
    public void PostTimesAreNotParagraphs()
    {
        var article = LiveBlog();

        Assert.DoesNotContain(article.Paragraphs, p => p.Text.EndsWith("GMT", StringComparison.Ordinal));
        Assert.Contains("18:40 GMT", article.ChromeLines);
    }

    [Fact]
    public void TheFirstPostUnderTheDateLineIsASectionNotASubtitle()
    {
        var article = LiveBlog();

        Assert.Equal(["Two grain ships leave Odesa", "Turkey offers naval escorts"], article.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void ASourceCreditNamesTheCompilingOutletAsPublisherAndItsAgenciesAsWire()
    {
        var article = LiveBlog("Source: Al Jazeera and Reuters");

        Assert.Equal("Al Jazeera", article.Publisher);
        Assert.Equal(["Reuters"], article.Wire);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.StartsWith("Source:", StringComparison.Ordinal));
    }
}
