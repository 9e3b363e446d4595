using System.Security.Cryptography;
using System.Text;

namespace Briefings.Ingestion.Reading;

/// <summary>What reading a file gave: a document, or the reason it was skipped.</summary>
public sealed record ReadOutcome(SourceDocument? Document, string? SkipReason)
{
    public static ReadOutcome Skip(string reason) => new(null, reason);
}

/// <summary>
/// Turns a file's bytes into a <see cref="SourceDocument"/>: picks the reader by extension,
/// decodes the text, and refuses what is not a news file, with a reason.
/// </summary>
public sealed class DocumentReader(IngestionOptions options)
{
    public ReadOutcome Read(string fileName, byte[] bytes)
    {
        // First cut: plain UTF-8 text only. The full reader (encodings, HTML, Markdown,
        // binary and size checks) replaces this.
        if (bytes.Length > options.MaxFileBytes)
            return ReadOutcome.Skip($"larger than the {options.MaxFileBytes:N0}-byte limit");
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n");
        if (string.IsNullOrWhiteSpace(text))
            return ReadOutcome.Skip("empty or only white space");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new(new SourceDocument(Path.GetFileName(fileName), SourceFormat.Text, text, hash, DeclaredMetadata.None), null);
    }
}
