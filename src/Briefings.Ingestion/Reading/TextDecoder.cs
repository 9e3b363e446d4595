using System.Text;

namespace Briefings.Ingestion.Reading;

/// <summary>The decoded text of a file, with LF line endings and no byte order mark, and the encoding it was read as.</summary>
public sealed record DecodedText(string Text, string Encoding);

/// <summary>
/// Turns a file's bytes into text: a byte order mark decides (UTF-8, UTF-16, UTF-32); without
/// one, bytes that are valid UTF-8 are UTF-8 and anything else is Windows-1252, the encoding
/// old newsroom exports and Windows editors write.
/// </summary>
public static class TextDecoder
{
    public const string Utf8 = "UTF-8";
    public const string Utf8WithBom = "UTF-8 with BOM";
    public const string Utf16LittleEndian = "UTF-16 LE";
    public const string Utf16BigEndian = "UTF-16 BE";
    public const string Utf32LittleEndian = "UTF-32 LE";
    public const string Utf32BigEndian = "UTF-32 BE";
    public const string Windows1252 = "Windows-1252";

    private static readonly Encoding Windows1252Encoding = CreateWindows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, name, bomLength) = Detect(bytes);
        var text = encoding.GetString(bytes[bomLength..]);
        return new DecodedText(NormalizeLineEndings(text), name);
    }

    /// <summary>CRLF and lone CR (old Mac files) become LF, so every later stage splits on '\n' alone.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static (Encoding Encoding, string Name, int BomLength) Detect(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE first: its BOM begins with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), Utf32LittleEndian, 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), Utf32BigEndian, 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (new UTF8Encoding(false), Utf8WithBom, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), Utf16LittleEndian, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), Utf16BigEndian, 2);

        // Strict check: lenient UTF-8 decoding would turn a Windows-1252 curly quote into U+FFFD.
        return System.Text.Unicode.Utf8.IsValid(bytes)
            ? (new UTF8Encoding(false), Utf8, 0)
            : (Windows1252Encoding, Windows1252, 0);
    }

    private static Encoding CreateWindows1252()
    {
        // .NET Core ships only the Unicode encodings and Latin-1 unless the code pages are registered.
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(1252);
    }
}
