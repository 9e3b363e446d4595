using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Tests.Dates;

/// <summary>What the finder matches in a sentence, where, and what it leaves alone.</summary>
public sealed class DateExpressionFinderTests
{
    [Theory]
    [InlineData("Sirens wailed over Kharkiv early Monday local time as glide bombs fell.", "early Monday local time", DateExpressionKind.Weekday)]
    [InlineData("The ministry's statement was timestamped Wednesday, 13 November 2024 04:37 in Moscow.", "Wednesday, 13 November 2024 04:37", DateExpressionKind.CalendarDate)]
    [InlineData("Envoys gathered in Ankara on 13 November 2024 for a second round.", "on 13 November 2024", DateExpressionKind.CalendarDate)]
    [InlineData("The feed was updated 2024-11-13T04:37Z with new figures.", "2024-11-13T04:37Z", DateExpressionKind.CalendarDate)]
    [InlineData("Sappers cleared the bridge in late August before the thaw.", "in late August", DateExpressionKind.Month)]
    [InlineData("The depot burned in the night between Thursday and Friday last week, officials said.", "in the night between Thursday and Friday last week", DateExpressionKind.NightBetween)]
    [InlineData("Losses rose sharply over the past 24 hours along the Pokrovsk axis.", "over the past 24 hours", DateExpressionKind.RelativeDay)]
    [InlineData("Turnout in Sunday's runoff surprised the pollsters.", "Sunday's", DateExpressionKind.Weekday)]
    [InlineData("A second convoy reached Kherson on Monday night.", "on Monday night", DateExpressionKind.Weekday)]
    [InlineData("Grain exports have slowed since February 2022.", "since February 2022", DateExpressionKind.Month)]
    [InlineData("Briefing notes for day 993 of Russia's war on Ukraine.", "day 993 of Russia's war", DateExpressionKind.WarDay)]
    [InlineData("The council convened earlier this month in Brussels.", "earlier this month", DateExpressionKind.RelativeMonth)]
    [InlineData("Kyiv ordered the evacuation two days ago.", "two days ago", DateExpressionKind.RelativeDay)]
    [InlineData("KYIV, Nov 12 (Reuters) - Drones hit the capital.", "Nov 12", DateExpressionKind.CalendarDate)]
    [InlineData("Updated: 12 November 2024, 10:15 GMT", "12 November 2024, 10:15 GMT", DateExpressionKind.CalendarDate)]
    [InlineData("Tensions have simmered in the region since 1945.", "since 1945", DateExpressionKind.Year)]
    [InlineData("Parliament voted on the 6th of August to extend martial law.", "on the 6th of August", DateExpressionKind.CalendarDate)]
    public void FindsTheExpressionWithItsSpanAndKind(string sentence, string words, DateExpressionKind kind)
    {
        var expression = Assert.Single(DateExpressionFinder.Find(sentence));

        Assert.Equal(words, expression.Text);
        Assert.Equal(sentence.IndexOf(words, StringComparison.Ordinal), expression.Span.Start);
        Assert.Equal(words.Length, expression.Span.Length);
        Assert.Equal(kind, expression.Kind);
    }

    [Fact]
    public void FindsSeveralExpressionsInOrder()
    {
        var found = DateExpressionFinder.Find("A broadcaster said on Sunday the two men spoke on Thursday, months after talks in June.");

        Assert.Equal(["on Sunday", "on Thursday", "in June"], found.Select(e => e.Text));
    }

    [Fact]
    public void ReadsPrepositionAndModifier()
    {
        var expression = Assert.Single(DateExpressionFinder.Find("Shelling resumed late on Saturday near Huliaipole."));

        Assert.Equal("on", expression.Preposition);
        Assert.Equal(DateModifier.Late, expression.Modifier);
        Assert.Equal(DayOfWeek.Saturday, expression.Weekday);
    }

