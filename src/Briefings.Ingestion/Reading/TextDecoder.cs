using System.Text;

namespace Briefings.Ingestion.Reading;

/// <summary>The decoded text of a file, with LF line endings and no byte order mark, and the encoding it was read as.</summary>
public sealed record DecodedText(string Text, string Encoding);

/// <summary>
/// Turns a file's bytes into text: a byte order mark decides (UTF-8, UTF-16, UTF-32); without
/// one, UTF-16 shows itself by the NUL in every other byte of Latin text; bytes that are valid
/// UTF-8 are UTF-8, and so are bytes that are mostly UTF-8 with a few stray bytes (each replaced
/// by U+FFFD, so one bad byte does not turn the whole file into mojibake); anything else is
/// Windows-1252, the encoding old newsroom exports and Windows editors write.
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
    public const string Utf8Repaired = "UTF-8 (invalid bytes replaced)";
    public const string Utf16LittleEndianNoBom = "UTF-16 LE (no BOM)";
    public const string Utf16BigEndianNoBom = "UTF-16 BE (no BOM)";

    /// <summary>Bytes looked at to tell UTF-16 without a byte order mark.</summary>
    private const int Utf16Sample = 4096;

    /// <summary>Share of the invalid sequences, among all characters, below which a file is still UTF-8 with a few stray bytes.</summary>
    private const double MaxInvalidUtf8Share = 0.01;

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

        if (Utf16WithoutBom(bytes) is { } utf16)
            return utf16;

        // Strict first: lenient UTF-8 decoding would turn a Windows-1252 curly quote into U+FFFD.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return (new UTF8Encoding(false), Utf8, 0);
        return IsMostlyUtf8(bytes)
            ? (new UTF8Encoding(false, throwOnInvalidBytes: false), Utf8Repaired, 0)
            : (Windows1252Encoding, Windows1252, 0);
    }

    /// <summary>
    /// Latin text in UTF-16 has a NUL in every other byte: the odd ones in little-endian, the
    /// even ones in big-endian. Text in another encoding has next to none (NUL is not text), so
    /// a file with NULs on one side only and almost none on the other is UTF-16.
    /// </summary>
    private static (Encoding, string, int)? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, Utf16Sample) & ~1)];
        if (sample.Length < 4)
            return null;
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0)
                evenNuls++;
            if (sample[i + 1] == 0)
                oddNuls++;
        }
        var pairs = sample.Length / 2;
        bool Many(int nuls) => nuls >= pairs * 0.4;
        bool Few(int nuls) => nuls <= pairs * 0.05;
        if (Many(oddNuls) && Few(evenNuls))
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), Utf16LittleEndianNoBom, 0);
        if (Many(evenNuls) && Few(oddNuls))
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), Utf16BigEndianNoBom, 0);
        return null;
    }

    /// <summary>
    /// Mostly UTF-8: its multi-byte characters decode, and the invalid sequences are few (under 1%
    /// of the characters) and fewer than the valid multi-byte ones. Windows-1252 text has no valid
    /// multi-byte sequences to speak of, so its accented letters are never taken for stray bytes.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int characters = 0, multiByte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (consumed > 1)
                    multiByte++;
            }
            else
            {
                invalid++;
            }
            characters++;
            bytes = bytes[Math.Max(consumed, 1)..];
        }
        return multiByte > invalid && invalid <= characters * MaxInvalidUtf8Share;
    }

    private static Encoding CreateWindows1252()
    {
        // .NET Core ships only the Unicode encodings and Latin-1 unless the code pages are registered.
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(1252);
    }
}
