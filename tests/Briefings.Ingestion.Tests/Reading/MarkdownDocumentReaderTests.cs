using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reading;

public class MarkdownDocumentReaderTests
{
    private readonly MarkdownDocumentReader _reader = new();

    [Fact]
    public void FrontMatterIsDeclaredMetadata()
    {
        const string markdown = """
            ---
            title: "Floods close the road"
            date: 2024-03-01
            url: https://paper.example/floods
            publisher: Daily Paper
            tags: [weather, roads]
            ---
            # A different heading

            Text.
            """;

        var read = _reader.Read(markdown);

        Assert.Equal(new DeclaredMetadata("Floods close the road", "2024-03-01", "Daily Paper", "https://paper.example/floods"), read.Declared);
        Assert.Equal("A different heading\n\nText.", read.Text);
    }

    [Theory]
    [InlineData("# Ferry *service* resumes on the lake\n\n*The Shore Post · 2 May 2031*\n\nText.", "Ferry service resumes on the lake")]
    [InlineData("\n\n# Ferry service resumes\n\nText.", "Ferry service resumes")]
    [InlineData("Intro line.\n\n# Ferry service resumes\n\nText.", null)]
    [InlineData("## Ferry service resumes\n\nText.", null)]
    [InlineData("#\n\nText.", null)]
    public void ALevelOneHeadingThatOpensTheFileIsItsTitle(string markdown, string? title)
    {
        Assert.Equal(title, _reader.Read(markdown).Declared.Title);
    }

    [Theory]
    [InlineData("source: https://paper.example/a", "https://paper.example/a")]
    [InlineData("link: https://paper.example/b", "https://paper.example/b")]
    [InlineData("canonical: http://paper.example/c", "http://paper.example/c")]
    [InlineData("url: /relative", null)]
    public void OtherFrontMatterKeysGiveTheUrl(string field, string? url)
    {
        Assert.Equal(url, _reader.Read($"---\n{field}\n---\nText.").Declared.Url);
    }

    [Fact]
    public void ASourceThatIsNotAnAddressNamesThePublisher()
    {
        var declared = _reader.Read("---\nsource: Reuters\n---\nText.").Declared;

        Assert.Equal("Reuters", declared.Publisher);
        Assert.Null(declared.Url);
    }

    [Fact]
    public void BodyIsFlattenedToPlainTextLines()
    {
        const string markdown = """
            # Floods close the road

            The river *rose* **overnight**, [officials](https://x.example) said
            on `Monday` &amp; Tuesday.

            ## Evacuations

            - About 200 people left.
            - Schools closed.

            > "We had no warning," a resident said.

            ---

            ```
            level  4.2m
            level  4.5m
            ```

            [ref]: https://x.example
            """;

        var text = _reader.Read(markdown).Text;

        Assert.Equal(
            "Floods close the road\n\nThe river rose overnight, officials said on Monday & Tuesday.\n\nEvacuations\n\n"
            + "About 200 people left.\n\nSchools closed.\n\n\"We had no warning,\" a resident said.\n\nlevel  4.2m\nlevel  4.5m",
            text);
    }

    [Fact]
    public void SetextHeadingsAndRawHtmlAreReducedToText()
    {
        const string markdown = "Update\n======\n\n<!-- editor note -->\n\n<div>Boxed <b>fact</b></div>\n\nImage: ![A flooded road](a.jpg)";

        Assert.Equal("Update\n\nBoxed fact\n\nImage: A flooded road", _reader.Read(markdown).Text);
    }

    [Fact]
    public void InvalidFrontMatterIsKeptAsTextWithoutThrowing()
    {
        const string markdown = "---\ntitle: \"unterminated\nkey: [1, 2\n---\nBody text.";

        var read = _reader.Read(markdown);

        Assert.Same(DeclaredMetadata.None, read.Declared);
        Assert.Contains("Body text.", read.Text);
        Assert.Contains("unterminated", read.Text);
    }

    [Fact]
    public void FrontMatterThatIsNotAMappingIsKeptAsText()
    {
        var read = _reader.Read("---\nJust a line of prose\n---\nMore text.");

        Assert.Same(DeclaredMetadata.None, read.Declared);
        Assert.Contains("Just a line of prose", read.Text);
        Assert.Contains("More text.", read.Text);
    }

    [Fact]
    public void EmptyFrontMatterDeclaresNothing()
    {
        var read = _reader.Read("---\n---\nText.");

        Assert.Equal(DeclaredMetadata.None, read.Declared);
        Assert.Equal("Text.", read.Text);
    }

    [Fact]
    public void DuplicateFrontMatterKeysDoNotThrow()
    {
        var read = _reader.Read("---\ntitle: One\ntitle: Two\n---\nText.");

        Assert.Contains("Text.", read.Text);
    }
}
