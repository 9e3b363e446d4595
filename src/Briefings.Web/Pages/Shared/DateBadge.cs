using Briefings.Ingestion.Dates;

namespace Briefings.Web.Pages;

/// <summary>
/// A date with whether the text states it and the words it was read from. <see cref="Precision"/>
/// keeps a week- or month-precise date from showing as a day; <see cref="ShowDate"/> false shows only
/// stated/inferred, for items under a heading that already gives the date.
/// </summary>
public sealed record DateBadge(DateOnly? Date, bool Stated, string? Evidence, DatePrecision Precision = DatePrecision.Day, bool ShowDate = true)
{
    /// <summary>The evidence the date resolver records when the publication date stands in.</summary>
    public bool FromPublication => string.Equals(Evidence, ResolvedDate.PublicationEvidence, StringComparison.Ordinal);

    /// <summary>"12 Nov 2024", "week of 11 Nov 2024", "November 2024", "2024".</summary>
    public string Label => Date is not { } date ? "undated" : Facts.Date(date, Precision);
}
