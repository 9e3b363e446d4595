using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Dates;

/// <summary>What sort of dating words an expression is; it decides how the expression resolves.</summary>
public enum DateExpressionKind
{
    /// <summary>A day of a month, with or without a year: "13 November 2024", "Nov. 13", "2024-11-13".</summary>
    CalendarDate,

    /// <summary>An all-numeric date such as "11/12/2024" whose day and month may be either way round.</summary>
    NumericDate,

    /// <summary>A month by name: "in June", "since February 2022", "last June".</summary>
    Month,

    /// <summary>"this month", "last month", "earlier this month", "two months ago".</summary>
    RelativeMonth,

    /// <summary>"on Monday", "last Friday", "Sunday's runoff", "Monday night", "Friday last week".</summary>
    Weekday,

    /// <summary>"the night between Thursday and Friday", "overnight into Monday"; <see cref="DateExpression.Weekday"/> is the night's first day.</summary>
    NightBetween,

    /// <summary>"yesterday", "today", "tonight", "last night", "overnight", "over the past 24 hours", "two days ago".</summary>
    RelativeDay,

    /// <summary>"last week", "this week", "earlier this week", "next week", "three weeks ago".</summary>
    RelativeWeek,

    /// <summary>"over the weekend", "last weekend", "this weekend".</summary>
    Weekend,

    /// <summary>A year after a preposition: "in 2023", "since 1945", "mid-2022".</summary>
    Year,

    /// <summary>"this year", "last year", "earlier this year", "two years ago".</summary>
    RelativeYear,

    /// <summary>"day 993 of the war": counted from the full-scale invasion of Ukraine, 24 February 2022 = day 1.</summary>
    WarDay,

    /// <summary>"the 1990s", "the late '80s": <see cref="DateExpression.Year"/> is the decade's first year.</summary>
    Decade,

    /// <summary>"the 20th century", "this century": <see cref="DateExpression.Number"/> is the century's ordinal, or null for the publication's.</summary>
    Century,

    /// <summary>"the third quarter", "third-quarter", "the first quarter of 1998", "the quarter", "the year-ago period".</summary>
    Quarter,

    /// <summary>"the first half", "the second half of 1997".</summary>
    Half,

    /// <summary>"this summer", "last fall", "the winter of 1996".</summary>
    Season,

    /// <summary>A named holiday: "Christmas", "Thanksgiving Day", "New Year's Day".</summary>
    Holiday,

    /// <summary>How long, not when: "three years", "the past 24 hours", "decades"; <see cref="DateExpression.Fixed"/> holds its TIMEX3 value.</summary>
    Duration,

    /// <summary>How often: "every week", "annually", "daily", "Fridays".</summary>
    Set,

    /// <summary>A clock time: "4 a.m.", "10:30 p.m. EST", "noon", "midnight".</summary>
    Clock,

    /// <summary>The present, past or future as such: "now", "currently", "recently", "in the future".</summary>
    Reference,

    /// <summary>
    /// A count of units away from a reference: "two years ago" (from publication), "a year earlier",
    /// "three months later", "year-ago" (from the last date the text named).
    /// </summary>
    UnitShift,

    /// <summary>"the next day", "the same day", "that day", "the previous day": a day counted from the last date the text named.</summary>
    AnchoredDay,
}

/// <summary>A calendar unit a duration or shift counts.</summary>
public enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>Which occurrence of a named day or month the words point to.</summary>
public enum DateRelation
{
    /// <summary>No qualifier: "on Monday", "in June".</summary>
    None,

    /// <summary>"last Friday", "last June".</summary>
    Last,

    /// <summary>"this Sunday", "this June".</summary>
    This,

    /// <summary>"next Friday", "coming Friday".</summary>
    Next,

    /// <summary>"Friday last week".</summary>
    LastWeek,

    /// <summary>"Friday this week".</summary>
    ThisWeek,

    /// <summary>"Friday next week".</summary>
    NextWeek,
}

/// <summary>A word narrowing the span: "early Monday", "in late August", "earlier this month", "mid-2023".</summary>
public enum DateModifier
{
    None,
    Early,
    Mid,
    Late,
    Earlier,
    Later,
}

/// <summary>
/// Dating words found in a sentence: where they are, what kind they are and the parts read
/// from them. Only the fields the kind uses are set; <see cref="DateResolver"/> turns the
/// expression into a calendar date.
/// </summary>
public sealed record DateExpression(DateExpressionKind Kind, TextSpan Span, string Text)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }

    /// <summary>The named weekday; for a calendar date, the weekday written beside it ("Wednesday, 13 November").</summary>
    public DayOfWeek? Weekday { get; init; }

    public DateRelation Relation { get; init; }

    /// <summary>For relative days, weeks, months and years: how many units from the publication date (negative = before).</summary>
    public int Offset { get; init; }

    /// <summary>The day number of <see cref="DateExpressionKind.WarDay"/>.</summary>
    public int? Number { get; init; }

    /// <summary>The words speak of a night ("last night", "overnight", "Monday night"); the date is the night's first day.</summary>
    public bool Night { get; init; }

    /// <summary>The preposition in front, lower case ("on", "in", "since"), or null.</summary>
    public string? Preposition { get; init; }

    public DateModifier Modifier { get; init; }

    /// <summary>The month-first reading of a <see cref="DateExpressionKind.NumericDate"/> (11/12/2024 → 12 November), when valid.</summary>
    public DateOnly? MonthFirst { get; init; }

    /// <summary>The day-first reading of a <see cref="DateExpressionKind.NumericDate"/> (11/12/2024 → 11 December), when valid.</summary>
    public DateOnly? DayFirst { get; init; }

    /// <summary>The reading chosen for a numeric date, when only one is valid or the text settled it; null leaves it to the resolver's default.</summary>
    public NumericDateOrder? Order { get; init; }

    /// <summary>For a <see cref="DateExpressionKind.UnitShift"/>, a duration or a set: the unit counted.</summary>
    public TimeUnit? Unit { get; init; }

    /// <summary>
    /// True when a shift, quarter or day counts from the last date the text named ("a year earlier",
    /// "the year-ago quarter", "the next day") rather than from publication ("two years ago").
    /// </summary>
    public bool FromAnchor { get; init; }

    /// <summary>A value that needs no resolving: a duration's "P3Y", a set's "P1W", a reference's "PRESENT_REF".</summary>
    public string? Fixed { get; init; }

    /// <summary>For quarters and halves: the year counted from publication's ("last year's third quarter" → -1).</summary>
    public int? YearOffset { get; init; }

    /// <summary>For seasons: "SP", "SU", "FA" or "WI".</summary>
    public string? Season { get; init; }

    /// <summary>For clock times: the hour (0–23) and minute.</summary>
    public int? Hour { get; init; }

    public int? Minute { get; init; }

    /// <summary>"since ...": the start of something ongoing, background rather than the date of the main event.</summary>
    public bool Since => Preposition == "since";

    /// <summary>The numeric date read in <paramref name="order"/>, or in the other order when that reading is impossible.</summary>
    public DateOnly? Reading(NumericDateOrder order) => order == NumericDateOrder.DayFirst
        ? DayFirst ?? MonthFirst
        : MonthFirst ?? DayFirst;
}
