namespace Briefings.Ingestion.Reading;

/// <summary>What reading a file gave: a document, or the reason it was skipped.</summary>
public sealed record ReadOutcome(SourceDocument? Document, string? SkipReason)
{
    public static ReadOutcome Skip(string reason) => new(null, reason);
}
