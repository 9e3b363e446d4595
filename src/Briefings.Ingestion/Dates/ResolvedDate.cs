namespace Briefings.Ingestion.Dates;

/// <summary>How exactly a date is known, as ACLED's time precision: an event "last week" is week-precise.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A calendar date for something that happened or was said. <see cref="Date"/> is the first
/// day of the span its precision covers; <see cref="Stated"/> is false when no dating words
/// were found and the publication date stood in; <see cref="Evidence"/> is the words that dated it.
/// </summary>
public sealed record ResolvedDate(DateOnly Date, DatePrecision Precision, bool Stated, string Evidence);