    [Fact]
    public void SinceMarksAnOngoingSpan()
    {
        var expression = Assert.Single(DateExpressionFinder.Find("The port has been blockaded since March."));

        Assert.True(expression.Since);
        Assert.Equal(3, expression.Month);
    }

    [Theory]
    [InlineData("Analysts warned the offensive may stall before winter.")]
    [InlineData("May brought no respite for the defenders of Chasiv Yar.")]
    [InlineData("Theresa May said the sanctions should stay.")]
    [InlineData("Veterans will march through the capital.")]
    [InlineData("March forward, the commander told his men.")]
    [InlineData("Whatever may happen, the line must hold.")]
    public void ModalMayAndVerbMarchAreNotMonths(string sentence)
    {
        Assert.Empty(DateExpressionFinder.Find(sentence));
    }

    [Theory]
    [InlineData("The treaty was first drafted in May.", 5)]
    [InlineData("The counteroffensive stalled by early March.", 3)]
    [InlineData("A parade is planned for May 9 in Moscow.", 5)]
    [InlineData("Negotiators last met in May 2024.", 5)]
    [InlineData("Shipments have continued since March.", 3)]
    public void MayAndMarchAreMonthsWhenADateLeadsOrFollows(string sentence, int month)
    {
        var expression = Assert.Single(DateExpressionFinder.Find(sentence));

        Assert.Equal(month, expression.Month);
    }

    [Theory]
    [InlineData("The brigade lost 2000 drones and 40 vehicles.")]
    [InlineData("Casualties rose 12.5 percent in a week.")]
    [InlineData("The plan has 3 phases and 14 steps.")]
    [InlineData("The Sunday Times published the leaked memo.")]
    [InlineData("The lesson of day 400 of the Israel-Hamas war is different.")]
    [InlineData("They march in lockstep, may they never tire.")]
    [InlineData("Jan Egeland toured the shelters; martial law stays.")]
    [InlineData("The hotline runs 24/7 and covers 3/4 of the region.")]
    [InlineData("The budget for 2022-23 was cut.")]
    public void NumbersAndLookalikesAreNotDates(string sentence)
    {
        Assert.Empty(DateExpressionFinder.Find(sentence));
    }

    [Fact]
    public void AmbiguousNumericDateExposesBothReadings()
    {
        var expression = Assert.Single(DateExpressionFinder.Find("Filed 11/12/2024 by the regional desk."));

        Assert.Equal(DateExpressionKind.NumericDate, expression.Kind);
        Assert.Equal(new DateOnly(2024, 11, 12), expression.MonthFirst);
        Assert.Equal(new DateOnly(2024, 12, 11), expression.DayFirst);
        Assert.Null(expression.Order);
    }

    [Fact]
    public void WeekdayInTheTextChoosesTheNumericReading()
    {
        const string text = "The bridge was hit on Tuesday. Report filed 11/12/2024.";
        var numeric = DateExpressionFinder.Find(text).Single(e => e.Kind == DateExpressionKind.NumericDate);

        // 12 November 2024 is a Tuesday; 11 December 2024 is a Wednesday.
        Assert.Equal(NumericDateOrder.MonthFirst, DateExpressionFinder.FittingReading(numeric, text));
        Assert.Equal(NumericDateOrder.DayFirst, DateExpressionFinder.FittingReading(numeric, "Sent on Wednesday: 11/12/2024"));
        Assert.Null(DateExpressionFinder.FittingReading(numeric, "No weekday here: 11/12/2024"));
        Assert.Equal(NumericDateOrder.MonthFirst, DateExpressionFinder.WithFittingReading(numeric, text).Order);
    }

    [Fact]
    public void OnlyPossibleNumericReadingIsChosen()
    {
        var expression = Assert.Single(DateExpressionFinder.Find("Dated 25/12/2024."));

        Assert.Null(expression.MonthFirst);
        Assert.Equal(NumericDateOrder.DayFirst, expression.Order);
    }

    [Fact]
    public void FindsNothingInAnEmptyString()
    {
        Assert.Empty(DateExpressionFinder.Find(""));
    }
}
