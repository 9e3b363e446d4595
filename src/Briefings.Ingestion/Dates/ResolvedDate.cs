using System.Globalization;

namespace Briefings.Ingestion.Dates;

/// <summary>How exactly a date is known, as ACLED's time precision: an event "last week" is week-precise.</summary>
public enum DatePrecision
{
    Day,
    Week,

    /// <summary>A third of a month, as "early", "mid" and "late" August say: the 1st–10th, 11th–20th, or 21st to the end.</summary>
    PartOfMonth,
    Month,
    Year,
}

/// <summary>
/// A calendar date for something that happened or was said. <see cref="Date"/> is the first
/// day of the span its precision covers; <see cref="Stated"/> is false when no dating words
/// were found and the publication date stood in; <see cref="Evidence"/> is the words that dated it.
/// </summary>
public sealed record ResolvedDate(DateOnly Date, DatePrecision Precision, bool Stated, string Evidence)
{
    /// <summary>The evidence recorded when the publication date stands in for missing dating words.</summary>
    public const string PublicationEvidence = "publication date";

    /// <summary>
    /// True when the words point past the publication date ("next week", "tomorrow", "later this
    /// month"): something planned or expected, not something that has happened.
    /// </summary>
    public bool Future { get; init; }

    /// <summary>The last day of the span the precision covers (a week runs Monday to Sunday).</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Week => Date.AddDays(6),
        DatePrecision.PartOfMonth => Date.Day > 20 ? new DateOnly(Date.Year, Date.Month, 1).AddMonths(1).AddDays(-1) : Date.AddDays(9),
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        DatePrecision.Year => Date.AddYears(1).AddDays(-1),
        _ => Date,
    };

    /// <summary>
    /// The date as a timeline should show it, never more exact than known:
    /// "12 Nov 2024", "week of 11 Nov 2024", "late November 2024", "November 2024", "2024".
    /// </summary>
    public string Label => Precision switch
    {
        DatePrecision.Week => "week of " + Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.PartOfMonth => (Date.Day > 20 ? "late " : Date.Day > 10 ? "mid-" : "early ")
            + Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => Date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The publication date standing in for an event its words do not date.</summary>
    public static ResolvedDate FromPublication(DateOnly published) =>
        new(published, DatePrecision.Day, false, PublicationEvidence);
}
