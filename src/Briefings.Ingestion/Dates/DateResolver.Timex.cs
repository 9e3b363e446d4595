using System.Globalization;

namespace Briefings.Ingestion.Dates;

/// <summary>A point of the calendar at a granularity: the quarter starting 1 July 1998, the day 8 January 1998.</summary>
public readonly record struct CalendarPoint(DateOnly Date, TimeUnit Granularity)
{
    /// <summary>The TIMEX3 value: "1998-01-08", "1998-W02", "1998-01", "1998-Q3", "1998-H2", "1998", "199" (decade), "19" (century).</summary>
    public string Value => Granularity switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeUnit.Week => Week(Date),
        TimeUnit.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimeUnit.Quarter => Year(Date.Year) + "-Q" + ((Date.Month - 1) / 3 + 1).ToString(CultureInfo.InvariantCulture),
        TimeUnit.Decade => Year(Date.Year)[..3],
        TimeUnit.Century => Year(Date.Year)[..2],
        _ => Year(Date.Year),
    };

    /// <summary>The same granularity, <paramref name="count"/> units of <paramref name="unit"/> away.</summary>
    public CalendarPoint Shift(TimeUnit unit, int count) => this with { Date = DateResolver.Shift(Date, unit, count) };

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(date)) + "-W" + ISOWeek.GetWeekOfYear(date).ToString("00", CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// What earlier dates of the same text leave for later ones: "a year earlier" and "the
/// year-ago quarter" count from the last date named, "the next day" from the last day.
/// </summary>
public sealed class TimexAnchor
{
    public CalendarPoint? Last { get; private set; }

    public CalendarPoint? LastQuarter { get; private set; }

    public void Remember(CalendarPoint point)
    {
        Last = point;
        if (point.Granularity == TimeUnit.Quarter)
            LastQuarter = point;
    }
}

/// <summary>The TIMEX3 reading of an expression: its value, and the calendar point behind it when it names one.</summary>
public sealed record TimexReading(string? Value, CalendarPoint? Point);

public sealed partial class DateResolver
{
    /// <summary>
    /// The TIMEX3 value of <paramref name="e"/> against <paramref name="published"/>: a calendar
    /// value for what names a date, the duration or set value for what does not, "PRESENT_REF"
    /// and the like for references, null when it needs a publication date there is none of.
    /// Shifts from the text's own dates ("a year earlier") read <paramref name="anchor"/>.
    /// </summary>
    public TimexReading Timex(DateExpression e, DateOnly? published, bool lookAhead, TimexAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(anchor);
        switch (e.Kind)
        {
            case DateExpressionKind.Duration or DateExpressionKind.Set or DateExpressionKind.Reference:
                return new TimexReading(e.Fixed, null);
            case DateExpressionKind.Decade when e.Year is { } decade:
                return Point(new DateOnly(decade, 1, 1), TimeUnit.Decade);
            case DateExpressionKind.Century when e.Number is { } century:
                return century is >= 1 and <= 100 ? Point(new DateOnly((century - 1) * 100 + 1, 1, 1), TimeUnit.Century) with { Value = (century - 1).ToString("00", CultureInfo.InvariantCulture) } : new TimexReading(null, null);
            case DateExpressionKind.Year when e.Year is { } year:
                return Point(new DateOnly(year, 1, 1), TimeUnit.Year);
        }
        if (e.Kind is DateExpressionKind.UnitShift && e.Fixed is { } reference)
            return new TimexReading(reference, null);
        if (e.Kind == DateExpressionKind.Quarter)
            return Quarter(e, published, lookAhead, anchor);
        if (e.Kind is DateExpressionKind.Half or DateExpressionKind.Season or DateExpressionKind.Holiday && e.Year is { } given)
            return Named(e, given, published, lookAhead);
        if (published is not { } pub)
            return Resolve(e, null, lookAhead) is { } absolute ? FromResolved(absolute) : new TimexReading(null, null);
        switch (e.Kind)
        {
            case DateExpressionKind.Month when e.YearOffset is { } years && e.Year is null:
                return Point(new DateOnly(pub.Year + years, e.Month!.Value, 1), TimeUnit.Month);
            case DateExpressionKind.Century:
                return new TimexReading((pub.Year / 100).ToString("00", CultureInfo.InvariantCulture), null);
            case DateExpressionKind.Half or DateExpressionKind.Season or DateExpressionKind.Holiday:
                return Named(e, null, pub, lookAhead);
            case DateExpressionKind.Clock:
                return new TimexReading(pub.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ClockSuffix(e), new CalendarPoint(pub, TimeUnit.Day));
            case DateExpressionKind.AnchoredDay:
                var day = anchor.Last is { Granularity: TimeUnit.Day } last ? last.Date : pub;
                return Point(day.AddDays(e.Offset), TimeUnit.Day);
            case DateExpressionKind.UnitShift:
                return UnitShift(e, pub, anchor);
        }
        return Resolve(e, pub, lookAhead) is { } resolved ? FromResolved(resolved) : new TimexReading(null, null);
    }

    private static TimexReading FromResolved(ResolvedDate resolved)
    {
        var granularity = resolved.Precision switch
        {
            DatePrecision.Day => TimeUnit.Day,
            DatePrecision.Week => TimeUnit.Week,
            DatePrecision.Year => TimeUnit.Year,
            _ => TimeUnit.Month,
        };
        return Point(resolved.Date, granularity);
    }

    /// <summary>"T04:00" for a clock time, "TAF" for a part of the day without one.</summary>
    public static string ClockSuffix(DateExpression e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Hour is { } hour
            ? "T" + hour.ToString("00", CultureInfo.InvariantCulture) + ":" + (e.Minute ?? 0).ToString("00", CultureInfo.InvariantCulture)
            : e.Fixed is { } part ? "T" + part : "";
    }

    private static TimexReading Point(DateOnly date, TimeUnit granularity)
    {
        var point = new CalendarPoint(date, granularity);
        return new TimexReading(point.Value, point);
    }

    /// <summary>"two years ago" from publication; "a year earlier", "year-ago" from the last date named, keeping its granularity.</summary>
    private static TimexReading UnitShift(DateExpression e, DateOnly pub, TimexAnchor anchor)
    {
        var unit = e.Unit ?? TimeUnit.Year;
        var granularity = unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? TimeUnit.Day : unit;
        if (e.Offset == 0 && e.FromAnchor && anchor.Last is { } named && Finer(named.Granularity, granularity))
            return Point(Start(named.Date, granularity), granularity);
        if (e.Offset == 0)
            return Point(Start(pub, granularity), granularity);
        // A year back from a quarter is the same quarter a year before: results compare like with like.
        if (unit == TimeUnit.Year && anchor.Last is { Granularity: TimeUnit.Quarter } quarter)
            return Point(quarter.Date.AddYears(e.Offset), TimeUnit.Quarter);
        if (e.FromAnchor && anchor.Last is { } last && Finer(last.Granularity, granularity))
        {
            var shifted = last.Shift(unit, e.Offset);
            return new TimexReading(shifted.Value, shifted);
        }
        return Point(Start(Shift(pub, unit, e.Offset), granularity), granularity);
    }

    /// <summary>Quarters: a numbered one is the latest such quarter begun by publication (the next one when the text looks ahead).</summary>
    private static TimexReading Quarter(DateExpression e, DateOnly? published, bool lookAhead, TimexAnchor anchor)
    {
        DateOnly? start = null;
        if (e.Number is { } number)
        {
            int? year = e.Year;
            if (year is null && published is { } p)
                year = p.Year + (e.YearOffset ?? Default(new DateOnly(p.Year, number * 3 - 2, 1), p, lookAhead));
            if (year is { } y)
                start = new DateOnly(y, number * 3 - 2, 1);
        }
        else if (e.FromAnchor && anchor.LastQuarter is { } last)
            start = e.Year is { } y ? new DateOnly(y, last.Date.Month, 1) : last.Date;
        else if (e.Year is { } y)
            return Point(new DateOnly(y, 1, 1), TimeUnit.Year);
        else if (published is { } pub)
        {
            var current = Start(pub, TimeUnit.Quarter);
            start = e.Relation switch
            {
                DateRelation.This => current,
                DateRelation.Next => current.AddMonths(3),
                // "the quarter" or "the latest quarter" in a report is the last one completed.
                _ => current.AddMonths(-3),
            };
        }
        if (start is not { } s)
            return new TimexReading(null, null);
        if (e.Modifier == DateModifier.Earlier)
            s = s.AddYears(-1);
        return Point(s, TimeUnit.Quarter);
    }

    /// <summary>0 when the span starting at <paramref name="start"/> is the one meant, -1 or 1 to take the year before or after.</summary>
    private static int Default(DateOnly start, DateOnly pub, bool lookAhead)
    {
        // A quarter just ended is still the one a report looks ahead to ("will report third-quarter results").
        if (lookAhead)
            return start.AddMonths(6) <= pub ? 1 : 0;
        return start > pub ? -1 : 0;
    }

    /// <summary>Halves, seasons and holidays: the given year's, else this, last or next one, else the latest begun (or, looking ahead, the next not ended).</summary>
    private static TimexReading Named(DateExpression e, int? year, DateOnly? published, bool lookAhead)
    {
        if (e.Kind == DateExpressionKind.Half)
        {
            var y = year ?? published!.Value.Year + (e.YearOffset ?? 0);
            return new TimexReading(y.ToString("0000", CultureInfo.InvariantCulture) + "-H" + e.Number!.Value.ToString(CultureInfo.InvariantCulture),
                new CalendarPoint(new DateOnly(y, e.Number == 1 ? 1 : 7, 1), TimeUnit.Month));
        }
        if (year is { } given)
            return Instance(e, given);
        var pub = published!.Value;
        var candidates = Enumerable.Range(pub.Year - 2, 5).Select(y => (Year: y, Start: Begin(e, y), End: Finish(e, y))).ToList();
        var chosen = e.Relation switch
        {
            DateRelation.This => candidates.Find(c => c.Year == pub.Year),
            DateRelation.Last => candidates.FindLast(c => e.Kind == DateExpressionKind.Season ? c.End <= pub : c.Start < pub),
            DateRelation.Next => candidates.Find(c => c.Start > pub),
            _ when lookAhead => candidates.Find(c => c.End >= pub),
            _ => candidates.FindLast(c => c.Start <= pub),
        };
        return Instance(e, chosen.Year == 0 ? pub.Year : chosen.Year);
    }

    private static TimexReading Instance(DateExpression e, int year) => e.Kind == DateExpressionKind.Season
        ? new TimexReading(year.ToString("0000", CultureInfo.InvariantCulture) + "-" + e.Season, new CalendarPoint(Begin(e, year), TimeUnit.Month))
        : Point(Begin(e, year), TimeUnit.Day);

    private static DateOnly Begin(DateExpression e, int year) => e.Kind switch
    {
        DateExpressionKind.Season => new DateOnly(year, e.Season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 }, 1),
        _ => HolidayDate(e.Fixed ?? "12-25", year),
    };

    private static DateOnly Finish(DateExpression e, int year) =>
        e.Kind == DateExpressionKind.Season ? Begin(e, year).AddMonths(3).AddDays(-1) : Begin(e, year);

    private static DateOnly HolidayDate(string rule, int year) => rule switch
    {
        // Thanksgiving: the fourth Thursday of November; Labor Day: the first Monday of September; Memorial Day: the last Monday of May.
        "thanksgiving" => Nth(year, 11, DayOfWeek.Thursday, 4),
        "labor" => Nth(year, 9, DayOfWeek.Monday, 1),
        // The United States' Election Day: the Tuesday after the first Monday of November.
        "election" => Nth(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        "memorial" => Nth(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
        _ => new DateOnly(year, int.Parse(rule.AsSpan(0, 2), CultureInfo.InvariantCulture), int.Parse(rule.AsSpan(3, 2), CultureInfo.InvariantCulture)),
    };

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    private static bool Finer(TimeUnit a, TimeUnit b) => Rank(a) <= Rank(b);

    private static int Rank(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day => 0,
        TimeUnit.Week => 1,
        TimeUnit.Month => 2,
        TimeUnit.Quarter => 3,
        TimeUnit.Year => 4,
        TimeUnit.Decade => 5,
        _ => 6,
    };

    /// <summary>The first day of the <paramref name="unit"/> holding <paramref name="day"/>.</summary>
    private static DateOnly Start(DateOnly day, TimeUnit unit) => unit switch
    {
        TimeUnit.Week => Monday(day),
        TimeUnit.Month => new DateOnly(day.Year, day.Month, 1),
        TimeUnit.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        TimeUnit.Year => new DateOnly(day.Year, 1, 1),
        TimeUnit.Decade => new DateOnly(day.Year / 10 * 10, 1, 1),
        TimeUnit.Century => new DateOnly(Math.Max(1, day.Year / 100 * 100), 1, 1),
        _ => day,
    };

    internal static DateOnly Shift(DateOnly day, TimeUnit unit, int count)
    {
        try
        {
            return unit switch
            {
                TimeUnit.Week => day.AddDays(7 * count),
                TimeUnit.Month => day.AddMonths(count),
                TimeUnit.Quarter => day.AddMonths(3 * count),
                TimeUnit.Year => day.AddYears(count),
                TimeUnit.Decade => day.AddYears(10 * count),
                TimeUnit.Century => day.AddYears(100 * count),
                TimeUnit.Day => day.AddDays(count),
                _ => day,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return day;
        }
    }
}
