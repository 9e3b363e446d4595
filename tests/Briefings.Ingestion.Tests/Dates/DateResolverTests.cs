using System.Globalization;
using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Tests.Dates;

/// <summary>The table of dating phrases × publication dates → dates and precisions that pins down every resolution rule.</summary>
public sealed class DateResolverTests
{
    // Calendar anchors used below: 12 Nov 2024 is a Tuesday, 10 Nov 2024 a Sunday, 3 Jan 2025 a Friday,
    // 1 Jan 2025 a Wednesday (its ISO week starts Monday 30 Dec 2024), 29 Feb 2024 a Thursday.
    [Theory]
    // Bare weekdays: the most recent such day on or before publication.
    [InlineData("on Monday", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("Monday", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("on Tuesday", "2024-11-12", "2024-11-12", DatePrecision.Day)]
    [InlineData("on Wednesday", "2024-11-12", "2024-11-06", DatePrecision.Day)]
    [InlineData("on Sunday", "2024-11-12", "2024-11-10", DatePrecision.Day)]
    [InlineData("early Monday local time", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("Sunday's runoff", "2024-11-12", "2024-11-10", DatePrecision.Day)]
    [InlineData("on Monday night", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("late on Saturday", "2024-11-12", "2024-11-09", DatePrecision.Day)]
    [InlineData("on Monday", "2024-11-11", "2024-11-11", DatePrecision.Day)]
    [InlineData("on Monday", "2024-11-10", "2024-11-04", DatePrecision.Day)]
    [InlineData("on Sunday", "2024-11-10", "2024-11-10", DatePrecision.Day)]
    [InlineData("on Friday", "2025-01-03", "2025-01-03", DatePrecision.Day)]
    [InlineData("on Monday", "2025-01-03", "2024-12-30", DatePrecision.Day)]
    [InlineData("on Saturday", "2025-01-03", "2024-12-28", DatePrecision.Day)]
    // "last", "this", "next" and "... last week" with a weekday.
    [InlineData("last Friday", "2024-11-12", "2024-11-08", DatePrecision.Day)]
    [InlineData("last Tuesday", "2024-11-12", "2024-11-05", DatePrecision.Day)]
    [InlineData("last Monday", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("this Monday", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("this Sunday", "2024-11-12", "2024-11-17", DatePrecision.Day)]
    [InlineData("next Friday", "2024-11-12", "2024-11-15", DatePrecision.Day)]
    [InlineData("next Tuesday", "2024-11-12", "2024-11-19", DatePrecision.Day)]
    [InlineData("Friday last week", "2024-11-12", "2024-11-08", DatePrecision.Day)]
    [InlineData("Monday last week", "2024-11-12", "2024-11-04", DatePrecision.Day)]
    [InlineData("on Thursday of last week", "2024-11-10", "2024-10-31", DatePrecision.Day)]
    // Days relative to publication; nights are dated by the day they began.
    [InlineData("yesterday", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("yesterday", "2024-03-01", "2024-02-29", DatePrecision.Day)]
    [InlineData("yesterday", "2025-01-01", "2024-12-31", DatePrecision.Day)]
    [InlineData("today", "2024-11-12", "2024-11-12", DatePrecision.Day)]
    [InlineData("tonight", "2024-11-12", "2024-11-12", DatePrecision.Day)]
    [InlineData("this morning", "2024-11-12", "2024-11-12", DatePrecision.Day)]
    [InlineData("last night", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("overnight", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("over the past 24 hours", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("in the past day", "2024-11-12", "2024-11-11", DatePrecision.Day)]
    [InlineData("two days ago", "2024-11-12", "2024-11-10", DatePrecision.Day)]
    [InlineData("3 days ago", "2024-03-02", "2024-02-28", DatePrecision.Day)]
    [InlineData("the day before yesterday", "2024-11-12", "2024-11-10", DatePrecision.Day)]
    [InlineData("tomorrow", "2024-12-31", "2025-01-01", DatePrecision.Day)]
    [InlineData("the night between Thursday and Friday", "2024-11-12", "2024-11-07", DatePrecision.Day)]
    [InlineData("the night between Thursday and Friday", "2024-11-08", "2024-11-07", DatePrecision.Day)]
    [InlineData("in the night between Thursday and Friday last week", "2024-11-10", "2024-10-31", DatePrecision.Day)]
    [InlineData("overnight into Monday", "2024-11-11", "2024-11-10", DatePrecision.Day)]
    // Weeks start on Monday, so a Sunday article's "last week" is the week before its own.
    [InlineData("last week", "2024-11-12", "2024-11-04", DatePrecision.Week)]
    [InlineData("last week", "2024-11-11", "2024-11-04", DatePrecision.Week)]
    [InlineData("last week", "2024-11-10", "2024-10-28", DatePrecision.Week)]
    [InlineData("last week", "2025-01-01", "2024-12-23", DatePrecision.Week)]
    [InlineData("this week", "2025-01-01", "2024-12-30", DatePrecision.Week)]
    [InlineData("earlier this week", "2024-11-14", "2024-11-11", DatePrecision.Week)]
    [InlineData("next week", "2024-11-12", "2024-11-18", DatePrecision.Week)]
    [InlineData("three weeks ago", "2024-11-12", "2024-10-21", DatePrecision.Week)]
    [InlineData("over the weekend", "2024-11-11", "2024-11-04", DatePrecision.Week)]
    [InlineData("over the weekend", "2024-11-10", "2024-11-04", DatePrecision.Week)]
    // Months: first day of the month, month precision.
    [InlineData("earlier this month", "2024-11-12", "2024-11-01", DatePrecision.Month)]
    [InlineData("this month", "2024-11-12", "2024-11-01", DatePrecision.Month)]
    [InlineData("last month", "2024-11-12", "2024-10-01", DatePrecision.Month)]
    [InlineData("last month", "2025-01-03", "2024-12-01", DatePrecision.Month)]
    [InlineData("two months ago", "2024-01-15", "2023-11-01", DatePrecision.Month)]
    [InlineData("in June", "2024-11-12", "2024-06-01", DatePrecision.Month)]
    [InlineData("in November", "2024-11-12", "2024-11-01", DatePrecision.Month)]
    [InlineData("in December", "2024-11-12", "2023-12-01", DatePrecision.Month)]
    [InlineData("in December", "2025-01-03", "2024-12-01", DatePrecision.Month)]
    // Early, mid and late keep their third of the month rather than widening to the whole month.
    [InlineData("in late August", "2024-11-12", "2024-08-21", DatePrecision.PartOfMonth)]
    [InlineData("mid-June", "2024-11-12", "2024-06-11", DatePrecision.PartOfMonth)]
    [InlineData("in early February", "2024-11-12", "2024-02-01", DatePrecision.PartOfMonth)]
    [InlineData("in late December", "2025-01-03", "2024-12-21", DatePrecision.PartOfMonth)]
    [InlineData("in early November", "2024-11-12", "2024-11-01", DatePrecision.PartOfMonth)]
    [InlineData("late last month", "2024-11-12", "2024-10-21", DatePrecision.PartOfMonth)]
    [InlineData("last June", "2025-06-15", "2024-06-01", DatePrecision.Month)]
    [InlineData("in June 2024", "2025-03-01", "2024-06-01", DatePrecision.Month)]
    [InlineData("since February 2022", "2024-11-12", "2022-02-01", DatePrecision.Month)]
    [InlineData("in Sept. 2023", "2024-11-12", "2023-09-01", DatePrecision.Month)]
    // Calendar dates: a missing year comes from the publication date, preferring the past.
    [InlineData("on August 6", "2024-11-12", "2024-08-06", DatePrecision.Day)]
    [InlineData("November 10", "2024-11-12", "2024-11-10", DatePrecision.Day)]
    [InlineData("December 28", "2025-01-03", "2024-12-28", DatePrecision.Day)]
    [InlineData("January 5", "2024-12-20", "2025-01-05", DatePrecision.Day)]
    [InlineData("November 20", "2024-11-12", "2024-11-20", DatePrecision.Day)]
    [InlineData("March 1", "2024-11-12", "2024-03-01", DatePrecision.Day)]
    [InlineData("on 29 February", "2025-03-10", "2024-02-29", DatePrecision.Day)]
    [InlineData("February 29", "2024-03-01", "2024-02-29", DatePrecision.Day)]
    [InlineData("Nov. 13", "2024-11-14", "2024-11-13", DatePrecision.Day)]
    [InlineData("13 November", "2024-11-14", "2024-11-13", DatePrecision.Day)]
    [InlineData("the 6th of August", "2024-11-12", "2024-08-06", DatePrecision.Day)]
    [InlineData("August 6th", "2024-11-12", "2024-08-06", DatePrecision.Day)]
    [InlineData("13 November 2024", "2025-06-01", "2024-11-13", DatePrecision.Day)]
    [InlineData("13 Nov 2024", "2025-06-01", "2024-11-13", DatePrecision.Day)]
    [InlineData("November 13, 2024", "2025-06-01", "2024-11-13", DatePrecision.Day)]
    [InlineData("2024-11-13", "2025-06-01", "2024-11-13", DatePrecision.Day)]
    [InlineData("2024-11-13T04:37Z", "2025-06-01", "2024-11-13", DatePrecision.Day)]
    [InlineData("2024-11-13 04:37:10+02:00", "2025-06-01", "2024-11-13", DatePrecision.Day)]
    [InlineData("Wednesday, 13 November 2024 04:37", "2025-06-01", "2024-11-13", DatePrecision.Day)]
    [InlineData("Tue, Nov. 12, 2024 at 10:15 a.m. EST", "2025-06-01", "2024-11-12", DatePrecision.Day)]
    [InlineData("11/12/2024", "2025-06-01", "2024-11-12", DatePrecision.Day)]
    [InlineData("25/12/2024", "2025-06-01", "2024-12-25", DatePrecision.Day)]
    [InlineData("Wednesday 11/12/2024", "2025-06-01", "2024-12-11", DatePrecision.Day)]
    [InlineData("12.11.2024", "2025-06-01", "2024-11-12", DatePrecision.Day)]
    [InlineData("Mon 11 Nov 2024", "2025-06-01", "2024-11-11", DatePrecision.Day)]
    // Years.
    [InlineData("in 2023", "2024-11-12", "2023-01-01", DatePrecision.Year)]
    [InlineData("since 1945", "2024-11-12", "1945-01-01", DatePrecision.Year)]
    [InlineData("mid-2023", "2024-11-12", "2023-01-01", DatePrecision.Year)]
    [InlineData("last year", "2025-01-03", "2024-01-01", DatePrecision.Year)]
    [InlineData("earlier this year", "2024-11-12", "2024-01-01", DatePrecision.Year)]
    // The war's day count: 24 February 2022 is day 1.
    [InlineData("day 993 of the war", "2024-11-13", "2024-11-12", DatePrecision.Day)]
    [InlineData("Day 993 of Russia-Ukraine war", "2024-11-13", "2024-11-12", DatePrecision.Day)]
    [InlineData("day 1 of Russia's full-scale invasion", "2024-11-13", "2022-02-24", DatePrecision.Day)]
    [InlineData("the 1000th day of the war", "2024-11-19", "2024-11-19", DatePrecision.Day)]
    [InlineData("day 365 of the full-scale invasion", null, "2023-02-23", DatePrecision.Day)]
    // No publication date: only words that carry their own year resolve.
    [InlineData("13 November 2024", null, "2024-11-13", DatePrecision.Day)]
    [InlineData("since February 2022", null, "2022-02-01", DatePrecision.Month)]
    [InlineData("in 2023", null, "2023-01-01", DatePrecision.Year)]
    [InlineData("day 993 of the war", null, "2024-11-12", DatePrecision.Day)]
    [InlineData("on Monday", null, null, DatePrecision.Day)]
    [InlineData("November 10", null, null, DatePrecision.Day)]
    [InlineData("in June", null, null, DatePrecision.Month)]
    [InlineData("yesterday", null, null, DatePrecision.Day)]
    [InlineData("last week", null, null, DatePrecision.Week)]
    public void PhraseResolvesAgainstThePublicationDate(string phrase, string? published, string? expected, DatePrecision precision)
    {
        var expression = Assert.Single(DateExpressionFinder.Find(phrase));

        var resolved = new DateResolver().Resolve(expression, Day(published));

        if (expected is null)
        {
            Assert.Null(resolved);
            return;
        }
        Assert.NotNull(resolved);
        Assert.Equal(Day(expected), resolved.Date);
        Assert.Equal(precision, resolved.Precision);
        Assert.True(resolved.Stated);
        Assert.Equal(expression.Text, resolved.Evidence);
    }

    [Theory]
    [InlineData("next week", true)]
    [InlineData("tomorrow", true)]
    [InlineData("later this month", true)]
    [InlineData("this Sunday", true)]
    [InlineData("November 20", true)]
    [InlineData("last week", false)]
    [InlineData("on Tuesday", false)]
    [InlineData("earlier this month", false)]
    public void WordsPointingPastPublicationAreMarkedFuture(string phrase, bool future)
    {
        var expression = Assert.Single(DateExpressionFinder.Find(phrase));

        var resolved = new DateResolver().Resolve(expression, new DateOnly(2024, 11, 12));

        Assert.Equal(future, resolved!.Future);
    }

    [Fact]
    public void AmbiguousNumericDateFollowsTheConfiguredOrder()
    {
        var expression = Assert.Single(DateExpressionFinder.Find("11/12/2024"));

        Assert.Equal(new DateOnly(2024, 11, 12), new DateResolver(NumericDateOrder.MonthFirst).Resolve(expression, null)!.Date);
        Assert.Equal(new DateOnly(2024, 12, 11), new DateResolver(NumericDateOrder.DayFirst).Resolve(expression, null)!.Date);
    }

    [Fact]
    public void LookingAheadReadsBareWeekdaysAndMonthsForward()
    {
        var resolver = new DateResolver();
        var published = new DateOnly(2024, 11, 4);
        var tuesday = Assert.Single(DateExpressionFinder.Find("on Tuesday"));
        var march = Assert.Single(DateExpressionFinder.Find("in March"));

        Assert.Equal(new DateOnly(2024, 11, 5), resolver.Resolve(tuesday, published, lookAhead: true)!.Date);
        Assert.Equal(new DateOnly(2024, 10, 29), resolver.Resolve(tuesday, published)!.Date);
        Assert.Equal(new DateOnly(2025, 3, 1), resolver.Resolve(march, published, lookAhead: true)!.Date);
    }

    [Theory]
    [InlineData(DatePrecision.Day, "2024-11-12", "2024-11-12", "12 Nov 2024")]
    [InlineData(DatePrecision.Week, "2024-11-11", "2024-11-17", "week of 11 Nov 2024")]
    [InlineData(DatePrecision.PartOfMonth, "2024-02-01", "2024-02-10", "early February 2024")]
    [InlineData(DatePrecision.PartOfMonth, "2024-06-11", "2024-06-20", "mid-June 2024")]
    [InlineData(DatePrecision.PartOfMonth, "2024-02-21", "2024-02-29", "late February 2024")]
    [InlineData(DatePrecision.Month, "2024-02-01", "2024-02-29", "February 2024")]
    [InlineData(DatePrecision.Year, "2023-01-01", "2023-12-31", "2023")]
    public void LabelAndEndNeverClaimMorePrecisionThanKnown(DatePrecision precision, string date, string end, string label)
    {
        var resolved = new ResolvedDate(Day(date)!.Value, precision, true, "words");

        Assert.Equal(Day(end), resolved.End);
        Assert.Equal(label, resolved.Label);
    }

    private static DateOnly? Day(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
