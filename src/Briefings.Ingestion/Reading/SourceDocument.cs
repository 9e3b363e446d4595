namespace Briefings.Ingestion.Reading;

/// <summary>The formats a news file can come in, told apart by its extension.</summary>
public enum SourceFormat
{
    Text,
    Html,
    Markdown,
}

/// <summary>
/// Metadata a file declares about itself in a machine-readable way (HTML meta tags, JSON-LD,
/// Markdown front matter). It wins over what the parsers read from the text. Published is
/// the date as the file wrote it; the parsing stage turns it into a date.
/// </summary>
public sealed record DeclaredMetadata(
    string? Title = null,
    string? Published = null,
    string? Publisher = null,
    string? Url = null)
{
    public static readonly DeclaredMetadata None = new();

    /// <summary>Further publication dates the file declares, in order of trust: tried when an earlier one is a placeholder.</summary>
    public IReadOnlyList<string> OtherPublished { get; init; } = [];

    /// <summary>When the file says it was last changed: a publication date after it is impossible.</summary>
    public string? Modified { get; init; }

    /// <summary>The language the page declares ("de", "en-US", "en_GB"): where it is from, for the local day of a UTC instant.</summary>
    public string? Language { get; init; }

    /// <summary>Short texts the page marks as its date line (by class or id), in page order.</summary>
    public IReadOnlyList<string> DateTexts { get; init; } = [];
}

/// <summary>
/// A news file as read: its decoded text as lines (an HTML page or a Markdown file is
/// flattened to one block per line), what it declares about itself, and its content hash.
/// </summary>
public sealed record SourceDocument(
    string FileName,
    SourceFormat Format,
    string Text,
    string ContentHash,
    DeclaredMetadata Declared)
{
    /// <summary>The raw file as ingested (decoded), kept so a reader can check the source.</summary>
    public string RawText { get; init; } = Text;

    /// <summary>Lines the source itself marks as section headings; empty for plain text, where they are told by shape.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>The character encoding the file was decoded from, such as "UTF-8" or "Windows-1252".</summary>
    public string Encoding { get; init; } = TextDecoder.Utf8;
}

/// <summary>What a format reader made of a decoded file: the text the parsers read, and the declared metadata.</summary>
public sealed record ExtractedText(string Text, DeclaredMetadata Declared)
{
    /// <summary>Blocks the source marks as headings of its parts (HTML h2–h6, Markdown "##").</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];
}
