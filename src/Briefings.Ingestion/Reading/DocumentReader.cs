using System.Globalization;
using System.Security.Cryptography;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Turns a file's bytes into a <see cref="SourceDocument"/>: refuses what is not a readable
/// news file (unknown extension, too large, empty, binary) with a reason a user understands,
/// decodes the text, and hands it to the reader for its format (text, HTML or Markdown).
/// </summary>
public sealed class DocumentReader
{
    private const string Supported = "Briefings reads .txt, .html and .md";

    /// <summary>Share of control characters above which a file is taken for binary rather than text.</summary>
    private const double MaxControlShare = 0.1;

    private static readonly Dictionary<string, ISourceFormatReader> ByExtension = CreateReaders();

    private readonly IngestionOptions _options;
    private readonly IReadOnlyDictionary<string, ISourceFormatReader> _readers;

    public DocumentReader(IngestionOptions options)
        : this(options, ByExtension)
    {
    }

    /// <summary>Reads with other format readers; the extensions are keys, with their dot, matched ignoring case.</summary>
    internal DocumentReader(IngestionOptions options, IReadOnlyDictionary<string, ISourceFormatReader> readers)
    {
        _options = options;
        _readers = readers;
    }

    /// <summary>The extensions read, lowercase with their dot.</summary>
    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    /// <summary>The format a file name's extension stands for, or null when Briefings does not read it.</summary>
    public static SourceFormat? FormatOf(string fileName) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName), out var reader) ? reader.Format : null;

    public ReadOutcome Read(string fileName, byte[] bytes)
    {
        var extension = Path.GetExtension(fileName);
        if (!_readers.TryGetValue(extension, out var reader))
        {
            return ReadOutcome.Skip(extension.Length == 0
                ? $"no file extension ({Supported})"
                : $"unknown extension '{extension.ToLowerInvariant()}' ({Supported})");
        }
        if (bytes.Length > _options.MaxFileBytes)
        {
            return ReadOutcome.Skip(
                $"the file is {Size(bytes.Length)}, over the limit of {Size(_options.MaxFileBytes)} (Ingestion:MaxFileBytes)");
        }
        if (bytes.Length == 0)
            return ReadOutcome.Skip("the file is empty");

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text.Length == 0)
            return ReadOutcome.Skip("the file is empty");
        if (BinaryReason(decoded.Text) is { } binary)
            return ReadOutcome.Skip(binary);
        if (string.IsNullOrWhiteSpace(decoded.Text))
            return ReadOutcome.Skip("the file contains only white space");

        var text = decoded.Text;
        var dropped = 0;
        if (reader.Format == SourceFormat.Html)
            (text, dropped) = NestingLimiter.Limit(text);

        ExtractedText extracted;
        try
        {
            extracted = reader.Read(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ReadOutcome.Skip($"could not be read as {FormatName(reader.Format)}: {ex.Message}");
        }
        if (string.IsNullOrWhiteSpace(extracted.Text))
            return ReadOutcome.Skip($"the {FormatName(reader.Format)} file has no article text");

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var document = new SourceDocument(Path.GetFileName(fileName), reader.Format, extracted.Text, hash, extracted.Declared)
        {
            RawText = decoded.Text,
            Encoding = decoded.Encoding,
            Headings = extracted.Headings,
        };
        List<string> notes = [];
        if (decoded.Encoding == TextDecoder.Utf8Repaired)
            notes.Add($"{decoded.Text.Count(c => c == '\uFFFD'):N0} invalid UTF-8 byte sequences replaced by U+FFFD");
        if (dropped > 0)
            notes.Add($"{dropped:N0} tags nested deeper than {NestingLimiter.MaxDepth} levels dropped before parsing (their text kept)");
        return new ReadOutcome(document, null) { Notes = notes };
    }

    /// <summary>
    /// Text never holds NUL, and only a few control characters (tab, line and page breaks);
    /// a file full of them is an image, archive or office document under a text extension.
    /// </summary>
    private static string? BinaryReason(string text)
    {
        if (text.Contains('\0'))
            return "the file looks binary, not text (it contains NUL bytes)";
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var control = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\f' or '\v')) || c == '\uFFFD')
                control++;
        }
        return control > sample.Length * MaxControlShare
            ? "the file looks binary, not text (it is full of control characters)"
            : null;
    }

    private static string FormatName(SourceFormat format) => format switch
    {
        SourceFormat.Html => "HTML",
        SourceFormat.Markdown => "Markdown",
        _ => "text",
    };

    private static string Size(long bytes)
    {
        var exact = bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
        return bytes < 1024 * 1024
            ? exact
            : $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB ({exact})";
    }

    private static Dictionary<string, ISourceFormatReader> CreateReaders()
    {
        ISourceFormatReader text = new PlainTextReader(), html = new HtmlDocumentReader(), markdown = new MarkdownDocumentReader();
        return new(StringComparer.OrdinalIgnoreCase)
        {
            [".txt"] = text,
            [".text"] = text,
            [".html"] = html,
            [".htm"] = html,
            [".md"] = markdown,
            [".markdown"] = markdown,
        };
    }
}
