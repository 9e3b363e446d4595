using System.Text;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>A page's own headings (HTML h2, Markdown ##) become sections, however short.</summary>
public sealed class DeclaredHeadingsTests
{
    private static ArticleContext Run(string fileName, string content)
    {
        var read = new DocumentReader(new IngestionOptions()).Read(fileName, Encoding.UTF8.GetBytes(content));
        Assert.NotNull(read.Document);
        return IngestionPipeline.CreateDefault().Run(read.Document);
    }

    [Fact]
    public void AnHtmlSubheadingIsASectionEvenWhenItIsTwoWords()
    {
        var article = Run("a.html", """
            <html><head><meta property="og:title" content="Grain corridor reopens after a week"></head><body><article>
            <h1>Grain corridor reopens after a week</h1>
            <p>Ships left the port on Tuesday after a week of closures, the port authority said.</p>
            <h2>Insurance</h2>
            <p>Insurers raised premiums for vessels calling at the port, brokers said.</p>
            </article></body></html>
            """);

        var section = Assert.Single(article.Sections);
        Assert.Equal("Insurance", section.Heading);
        Assert.Equal(1, section.FirstParagraph);
    }

    [Fact]
    public void AMarkdownSubheadingIsASection()
    {
        var article = Run("a.md", """
            ---
            title: Grain corridor reopens after a week
            ---
            Ships left the port on Tuesday after a week of closures, the port authority said.

            ## Insurance

            Insurers raised premiums for vessels calling at the port, brokers said.
            """);

        Assert.Equal("Insurance", Assert.Single(article.Sections).Heading);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == "Insurance");
    }
}
