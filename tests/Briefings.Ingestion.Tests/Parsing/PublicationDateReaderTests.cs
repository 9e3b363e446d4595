namespace Briefings.Ingestion.Tests.Parsing;

public sealed class PublicationDateReaderTests
{
    private const string Title = "Portugal’s caretaker government approves wildfire aid package";

    private static ArticleContext Read(params string[] lines) => Parse.Article(Parse.Lines([Title, .. lines]));

    [Fact]
    public void ADatePrefixBeforeTheTitleIsTheStatedDate()
    {
        var article = Parse.Article(Parse.Lines(" date 2024-09-19 " + Title, "Ministers approved €100m in aid on Thursday."));

        Assert.Equal(new DateOnly(2024, 9, 19), article.Published.Date);
        Assert.True(article.Published.Stated);
        Assert.Equal("date 2024-09-19", article.Published.Evidence);
    }

    [Theory]
    [InlineData("Thursday, 19 September 2024 16:05")]
    [InlineData("19 Sep 2024")]
    [InlineData("September 19, 2024")]
    [InlineData("2024-09-19T16:05Z")]
    [InlineData("Published: 19th September 2024")]
    public void ADateLineInAnyFormIsTheStatedDate(string line)
    {
        var article = Read(line, "Ministers approved €100m in aid for the Aveiro district.");

        Assert.Equal(new DateOnly(2024, 9, 19), article.Published.Date);
        Assert.True(article.Published.Stated);
        Assert.Equal(line, article.Published.Evidence);
    }

    [Theory]
    [InlineData("on Monday", 2024, 11, 12)]
    [InlineData("on Tuesday", 2024, 11, 12)]
    [InlineData("on Wednesday", 2024, 12, 11)]
    public void AmbiguousNumericDateIsReadTheWayTheWeekdaysFit(string when, int year, int month, int day)
    {
        var article = Read("• 11/12/2024", $"The cabinet met {when} to approve the aid.");

        Assert.Equal(new DateOnly(year, month, day), article.Published.Date);
        Assert.True(article.Published.Stated);
    }

    [Theory]
    [InlineData(NumericDateOrder.MonthFirst, 11, 12)]
    [InlineData(NumericDateOrder.DayFirst, 12, 11)]
    public void AmbiguousNumericDateWithNoWeekdaysIsReadInTheConfiguredOrder(NumericDateOrder order, int month, int day)
    {
        var article = Parse.Article(Parse.Lines(Title, "11/12/2024", "The cabinet approved the aid."), new IngestionOptions { DefaultNumericDateOrder = order });

        Assert.Equal(new DateOnly(2024, month, day), article.Published.Date);
    }

    [Fact]
    public void ANumericDateThatCanOnlyBeReadOneWayIsReadThatWay()
    {
        var article = Parse.Article(Parse.Lines(Title, "19/09/2024", "The cabinet approved the aid."), new IngestionOptions { DefaultNumericDateOrder = NumericDateOrder.MonthFirst });

        Assert.Equal(new DateOnly(2024, 9, 19), article.Published.Date);
    }

    [Fact]
    public void AnExplicitDateAndTheWeekdaysPinTheInferredDate()
    {
        var article = Read(
            "Fires that broke out on Sunday, September 15, have burned more than 100,000 hectares, the worst of the 2024 season.",
            "The prime minister visited the Aveiro district on Monday.");

        // 15 September 2024 was a Sunday; the Monday after it is the earliest day both weekdays fit.
        Assert.Equal(new DateOnly(2024, 9, 16), article.Published.Date);
        Assert.False(article.Published.Stated);
        Assert.Contains("September 15", article.Published.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void AHolidayDatesTheArticle()
    {
        var article = Parse.Article(Parse.Lines(
            "Moscow holds scaled-down parade for the 2025 anniversary",
            "Troops marched across Red Square on Russia’s Victory Day as foreign leaders watched.",
            "Security was tight across the capital on Friday."));

        Assert.Equal(new DateOnly(2025, 5, 9), article.Published.Date);
        Assert.False(article.Published.Stated);
        Assert.Contains("Victory Day", article.Published.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingThatDatesTheTextLeavesThePublicationDateUnknown()
    {
        var article = Read("Ministers approved the aid on Thursday after fires in the north.");

        Assert.Equal(PublicationDate.Unknown, article.Published);
    }

    [Fact]
    public void ADateWithoutAnyYearInTheTextIsNotGivenOneFromTheClock()
    {
        var article = Read("Fires broke out on September 15 and were contained on Tuesday.");

        Assert.Null(article.Published.Date);
        Assert.NotEqual(DateOnly.FromDateTime(DateTime.Today), article.Published.Date);
    }

    [Fact]
    public void AWeekdayPointingElsewhereDoesNotMoveTheDate()
    {
        // 15 September 2024 was a Sunday; "last Friday" and "next Tuesday" say nothing of the article's own day.
        var article = Read("Fires broke out on September 15, 2024, officials said, after a heatwave that began last Friday.", "A review is due next Tuesday.");

        Assert.Equal(new DateOnly(2024, 9, 15), article.Published.Date);
    }

    [Fact]
    public void ADateLineWinsOverDatesInTheText()
    {
        var article = Read("20 Sep 2024", "Fires broke out on September 15 and were contained on Wednesday.");

        Assert.Equal(new DateOnly(2024, 9, 20), article.Published.Date);
        Assert.True(article.Published.Stated);
    }

    [Fact]
    public void ADeclaredDateWinsOverEverything()
    {
        var document = Parse.Document(Parse.Lines(Title, "20 Sep 2024", "Aid was approved.")) with { Declared = new(Published: "2024-09-21T08:00:00+01:00") };

        var article = IngestionPipeline.CreateDefault().Run(document);

        Assert.Equal(new DateOnly(2024, 9, 21), article.Published.Date);
        Assert.True(article.Published.Stated);
    }
}
