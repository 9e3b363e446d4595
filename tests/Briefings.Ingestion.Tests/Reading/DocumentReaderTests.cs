using System.Security.Cryptography;
using System.Text;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reading;

public class DocumentReaderTests
{
    private readonly DocumentReader _reader = new(new IngestionOptions());

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static SourceDocument Document(ReadOutcome outcome)
    {
        Assert.Null(outcome.SkipReason);
        return Assert.IsType<SourceDocument>(outcome.Document);
    }

    [Fact]
    public void PlainTextIsReadWithLfLineEndings()
    {
        var bytes = Utf8("Title\r\n\r\nBody line.\r\n");

        var document = Document(_reader.Read("inbox/story.txt", bytes));

        Assert.Equal("story.txt", document.FileName);
        Assert.Equal(SourceFormat.Text, document.Format);
        Assert.Equal("Title\n\nBody line.\n", document.Text);
        Assert.Equal(document.Text, document.RawText);
        Assert.Same(DeclaredMetadata.None, document.Declared);
    }

    [Fact]
    public void ContentHashIsLowercaseSha256OfTheRawBytes()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Utf8("Same words.\r\n")];

        var document = Document(_reader.Read("a.txt", bytes));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", document.ContentHash);
    }

    [Fact]
    public void TheEncodingUsedIsReported()
    {
        var document = Document(_reader.Read("old.txt", [(byte)'I', (byte)'t', 0x92, (byte)'s']));

        Assert.Equal("It’s", document.Text);
        Assert.Equal(TextDecoder.Windows1252, document.Encoding);
    }

    [Theory]
    [InlineData("a.txt", SourceFormat.Text)]
    [InlineData("a.text", SourceFormat.Text)]
    [InlineData("a.html", SourceFormat.Html)]
    [InlineData("A.HTM", SourceFormat.Html)]
    [InlineData("a.md", SourceFormat.Markdown)]
    [InlineData("a.markdown", SourceFormat.Markdown)]
    public void TheExtensionPicksTheFormat(string fileName, SourceFormat format)
    {
        Assert.Equal(format, DocumentReader.FormatOf(fileName));
        Assert.Equal(format, Document(_reader.Read(fileName, Utf8("<p>Words.</p>"))).Format);
    }

    [Fact]
    public void AnUnknownExtensionIsSkipped()
    {
        var outcome = _reader.Read("report.PDF", Utf8("%PDF-1.7"));

        Assert.Null(outcome.Document);
        Assert.Equal("unknown extension '.pdf' (Briefings reads .txt, .html and .md)", outcome.SkipReason);
    }

    [Fact]
    public void AFileWithoutAnExtensionIsSkipped()
    {
        Assert.Equal("no file extension (Briefings reads .txt, .html and .md)", _reader.Read("README", Utf8("text")).SkipReason);
    }

    [Fact]
    public void AnEmptyFileIsSkipped()
    {
        Assert.Equal("the file is empty", _reader.Read("a.txt", []).SkipReason);
        Assert.Equal("the file is empty", _reader.Read("a.txt", [0xEF, 0xBB, 0xBF]).SkipReason);
    }

    [Fact]
    public void AWhiteSpaceOnlyFileIsSkipped()
    {
        Assert.Equal("the file contains only white space", _reader.Read("a.md", Utf8(" \r\n\t\n  ")).SkipReason);
    }

    [Fact]
    public void AFileWithNulBytesIsSkippedAsBinary()
    {
        byte[] bytes = [.. Utf8("PK"), 0x03, 0x04, 0x00, 0x00, .. Utf8("word/document.xml")];

        var outcome = _reader.Read("letter.txt", bytes);

        Assert.Null(outcome.Document);
        Assert.Equal("the file looks binary, not text (it contains NUL bytes)", outcome.SkipReason);
    }

    [Fact]
    public void AFileMostlyOfControlCharactersIsSkippedAsBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 + (i % 7) : 'a')).ToArray();

        Assert.Equal("the file looks binary, not text (it is full of control characters)", _reader.Read("a.txt", bytes).SkipReason);
    }

    [Fact]
    public void Utf16TextIsNotMistakenForBinary()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hello\r\nworld")];

        var document = Document(_reader.Read("a.txt", bytes));

        Assert.Equal("Hello\nworld", document.Text);
        Assert.Equal(TextDecoder.Utf16LittleEndian, document.Encoding);
    }

    [Fact]
    public void AFileOverTheLimitIsSkippedWithItsSizeAndTheLimit()
    {
        var reader = new DocumentReader(new IngestionOptions { MaxFileBytes = 10 });

        var outcome = reader.Read("a.txt", Utf8("eleven byte"));

        Assert.Null(outcome.Document);
        Assert.Equal("the file is 11 bytes, over the limit of 10 bytes (Ingestion:MaxFileBytes)", outcome.SkipReason);
    }

    [Fact]
    public void LargeSizesAreGivenInMegabytes()
    {
        var reader = new DocumentReader(new IngestionOptions { MaxFileBytes = 1024 * 1024 });
        var bytes = new byte[3 * 1024 * 1024 / 2];

        Assert.Equal(
            "the file is 1.5 MB (1,572,864 bytes), over the limit of 1 MB (1,048,576 bytes) (Ingestion:MaxFileBytes)",
            reader.Read("a.txt", bytes).SkipReason);
    }

    [Fact]
    public void AFileAtTheLimitIsRead()
    {
        var reader = new DocumentReader(new IngestionOptions { MaxFileBytes = 5 });

        Assert.NotNull(reader.Read("a.txt", Utf8("hello")).Document);
    }

    [Fact]
    public void HtmlIsFlattenedAndKeepsItsRawSource()
    {
        const string html = "<html><head><meta property=\"og:title\" content=\"Floods\"></head>"
                            + "<body><article><p>One.</p><p>Two.</p></article></body></html>";

        var document = Document(_reader.Read("a.html", Utf8(html)));

        Assert.Equal("One.\n\nTwo.", document.Text);
        Assert.Equal(html, document.RawText);
        Assert.Equal("Floods", document.Declared.Title);
    }

    [Fact]
    public void HtmlWithNoTextIsSkipped()
    {
        Assert.Equal("the HTML file has no article text", _reader.Read("a.html", Utf8("<html><script>x()</script></html>")).SkipReason);
    }

    [Fact]
    public void MarkdownIsFlattenedAndDeclaresItsFrontMatter()
    {
        var document = Document(_reader.Read("a.md", Utf8("---\r\ntitle: Floods\r\n---\r\n# Floods\r\n\r\nRain *fell*.\r\n")));

        Assert.Equal("Floods\n\nRain fell.", document.Text);
        Assert.Equal("Floods", document.Declared.Title);
    }

    [Fact]
    public void AReaderThatFailsGivesASkipReasonInsteadOfThrowing()
    {
        var reader = new DocumentReader(new IngestionOptions(), new Dictionary<string, ISourceFormatReader> { [".html"] = new ThrowingReader() });

        var outcome = reader.Read("a.html", Utf8("<p>x</p>"));

        Assert.Null(outcome.Document);
        Assert.Equal("could not be read as HTML: parser broke", outcome.SkipReason);
    }

    [Fact]
    public void MarkdownTooDeeplyNestedForMarkdigIsSkippedWithTheReason()
    {
        var outcome = _reader.Read("a.md", Utf8(new string('>', 5_000) + " deep"));

        Assert.Null(outcome.Document);
        Assert.StartsWith("could not be read as Markdown: ", outcome.SkipReason);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("a.html")]
    [InlineData("a.md")]
    public void RandomMarkupNeverThrows(string fileName)
    {
        // Fragments of the syntax each reader cares about, shuffled into malformed files.
        string[] pieces =
        [
            "<", ">", "</", "<p>", "<article>", "<script type=\"application/ld+json\">", "{\"@graph\":[", "}", "]",
            "<meta property=\"og:title\" content=\"", "\"", "&amp", "&#x", "---\n", "title: ", "[", "](", "*", "`", "#", "> ",
            "\n", "\r\n", " ", "word", "é", "\u2019", "\uFEFF",
        ];
        var random = new Random(20240301);
        for (var i = 0; i < 300; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var bytes = random.Next(4) == 0 ? [.. Utf8(text), (byte)random.Next(0x80, 0x100)] : Utf8(text);

            var outcome = _reader.Read(fileName, bytes);

            Assert.True(outcome.Document is not null ^ outcome.SkipReason is not null);
        }
    }

    private sealed class ThrowingReader : ISourceFormatReader
    {
        public SourceFormat Format => SourceFormat.Html;

        public ExtractedText Read(string text) => throw new InvalidOperationException("parser broke");
    }
}
