using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Dates;

/// <summary>Every temporal expression of the body, marked where it stands and valued as TIMEX3 reads it.</summary>
public sealed class DateMentionTaggerTests
{
    // 12 Nov 2024 is a Tuesday in ISO week 46 and the fourth quarter.
    private static readonly DateOnly Tuesday = new(2024, 11, 12);

    private static ArticleContext Tagged(DateOnly? published, params string[] paragraphs)
    {
        var article = new ArticleContext(new SourceDocument("test.txt", SourceFormat.Text, string.Join("\n\n", paragraphs), "hash", DeclaredMetadata.None))
        {
            Published = published is { } day ? new PublicationDate(day, true, "stated") : PublicationDate.Unknown,
        };
        foreach (var text in paragraphs)
            article.Paragraphs.Add(new Paragraph(article.Paragraphs.Count, text, ParagraphKind.Body, null));
        new DateMentionTagger().Run(article);
        return article;
    }

    [Theory]
    // Years, decades, centuries, fiscal years, years in words.
    [InlineData("The Clarion first printed the figures in 1998.", "1998", "1998", DateMentionType.Date)]
    [InlineData("Vorinsk grew fast during the 1990s.", "the 1990s", "199", DateMentionType.Date)]
    [InlineData("Mills like these were built in the late '80s.", "the late '80s", "198", DateMentionType.Date)]
    [InlineData("Sales rose in fiscal 2023, the company said.", "fiscal 2023", "2023", DateMentionType.Date)]
    [InlineData("The bridge opened in nineteen ninety-six.", "nineteen ninety-six", "1996", DateMentionType.Date)]
    [InlineData("The chapel dates from the 11th century.", "the 11th century", "10", DateMentionType.Date)]
    // Absolute dates, without the preposition that governs them; parts of a month keep the month.
    [InlineData("The bill passed on Nov. 6, 2023, after a long debate.", "Nov. 6, 2023", "2023-11-06", DateMentionType.Date)]
    [InlineData("Harvest ended in late October.", "late October", "2024-10", DateMentionType.Date)]
    // Quarters and halves.
    [InlineData("Profit at the mill fell in the third quarter.", "the third quarter", "2024-Q3", DateMentionType.Date)]
    [InlineData("Third-quarter revenue at the mill doubled.", "Third-quarter", "2024-Q3", DateMentionType.Date)]
    [InlineData("Orders slipped in the latest quarter.", "the latest quarter", "2024-Q3", DateMentionType.Date)]
    [InlineData("Revenue in the year-ago quarter was lower.", "the year-ago quarter", "2023-Q3", DateMentionType.Date)]
    [InlineData("Output rose in the first quarter of 2022.", "the first quarter of 2022", "2022-Q1", DateMentionType.Date)]
    [InlineData("Shipments doubled in the second half of 2021.", "the second half of 2021", "2021-H2", DateMentionType.Date)]
    // Seasons and holidays: the latest one begun, "last" the latest one ended.
    [InlineData("The ferry to Vorinsk reopens this summer.", "this summer", "2024-SU", DateMentionType.Date)]
    [InlineData("Tourists left Vorinsk last fall.", "last fall", "2023-FA", DateMentionType.Date)]
    [InlineData("The square was full on Christmas Day.", "Christmas Day", "2023-12-25", DateMentionType.Date)]
    [InlineData("Turkeys sold out before Thanksgiving.", "Thanksgiving", "2023-11-23", DateMentionType.Date)]
    // Relative days, weeks, months, years and shifts from publication.
    [InlineData("The council met yesterday.", "yesterday", "2024-11-11", DateMentionType.Date)]
    [InlineData("The mayor spoke last week.", "last week", "2024-W45", DateMentionType.Date)]
    [InlineData("The river flooded two years ago.", "two years ago", "2022", DateMentionType.Date)]
    [InlineData("The mill closed three months ago.", "three months ago", "2024-08", DateMentionType.Date)]
    [InlineData("Rents rose this year.", "this year", "2024", DateMentionType.Date)]
    [InlineData("Rents will rise next month.", "next month", "2024-12", DateMentionType.Date)]
    [InlineData("The plan covers the full year.", "the full year", "2024", DateMentionType.Date)]
    // Times of day keep their day.
    [InlineData("The market opened at 4 a.m. Thursday.", "4 a.m. Thursday", "2024-11-07T04:00", DateMentionType.Time)]
    [InlineData("The ferry sank this morning.", "this morning", "2024-11-12TMO", DateMentionType.Time)]
    [InlineData("Gunfire was heard Monday night.", "Monday night", "2024-11-11TNI", DateMentionType.Time)]
    [InlineData("The polls close at noon.", "noon", "2024-11-12T12:00", DateMentionType.Time)]
    // Durations, vague or counted.
    [InlineData("The plant has run for three years.", "three years", "P3Y", DateMentionType.Duration)]
    [InlineData("Fuel ran short in the past two months.", "the past two months", "P2M", DateMentionType.Duration)]
    [InlineData("Crews worked for twenty four hours.", "twenty four hours", "PT24H", DateMentionType.Duration)]
    [InlineData("Talks have dragged on for years.", "years", "PXY", DateMentionType.Duration)]
    [InlineData("The queue lasted a while.", "a while", "PXX", DateMentionType.Duration)]
    [InlineData("It was the worst drop in a five-year span.", "five-year", "P5Y", DateMentionType.Duration)]
    // Sets.
    [InlineData("Inspectors visit every week.", "every week", "P1W", DateMentionType.Set)]
    [InlineData("The report is filed annually.", "annually", "P1Y", DateMentionType.Set)]
    [InlineData("The market opens on Sundays.", "Sundays", "XXXX-WXX-7", DateMentionType.Set)]
    // The present, past and future as such.
    [InlineData("Prices are now lower in Vorinsk.", "now", "PRESENT_REF", DateMentionType.Date)]
    [InlineData("The depot is currently closed.", "currently", "PRESENT_REF", DateMentionType.Date)]
    [InlineData("The mayor recently resigned.", "recently", "PAST_REF", DateMentionType.Date)]
    [InlineData("Demand softened in recent years.", "recent years", "PAST_REF", DateMentionType.Date)]
    [InlineData("The mine may reopen in the near future.", "the near future", "FUTURE_REF", DateMentionType.Date)]
    [InlineData("Rents rose in June last year.", "June last year", "2023-06", DateMentionType.Date)]
    // The words a reader marks: no preposition, hedge, possessive or adjective's article; "the end of" kept.
    [InlineData("Shops in Vorinsk shut over the weekend.", "the weekend", "2024-W45", DateMentionType.Date)]
    [InlineData("Friday's vote in Vorinsk was close.", "Friday", "2024-11-08", DateMentionType.Date)]
    [InlineData("The mill posted a third-quarter loss.", "third-quarter", "2024-Q3", DateMentionType.Date)]
    [InlineData("The deal closes at the end of 2025.", "the end of 2025", "2025", DateMentionType.Date)]
    [InlineData("Crews worked for about five hours.", "five hours", "PT5H", DateMentionType.Duration)]
    [InlineData("Losses grew in the past 24 hours.", "the past 24 hours", "PT24H", DateMentionType.Duration)]
    public void MarksTheExpressionWithItsValueAndType(string sentence, string words, string value, DateMentionType type)
    {
        var mention = Assert.Single(Tagged(Tuesday, sentence).Dates, d => d.Text == words);

        Assert.Equal(value, mention.Value);
        Assert.Equal(type, mention.Type);
        Assert.Equal(words, sentence[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("The ministry cut its quarterly dividend to five cents.")]
    [InlineData("Vorinsk imports about three-quarters of its grain.")]
    [InlineData("More than a quarter of the vote went to the mayor.")]
    [InlineData("A five-year-old boy was found safe.")]
    [InlineData("A fall in prices worried traders in Vorinsk.")]
    [InlineData("The Clarion sold 1998 copies, not 2000 tons.")]
    [InlineData("In his forties he took up rowing.")]
    public void LeavesAloneWhatOnlyLooksLikeATime(string sentence)
    {
        var dates = Tagged(Tuesday, sentence).Dates;

        Assert.DoesNotContain(dates, d => d.Text != "1998");
    }

    [Fact]
    public void AWeekdayInTheComplementOfAReportIsThePastDay()
    {
        var mention = Assert.Single(Tagged(Tuesday, "The envoy said on Friday that the convoy will leave for Vorinsk.").Dates);

        Assert.Equal("Friday", mention.Text);
        Assert.Equal("2024-11-08", mention.Value);
    }

    [Theory]
    [InlineData("The convoy will leave for Vorinsk on Friday.")]
    [InlineData("On Friday, the convoy will leave for Vorinsk.")]
    [InlineData("The envoy said the convoy would leave on Friday.")]
    public void AWeekdayOfAClauseAboutWhatWillHappenIsTheComingDay(string sentence)
    {
        var mention = Assert.Single(Tagged(Tuesday, sentence).Dates);

        Assert.Equal("2024-11-15", mention.Value);
    }

    [Fact]
    public void AQuarterOfAReportAboutWhatWillHappenIsStillTheOneJustEnded()
    {
        var mention = Assert.Single(Tagged(Tuesday, "The mill will report third-quarter results soon.").Dates, d => d.Text == "third-quarter");

        Assert.Equal("2024-Q3", mention.Value);
    }

    [Fact]
    public void AYearEarlierCountsFromTheQuarterTheTextNamed()
    {
        var dates = Tagged(Tuesday, "Profit at the mill rose in the second quarter.", "A year earlier it had fallen, and the year-ago period was worse.").Dates;

        Assert.Equal(["2024-Q2", "2023-Q2", "2023-Q2"], dates.Select(d => d.Value).ToList());
        Assert.Equal([0, 1, 1], dates.Select(d => d.Paragraph).ToList());
    }

    [Fact]
    public void TheNextDayCountsFromTheLastDayNamed()
    {
        var dates = Tagged(Tuesday, "The ferry sank on Oct. 3, 2021. Divers arrived the next day.").Dates;

        Assert.Equal(["2021-10-03", "2021-10-04"], dates.Select(d => d.Value).ToList());
    }

    [Fact]
    public void OffsetsPointIntoTheirOwnParagraph()
    {
        var article = Tagged(Tuesday, "Nothing dated here.", "Rain fell on Vorinsk yesterday and again today.");

        Assert.Equal([("yesterday", 1, 21, 30), ("today", 1, 41, 46)], article.Dates.Select(d => (d.Text, d.Paragraph, d.Start, d.End)).ToList());
    }

    [Fact]
    public void WithoutAPublicationDateOnlyDatesCarryingTheirYearHaveAValue()
    {
        var article = Tagged(null, "The council met yesterday, as it had in March 2019.");

        Assert.Equal([("yesterday", null), ("March 2019", "2019-03")], article.Dates.Select(d => (d.Text, d.Value)).ToList());
        Assert.Contains(article.Diagnostics, d => d.Stage == nameof(DateMentionTagger));
    }

    [Fact]
    public void APlaceholderPublicationDateIsReportedAndResolvesNothingRelative()
    {
        var article = Tagged(DateOnly.MinValue, "The council met yesterday and two years ago, in the 1990s and in the third quarter.");

        Assert.All(article.Dates.Where(d => d.Text != "the 1990s"), d => Assert.True(d.Value is null || !d.Value.StartsWith("000", StringComparison.Ordinal)));
        Assert.Null(Assert.Single(article.Dates, d => d.Text == "yesterday").Value);
        Assert.Contains(article.Diagnostics, d => d.Message.Contains("0001-01-01", StringComparison.Ordinal));
    }
}
