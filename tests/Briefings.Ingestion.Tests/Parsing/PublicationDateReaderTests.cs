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

    private static ArticleContext Html(string head, string body = "<p>Ministers approved the aid package for the Aveiro district.</p>") =>
        IngestionPipeline.CreateDefault().Run(Parse.Document($"<html><head>{head}</head><body><article><h1>{Title}</h1>{body}</article></body></html>", "page.html"));

    [Theory]
    [InlineData("2024-11-19T23:10:00-05:00")]
    [InlineData("2024-11-19T00:30:00+09:00")]
    [InlineData("2024-11-19")]
    public void ADeclaredInstantKeepsThePagesOwnLocalDay(string instant) =>
        Assert.Equal(new DateOnly(2024, 11, 19), Html($"""<meta property="article:published_time" content="{instant}">""").Published.Date);

    [Fact]
    public void APlaceholderDeclaredDateGivesWayToTheNextDeclaredOne()
    {
        var article = Html("""
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
            <meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
            """);

        Assert.Equal(new DateOnly(2024, 3, 5), article.Published.Date);
    }

    [Theory]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("1985-06-01")]
    [InlineData("9999-12-31")]
    public void AnImpossibleDateOnAWebPageIsNeverKept(string value) =>
        Assert.Null(Html($"""<meta property="article:published_time" content="{value}">""").Published.Date);

    [Fact]
    public void APublishedDateAfterThePagesModifiedDateIsPassedOver()
    {
        var article = Html("""
            <meta property="article:published_time" content="2030-01-01">
            <meta property="article:modified_time" content="2024-03-06">
            <meta name="dc.date" content="2024-03-05">
            """);

        Assert.Equal(new DateOnly(2024, 3, 5), article.Published.Date);
    }

    [Theory]
    [InlineData("https://clarion.example/2024/11/19/floods-close-the-road")]
    [InlineData("https://clarion.example/news/2024-11-19-floods")]
    [InlineData("https://clarion.example/news/20241119/floods")]
    [InlineData("https://clarion.example/local/2024-11/19/c_123.htm")]
    [InlineData("https://clarion.example/meldungen/19-11-2024")]
    public void TheAddressDatesAPageWithoutMetadata(string url) =>
        Assert.Equal(new DateOnly(2024, 11, 19), Html($"""<link rel="canonical" href="{url}">""").Published.Date);

    [Fact]
    public void TheAddressCorrectsADeclaredInstantADayOff() =>
        Assert.Equal(new DateOnly(2024, 11, 19), Html("""
            <link rel="canonical" href="https://clarion.example/2024/11/19/floods">
            <meta property="article:published_time" content="2024-11-20T02:10:00+00:00">
            """).Published.Date);

    [Theory]
    [InlineData("<div class=\"post-date\">Veröffentlicht am 21. Januar 2022, 10:39 Uhr</div>", 2022, 1, 21)]
    [InlineData("<span class=\"meta\">Updated 23 January 2022</span><span class=\"date\">21 janvier 2022</span>", 2022, 1, 21)]
    [InlineData("<p class=\"byline\">By Anna Berg / 21.01.2022</p>", 2022, 1, 21)]
    public void AMarkedDateLineDatesAPageWithoutMetadata(string element, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Html("", element + "<p>Ministers approved the aid package for the Aveiro district.</p>").Published.Date);

    [Theory]
    [InlineData("By Anna Berg, 04.03.2025")]
    [InlineData("Posted on 4 March 2025 | Updated 6 March 2025")]
    [InlineData("Updated: 6 March 2025 · Published: 4 March 2025")]
    [InlineData("Anna Berg | 4. März 2025")]
    [InlineData("Publicado el 4 de marzo de 2025")]
    public void AFullDateAnywhereInTheHeaderIsStatedAndPublishedWinsOverUpdated(string line)
    {
        var article = Read(line, "Ministers approved €100m in aid for the Aveiro district.");

        Assert.Equal(new DateOnly(2025, 3, 4), article.Published.Date);
        Assert.True(article.Published.Stated);
    }

    [Fact]
    public void AFullDateInsideALongSentenceOfTheTextIsNotTheStatedDate()
    {
        var article = Read("Ministers approved €100m in aid on 4 March 2025 for the Aveiro district, where fires burned for a week.");

        Assert.False(article.Published.Stated);
    }

    [Fact]
    public void TheTextsOtherDatesSettleWhichWayANumericDateReads()
    {
        var article = Read("03/04/2025", "The previous report, of 25/03/2025, listed fewer fires.");

        Assert.Equal(new DateOnly(2025, 4, 3), article.Published.Date);
    }

    [Fact]
    public void AnInferredDateNeverTakesItsYearFromAForecast()
    {
        var article = Read("The ministry said on March 3 that the new dam would be finished by 2030.");

        Assert.Null(article.Published.Date);
    }

    [Fact]
    public void AnInferredDateAbstainsWhenItsOnlyEvidenceIsALowerBound()
    {
        var article = Read("As of March 3, 2025, forty families had returned to the village.", "Others have lived in tents since February 10, 2025.");

        Assert.Null(article.Published.Date);
    }
}
