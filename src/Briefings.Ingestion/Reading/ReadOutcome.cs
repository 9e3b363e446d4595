namespace Briefings.Ingestion.Reading;

/// <summary>What reading a file gave: a document, or the reason it was skipped.</summary>
public sealed record ReadOutcome(SourceDocument? Document, string? SkipReason)
{
    public static ReadOutcome Skip(string reason) => new(null, reason);

    /// <summary>What reading changed or dropped to read the file (replaced bytes, flattened nesting), kept with the article.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
