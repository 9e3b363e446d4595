using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Parsing;

public sealed class DateLineParserTests
{
    [Theory]
    [InlineData("2024-03-08")]
    [InlineData("date 2024-03-08")]
    [InlineData("2024-03-08T17:45Z")]
    [InlineData("2024-03-08T17:45:12+02:00")]
    [InlineData("Friday, 8 March 2024 17:45")]
    [InlineData("8 Mar 2024")]
    [InlineData("8th of March, 2024")]
    [InlineData("March 8, 2024")]
    [InlineData("Mar. 8, 2024 at 5:45 p.m. EST")]
    [InlineData("Published: March 8, 2024")]
    [InlineData("Last updated on 8 March 2024")]
    [InlineData("• 2024-03-08")]
    public void EveryFormOfAFullDateIsRead(string line)
    {
        var match = DateLineParser.ReadWholeLine(line);

        Assert.NotNull(match);
        Assert.Equal([new DateOnly(2024, 3, 8)], match.Readings);
    }

    [Fact]
    public void AnAllNumericDateGivesBothReadingsMonthFirstFirst()
    {
        var match = DateLineParser.ReadWholeLine("03/08/2024");

        Assert.NotNull(match);
        Assert.Equal([new DateOnly(2024, 3, 8), new DateOnly(2024, 8, 3)], match.Readings);
    }

    [Theory]
    [InlineData("25/03/2024", 3, 25)]
    [InlineData("03/25/2024", 3, 25)]
    [InlineData("07.07.2024", 7, 7)]
    public void ANumericDateThatReadsOneWayOnlyGivesOneReading(string line, int month, int day)
    {
        var match = DateLineParser.ReadWholeLine(line);

        Assert.NotNull(match);
        Assert.Equal([new DateOnly(2024, month, day)], match.Readings);
    }

    [Fact]
    public void TheWeekdayTheLineStatesIsKept()
    {
        var match = DateLineParser.ReadWholeLine("Fri, 8 March 2024");

        Assert.Equal(DayOfWeek.Friday, match?.StatedWeekday);
    }

    [Fact]
    public void ADateAtTheStartOfALineIsReadWithItsLength()
    {
        const string line = "date 2024-03-08 Slovakia’s president signs media law despite protests";

        var match = DateLineParser.ReadAtStart(line);

        Assert.NotNull(match);
        Assert.Equal("Slovakia’s president signs media law despite protests", line[match.Length..].Trim());
        Assert.Equal("date 2024-03-08", match.Evidence);
        Assert.Null(DateLineParser.ReadWholeLine(line));
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("13/13/2024")]
    [InlineData("32 March 2024")]
    [InlineData("In 2024 the protests grew.")]
    [InlineData("Protesters gathered on March 8 in Bratislava.")]
    public void WhatIsNotAValidFullDateIsNotADate(string line) =>
        Assert.Null(DateLineParser.ReadWholeLine(line));

    [Theory]
    [InlineData("September", 9)]
    [InlineData("sept", 9)]
    [InlineData("Dec", 12)]
    [InlineData("Ma", null)]
    [InlineData("Smarch", null)]
    public void MonthNamesAreReadByTheirFirstThreeLetters(string name, int? month) =>
        Assert.Equal(month, DateLineParser.MonthNumber(name));

    [Theory]
    [InlineData("Thursday", DayOfWeek.Thursday)]
    [InlineData("thu", DayOfWeek.Thursday)]
    [InlineData("Su", null)]
    public void WeekdayNamesAreReadByTheirFirstThreeLetters(string name, DayOfWeek? day) =>
        Assert.Equal(day, DateLineParser.ParseWeekday(name));

    [Theory]
    [InlineData("8. März 2024")]
    [InlineData("Freitag, 8. März 2024, 17:45 Uhr")]
    [InlineData("Di., 08.03.2024 - 14:45")]
    [InlineData("8 mars 2024")]
    [InlineData("8 de marzo de 2024")]
    [InlineData("8 marzo 2024")]
    [InlineData("08-03-2024")]
    [InlineData("veröffentlicht am 08.03.2024")]
    public void DatesInTheMainEuropeanLanguagesAndDayFirstNumericFormsAreRead(string line)
    {
        var match = DateLineParser.ReadWholeLine(line);

        Assert.NotNull(match);
        Assert.Equal([new DateOnly(2024, 3, 8)], match.Readings);
    }

    [Fact]
    public void DatesAnywhereInALineAreFoundWithTheirLabels()
    {
        var found = DateLineParser.FindAll("By Anna Berg, 04.03.2025 | Updated 6 March 2025");

        Assert.Equal([new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 6)], found.Select(f => f.Readings[0]));
        Assert.Equal([false, true], found.Select(f => f.IsUpdate));
    }

    [Theory]
    [InlineData("märz", 3)]
    [InlineData("janv.", 1)]
    [InlineData("dezember", 12)]
    [InlineData("juil", 7)]
    [InlineData("jui", null)]
    [InlineData("Marathon", null)]
    public void ForeignMonthNamesAndAbbreviationsAreRead(string name, int? month) =>
        Assert.Equal(month, DateLineParser.MonthNumber(name));
}
