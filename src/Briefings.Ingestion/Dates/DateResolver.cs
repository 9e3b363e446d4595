namespace Briefings.Ingestion.Dates;

/// <summary>
/// Turns a <see cref="DateExpression"/> into a <see cref="ResolvedDate"/> relative to the
/// article's publication date, keeping its precision: the date is the first day of the span
/// the words cover (a week starts on Monday, as ISO weeks do). There is no clock here: without
/// a publication date only expressions that carry their own year resolve.
/// </summary>
/// <remarks>
/// The choices, in the order a news report uses them:
/// a bare weekday is the most recent such day on or before publication (a Monday article's
/// "on Monday" is that day); "last Friday" is the most recent Friday strictly before
/// publication, because reporters use it for "the Friday just gone", not "the Friday of last
/// week"; "this Sunday" is the Sunday of the publication's week; "next Friday" the first
/// Friday after publication; "Friday last week" the Friday of the previous week. "Last night",
/// "overnight" and "over the past 24 hours" are the day before publication, the day the night
/// began, which is how briefings published in the morning use them; "tonight" is publication
/// day. A night between two days is dated by its first day, found from the morning after,
/// which must not be after publication. A month without a year is the most recent such month
/// not after the publication month; a day and month without a year is the nearest such date,
/// allowed up to about two months after publication only when that is nearer than the past
/// one. "Early", "mid" and "late" before a month narrow it to its first, second or last third
/// (<see cref="DatePrecision.PartOfMonth"/>): "said in late August" is not any day of August. With <c>lookAhead</c> (the sentence speaks of what will happen) bare weekdays, months
/// and days look forward instead.
/// </remarks>
public sealed partial class DateResolver(NumericDateOrder numericOrder = NumericDateOrder.MonthFirst)
{
    /// <summary>Day 1 of the count in "day 993 of the war": Russia's full-scale invasion of Ukraine.</summary>
    public static readonly DateOnly FullScaleInvasion = new(2022, 2, 24);

    /// <summary>How far after publication a date without a year may fall before the past reading is taken instead.</summary>
    private const int YearlessFutureDays = 61;

    private readonly NumericDateOrder _numericOrder = numericOrder;

    /// <summary>
    /// The date <paramref name="expression"/> names, or null when it needs a publication date
    /// and there is none. <paramref name="lookAhead"/> reads bare weekdays, months and days
    /// forward, for sentences about plans ("will meet on Tuesday").
    /// </summary>
    public ResolvedDate? Resolve(DateExpression expression, DateOnly? published, bool lookAhead = false)
    {
        ArgumentNullException.ThrowIfNull(expression);
        (DateOnly Date, DatePrecision Precision)? resolved;
        try
        {
            resolved = Span(expression, published, lookAhead);
            if (resolved is var (day, dayPrecision) && dayPrecision == DatePrecision.Month && ThirdOfMonth(expression.Modifier) is { } offset)
                resolved = (day.AddDays(offset), DatePrecision.PartOfMonth);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A placeholder publication date (year 1 or 9999) moved by a week or a year leaves the
            // calendar: such a date names no day.
            return null;
        }
        if (resolved is not var (date, precision))
            return null;
        var future = published is { } p && (date > p || expression.Modifier == DateModifier.Later);
        return new ResolvedDate(date, precision, true, expression.Text) { Future = future };
    }

