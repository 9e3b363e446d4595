using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Stories;

/// <summary>
/// The dates the cross-article steps can reason with. A date so near either end of the
/// calendar that a window around it cannot be computed (a placeholder such as 0001-01-01 or
/// 9999-12-31 that reached storage from an older reading) counts as no date, so one bad file
/// never fails the batch's stories.
/// </summary>
public static class StoryDates
{
    // Windows reach a week back and a span up to a year forward.
    private static readonly DateOnly First = new(2, 1, 1);
    private static readonly DateOnly Last = new(9998, 1, 1);

    public static ResolvedDate? Usable(ResolvedDate? date) =>
        date is { } d && d.Date >= First && d.Date < Last ? d : null;

    /// <summary>The event with an unusable date made undated; the same instance when its date is fine.</summary>
    public static StoryEvent Usable(StoryEvent e) =>
        e.Event.Date is not null && Usable(e.Event.Date) is null ? e with { Event = e.Event with { Date = null } } : e;
}
