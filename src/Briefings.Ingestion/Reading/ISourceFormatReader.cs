namespace Briefings.Ingestion.Reading;

/// <summary>
/// Reads one format: takes the decoded file and returns the text the parsers read, one block
/// per line, and what the file declares about itself. May throw on input it cannot handle;
/// <see cref="DocumentReader"/> turns that into a skip reason.
/// </summary>
public interface ISourceFormatReader
{
    SourceFormat Format { get; }

    ExtractedText Read(string text);
}