    private (DateOnly Date, DatePrecision Precision)? Span(DateExpression e, DateOnly? published, bool lookAhead)
    {
        switch (e.Kind)
        {
            case DateExpressionKind.CalendarDate when e.Year is { } year:
                return (new DateOnly(year, e.Month!.Value, e.Day!.Value), DatePrecision.Day);
            case DateExpressionKind.NumericDate:
                return e.Reading(e.Order ?? _numericOrder) is { } reading ? (reading, DatePrecision.Day) : null;
            case DateExpressionKind.Month when e.Year is { } year:
                return (new DateOnly(year, e.Month!.Value, 1), DatePrecision.Month);
            case DateExpressionKind.Year:
                return (new DateOnly(e.Year!.Value, 1, 1), DatePrecision.Year);
            case DateExpressionKind.WarDay:
                return (FullScaleInvasion.AddDays(e.Number!.Value - 1), DatePrecision.Day);
        }
        if (published is not { } pub)
            return null;
        return e.Kind switch
        {
            DateExpressionKind.CalendarDate => (Yearless(e.Month!.Value, e.Day!.Value, pub, lookAhead), DatePrecision.Day),
            DateExpressionKind.Month => (NamedMonth(e.Month!.Value, e.Relation, pub, lookAhead), DatePrecision.Month),
            DateExpressionKind.RelativeMonth => (FirstOfMonth(pub).AddMonths(e.Offset), DatePrecision.Month),
            DateExpressionKind.Weekday => (NamedWeekday(e.Weekday!.Value, e.Relation, pub, lookAhead), DatePrecision.Day),
            DateExpressionKind.NightBetween =>
                (NamedWeekday(Next(e.Weekday!.Value), e.Relation, pub, lookAhead).AddDays(-1), DatePrecision.Day),
            DateExpressionKind.RelativeDay => (pub.AddDays(e.Offset), DatePrecision.Day),
            DateExpressionKind.RelativeWeek => (Monday(pub).AddDays(7 * e.Offset), DatePrecision.Week),
            DateExpressionKind.Weekend => (Monday(WeekendSaturday(e.Offset, pub)), DatePrecision.Week),
            DateExpressionKind.RelativeYear => (new DateOnly(pub.Year + e.Offset, 1, 1), DatePrecision.Year),
            _ => null,
        };
    }

    /// <summary>The first day of the month's third that "early", "mid" or "late" names, counted from the 1st.</summary>
    private static int? ThirdOfMonth(DateModifier modifier) => modifier switch
    {
        DateModifier.Early => 0,
        DateModifier.Mid => 10,
        DateModifier.Late => 20,
        _ => null,
    };

    /// <summary>The Monday starting the ISO week of <paramref name="day"/>.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly NamedWeekday(DayOfWeek weekday, DateRelation relation, DateOnly pub, bool lookAhead)
    {
        var back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
        var inWeek = Monday(pub).AddDays(((int)weekday + 6) % 7);
        return relation switch
        {
            DateRelation.Last => pub.AddDays(back == 0 ? -7 : -back),
            DateRelation.Next => pub.AddDays(back == 0 ? 7 : 7 - back),
            DateRelation.This or DateRelation.ThisWeek => inWeek,
            DateRelation.LastWeek => inWeek.AddDays(-7),
            DateRelation.NextWeek => inWeek.AddDays(7),
            _ when lookAhead => pub.AddDays(back == 0 ? 0 : 7 - back),
            _ => pub.AddDays(-back),
        };
    }

    private static DateOnly NamedMonth(int month, DateRelation relation, DateOnly pub, bool lookAhead)
    {
        var sameYear = new DateOnly(pub.Year, month, 1);
        var current = FirstOfMonth(pub);
        return relation switch
        {
            DateRelation.This => sameYear,
            DateRelation.Last => sameYear < current ? sameYear : sameYear.AddYears(-1),
            DateRelation.Next => sameYear > current ? sameYear : sameYear.AddYears(1),
            _ when lookAhead => sameYear >= current ? sameYear : sameYear.AddYears(1),
            _ => sameYear <= current ? sameYear : sameYear.AddYears(-1),
        };
    }

    private static DateOnly Yearless(int month, int day, DateOnly pub, bool lookAhead)
    {
        DateOnly? past = null, future = null;
        // Four years either side so that 29 February always has a candidate.
        for (var year = pub.Year - 4; year <= pub.Year + 4; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
                continue;
            var candidate = new DateOnly(year, month, day);
            if (candidate <= pub)
                past = candidate;
            else
                future ??= candidate;
        }
        if (lookAhead)
            return past == pub || future is null ? past!.Value : future.Value;
        if (future is { } f && past is { } p)
        {
            var ahead = f.DayNumber - pub.DayNumber;
            return ahead <= YearlessFutureDays && ahead < pub.DayNumber - p.DayNumber ? f : p;
        }
        return past ?? future!.Value;
    }

    /// <summary>The Saturday of the weekend meant: the one just gone or in progress, or the one in or after the publication's week.</summary>
    private static DateOnly WeekendSaturday(int offset, DateOnly pub)
    {
        var thisWeeks = Monday(pub).AddDays(5);
        if (offset >= 0)
            return thisWeeks.AddDays(7 * offset);
        return thisWeeks <= pub ? thisWeeks : thisWeeks.AddDays(-7);
    }

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DayOfWeek Next(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);
}
