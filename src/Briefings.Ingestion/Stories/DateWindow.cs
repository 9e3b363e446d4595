using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Stories;

/// <summary>
/// Whether two event dates can be the same happening: day-precise dates within a day (two when
/// either only stands in from the publication date), coarser ones when their spans overlap.
/// </summary>
public static class DateWindow
{
    public static int Tolerance(ResolvedDate a, ResolvedDate b) =>
        a.Stated && b.Stated && a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day ? 1 : 2;

    /// <summary>
    /// The first day the happening could have been: its date, or, when the publication date only
    /// stands in, a week before it, since an undated happening is news of the last days.
    /// </summary>
    public static DateOnly Start(ResolvedDate d) => d.Stated ? d.Date : d.Date.AddDays(-UnstatedLookBack);

    /// <summary>How far back an undated happening may lie from its article's publication date.</summary>
    public const int UnstatedLookBack = 7;

    /// <summary>Days between the two spans, 0 when they overlap.</summary>
    public static int Gap(ResolvedDate a, ResolvedDate b)
    {
        var (aEnd, bEnd) = (a.End, b.End);
        var (aStart, bStart) = (Start(a), Start(b));
        if (aEnd < bStart)
            return bStart.DayNumber - aEnd.DayNumber;
        if (bEnd < aStart)
            return aStart.DayNumber - bEnd.DayNumber;
        return 0;
    }

    public static bool Close(ResolvedDate? a, ResolvedDate? b) =>
        a is not null && b is not null && Gap(a, b) <= Tolerance(a, b)
        // A year-precise date overlaps too much to tell happenings apart.
        && a.Precision != DatePrecision.Year && b.Precision != DatePrecision.Year;

    public static string Describe(ResolvedDate a, ResolvedDate b)
    {
        if (!a.Stated || !b.Stated)
            return "dates compatible (one undated)";
        if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day)
        {
            var days = Math.Abs(a.Date.DayNumber - b.Date.DayNumber);
            return days == 0 ? "same day" : days == 1 ? "1 day apart" : $"{days} days apart";
        }
        var coarse = a.Precision > b.Precision ? a.Precision : b.Precision;
        return "overlapping " + coarse.ToString().ToLowerInvariant();
    }
}
