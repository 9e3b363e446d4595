using System.Text;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reading;

public class TextDecoderTests
{
    private const string Sample = "Café “quoted” — 5 km\nsecond line";

    [Fact]
    public void Utf8WithoutBomIsDecoded()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(TextDecoder.Utf8, decoded.Encoding);
    }

    [Fact]
    public void Utf8BomIsStripped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(TextDecoder.Utf8WithBom, decoded.Encoding);
    }

    [Fact]
    public void Utf16WithBomIsDecoded()
    {
        byte[] bytes = [0xFF, 0xFE, .. new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(Sample)];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(TextDecoder.Utf16LittleEndian, decoded.Encoding);
    }

    [Fact]
    public void Utf16BigEndianWithBomIsDecoded()
    {
        byte[] bytes = [0xFE, 0xFF, .. new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes(Sample)];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(TextDecoder.Utf16BigEndian, decoded.Encoding);
    }

    [Fact]
    public void Utf32WithBomIsDecoded()
    {
        byte[] little = [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(Sample)];
        byte[] big = [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(Sample)];

        Assert.Equal(new DecodedText(Sample, TextDecoder.Utf32LittleEndian), TextDecoder.Decode(little));
        Assert.Equal(new DecodedText(Sample, TextDecoder.Utf32BigEndian), TextDecoder.Decode(big));
    }

    [Fact]
    public void BytesThatAreNotUtf8AreReadAsWindows1252()
    {
        // "It’s £5 – café" as Windows-1252 writes it: 0x92 is the curly apostrophe, 0x96 the en dash.
        byte[] bytes = [(byte)'I', (byte)'t', 0x92, (byte)'s', (byte)' ', 0xA3, (byte)'5', (byte)' ', 0x96, (byte)' ', (byte)'c', (byte)'a', (byte)'f', 0xE9];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("It’s £5 – café", decoded.Text);
        Assert.Equal(TextDecoder.Windows1252, decoded.Encoding);
    }

    [Fact]
    public void OneInvalidByteMakesTheWholeFileWindows1252()
    {
        // Valid UTF-8 "é" followed by a lone 0x92: decoding half as each would garble one of them.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("é"), 0x92];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Ã©’", decoded.Text);
        Assert.Equal(TextDecoder.Windows1252, decoded.Encoding);
    }

    [Fact]
    public void CrLfAndLoneCrBecomeLf()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("one\r\ntwo\rthree\n\r\nfour"));

        Assert.Equal("one\ntwo\nthree\n\nfour", decoded.Text);
    }

    [Fact]
    public void CrLfIsNormalisedInUtf16Too()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\r\nb")];

        Assert.Equal("a\nb", TextDecoder.Decode(bytes).Text);
    }
}
