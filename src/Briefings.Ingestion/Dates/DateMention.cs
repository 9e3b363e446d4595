namespace Briefings.Ingestion.Dates;

/// <summary>What sort of temporal expression a mention is, as TIMEX3 types them.</summary>
public enum DateMentionType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// A temporal expression of the body as a reader would mark it: the words, where they stand in
/// their paragraph (<see cref="Start"/> to <see cref="End"/>, exclusive), and the TIMEX3-style
/// value read against the publication date ("1998-01-08", "1998-W02", "1998-Q3", "P3Y",
/// "PRESENT_REF"), or null when it cannot be told.
/// </summary>
public sealed record DateMention(string Text, string? Value, DateMentionType Type, int Paragraph, int Start, int End);
