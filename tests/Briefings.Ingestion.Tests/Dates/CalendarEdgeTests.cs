using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Dates;

/// <summary>Digits of other scripts and placeholder publication dates at the calendar's ends.</summary>
public sealed class CalendarEdgeTests
{
    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("٢٠٢٤", 2024)] // Arabic-Indic
    [InlineData("۲۰۲۴", 2024)] // Extended Arabic-Indic (Persian)
    [InlineData("२०२४", 2024)] // Devanagari
    [InlineData("２０２４", 2024)] // full-width
    [InlineData("99999999999", int.MaxValue)]
    public void DigitsOfAnyScriptReadAsTheirValue(string digits, int value) =>
        Assert.Equal(value, DecimalDigits.Parse(digits));

    [Theory]
    [InlineData("")]
    [InlineData("12a")]
    [InlineData("½")]
    public void WhatIsNotARunOfDecimalDigitsIsRefused(string text)
    {
        Assert.Throws<FormatException>(() => DecimalDigits.Parse(text));
        Assert.False(DecimalDigits.TryParse(text, out _));
    }

    [Fact]
    public void AYearWrittenInArabicIndicDigitsIsFoundAndResolved()
    {
        var expression = Assert.Single(DateExpressionFinder.Find("The council of Vorinsk has met monthly since November ٢٠٢٤."));

        var resolved = new DateResolver().Resolve(expression, new DateOnly(2025, 3, 20));

        Assert.Equal((new DateOnly(2024, 11, 1), DatePrecision.Month), (resolved?.Date, resolved?.Precision));
    }

    [Theory]
    [InlineData("last week", "0001-01-01")]
    [InlineData("last year", "0001-01-03")]
    [InlineData("next year", "9999-12-30")]
    [InlineData("next week", "9999-12-31")]
    [InlineData("on 5 January", "9999-12-31")]
    public void ADateMovedOffTheCalendarByAPlaceholderPublicationDateNamesNoDay(string words, string published)
    {
        var expression = Assert.Single(DateExpressionFinder.Find($"The council met {words}."));

        Assert.Null(new DateResolver().Resolve(expression, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), lookAhead: true));
    }
}
