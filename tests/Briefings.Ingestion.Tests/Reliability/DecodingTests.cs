using System.Text;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reliability;

public sealed class DecodingTests
{
    private const string Report = "Floods reach Vorinsk\nThe river rose overnight, the council said.\n";

    [Fact]
    public void Utf16LittleEndianWithoutAByteOrderMarkIsDecoded()
    {
        var decoded = TextDecoder.Decode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(Report));
        Assert.Equal(Report, decoded.Text);
        Assert.Equal(TextDecoder.Utf16LittleEndianNoBom, decoded.Encoding);
    }

    [Fact]
    public void Utf16BigEndianWithoutAByteOrderMarkIsDecoded()
    {
        var decoded = TextDecoder.Decode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes(Report));
        Assert.Equal(Report, decoded.Text);
        Assert.Equal(TextDecoder.Utf16BigEndianNoBom, decoded.Encoding);
    }

    [Fact]
    public void OneStrayByteInUtf8IsReplacedAndTheRestStaysUtf8()
    {
        var text = "Café owners in Zürich “welcome” the decision, said Renée Lavoie. " + new string('x', 200);
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert(10, 0xFF);

        var decoded = TextDecoder.Decode(bytes.ToArray());

        Assert.Equal(TextDecoder.Utf8Repaired, decoded.Encoding);
        Assert.Contains("Zürich “welcome”", decoded.Text);
        Assert.Single(decoded.Text, c => c == '\uFFFD');
    }

    [Fact]
    public void Windows1252IsStillWindows1252()
    {
        // "Café “quoted”" in Windows-1252: no byte of it is part of a valid UTF-8 sequence.
        byte[] bytes = [.. "Caf"u8, 0xE9, (byte)' ', 0x93, .. "quoted"u8, 0x94, (byte)'\n'];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(TextDecoder.Windows1252, decoded.Encoding);
        Assert.Equal("Café “quoted”\n", decoded.Text);
    }

    [Fact]
    public void BinaryWithNulBytesIsNotTakenForUtf16()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 3)
            bytes[i] = 0;

        var outcome = new DocumentReader(new IngestionOptions()).Read("junk.txt", bytes);

        Assert.Null(outcome.Document);
        Assert.Contains("binary", outcome.SkipReason);
    }

    [Fact]
    public void AReadOfRepairedBytesSaysHowManyWereReplaced()
    {
        var bytes = Encoding.UTF8.GetBytes("Floods reach Vorinsk\n\nThe river rose overnight in Zürich’s north, the council said on Tuesday. "
            + "Engineers from Talmere closed two bridges while the water stayed high, and the ferry did not run.\n").ToList();
        bytes.Insert(30, 0xFE);

        var outcome = new DocumentReader(new IngestionOptions()).Read("stray.txt", [.. bytes]);

        Assert.NotNull(outcome.Document);
        Assert.Contains(outcome.Notes, n => n.Contains("invalid UTF-8", StringComparison.Ordinal));
    }
}
