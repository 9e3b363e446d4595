namespace Briefings.Ingestion.Reading;

/// <summary>Reads a plain-text file: the decoded text is already what the parsers read, and it declares nothing.</summary>
public sealed class PlainTextReader : ISourceFormatReader
{
    public SourceFormat Format => SourceFormat.Text;

    public ExtractedText Read(string text) => new(text, DeclaredMetadata.None);
}
