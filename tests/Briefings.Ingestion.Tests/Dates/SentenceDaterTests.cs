using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Tests.Dates;

/// <summary>Which expression dates a sentence, and the two dates of a claim.</summary>
public sealed class SentenceDaterTests
{
    private static readonly DateOnly Tuesday = new(2024, 11, 12);
    private readonly SentenceDater _dater = new();

    [Theory]
    [InlineData("Drones struck a fuel depot in Bryansk on Monday, the governor said.", "2024-11-11", "on Monday")]
    [InlineData("“We will not retreat today,” the commander said on Sunday.", "2024-11-10", "on Sunday")]
    [InlineData("Kupiansk has been shelled since the invasion began in February 2022, and a school was hit yesterday.", "2024-11-11", "yesterday")]
    [InlineData("Kim, who sealed a pact with Putin in June, received the delegation on Monday.", "2024-11-11", "on Monday")]
    [InlineData("On Sunday, two villages near Kurakhove fell, according to the ministry.", "2024-11-10", "On Sunday")]
    [InlineData("A Ukrainian drone hit a refinery in Ryazan last week, months after a strike in June.", "2024-11-04", "last week")]
    public void DatesTheMainClause(string sentence, string expected, string evidence)
    {
        var date = _dater.DateFor(sentence, Tuesday);

        Assert.NotNull(date);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(evidence, date.Evidence);
        Assert.True(date.Stated);
    }

    [Fact]
    public void SentenceWithoutDatingWordsTakesThePublicationDate()
    {
        var date = _dater.DateFor("Power was restored to most of Zaporizhzhia.", Tuesday);

        Assert.Equal(ResolvedDate.FromPublication(Tuesday), date);
        Assert.False(date!.Stated);
        Assert.Equal("publication date", date.Evidence);
    }

    [Fact]
    public void BackgroundOnlySentenceTakesThePublicationDate()
    {
        var date = _dater.DateFor("Kherson has been under fire since the Russian retreat in November 2022.", Tuesday);

        Assert.False(date!.Stated);
        Assert.Equal(Tuesday, date.Date);
    }

    [Fact]
    public void UndatedArticleStaysUndatedUnlessTheWordsCarryAYear()
    {
        Assert.Null(_dater.DateFor("Power was restored to most of Zaporizhzhia.", null));
        Assert.Null(_dater.DateFor("Rescuers searched the rubble on Monday.", null));
        Assert.Equal(new DateOnly(2024, 8, 6), _dater.DateFor("The incursion into Kursk began on 6 August 2024.", null)!.Date);
    }

    [Fact]
    public void DayCountDatesAHeadlineWithoutAPublicationDate()
    {
        var date = _dater.DateFor("Key events on day 993 of the war", null);

        Assert.Equal(new DateOnly(2024, 11, 12), date!.Date);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Fact]
    public void FutureClauseReadsABareWeekdayForward()
    {
        var monday = new DateOnly(2024, 11, 4);

        var date = _dater.DateFor("Americans will choose a president in Tuesday's election.", monday);

        Assert.Equal(new DateOnly(2024, 11, 5), date!.Date);
        Assert.True(date.Future);
    }

    [Fact]
    public void WeekdayBesideAnAmbiguousNumericDateChoosesItsReading()
    {
        var dayFirst = new SentenceDater(new DateResolver(NumericDateOrder.DayFirst));

        var date = dayFirst.DateFor("The strike came on Tuesday 11/12/2024, before dawn.", null);

        Assert.Equal(new DateOnly(2024, 11, 12), date!.Date);
    }

    [Fact]
    public void ParagraphWeekdaysSettleANumericDateInAnotherSentence()
    {
        var dayFirst = new SentenceDater(new DateResolver(NumericDateOrder.DayFirst));

        var date = dayFirst.DateFor("Logged at 11/12/2024.", null, paragraph: "Artillery duels went on through Tuesday. Logged at 11/12/2024.");

        Assert.Equal(new DateOnly(2024, 11, 12), date!.Date);
    }

    [Fact]
    public void ClaimHasTheStatementDateAndTheEventDate()
    {
        var published = new DateOnly(2024, 12, 14);

        var dates = _dater.SaidAndHappened("Pro-war bloggers claimed on 12 December that assault units had captured the hamlet on 6 December.", published);

        Assert.Equal(new DateOnly(2024, 12, 12), dates.Said!.Date);
        Assert.Equal(new DateOnly(2024, 12, 6), dates.Happened!.Date);
    }

    [Fact]
    public void SentenceOpeningDateAttachesToTheReportingVerb()
    {
        var dates = _dater.SaidAndHappened("On Sunday, a Madrid daily reported that the two presidents had talked by phone on Thursday.", Tuesday);

        Assert.Equal(new DateOnly(2024, 11, 10), dates.Said!.Date);
        Assert.Equal(new DateOnly(2024, 11, 7), dates.Happened!.Date);
    }

    [Fact]
    public void DateBeforeTheReportingVerbDatesTheStatement()
    {
        var dates = _dater.SaidAndHappened("State television on Tuesday reported that the treaty took effect.", new DateOnly(2024, 11, 13));

        Assert.Equal(new DateOnly(2024, 11, 12), dates.Said!.Date);
        Assert.Equal(dates.Said, dates.Happened);
    }

    [Fact]
    public void UndatedStatementTakesThePublicationDate()
    {
        var dates = _dater.SaidAndHappened("Missiles on Monday damaged a dam near Kurakhove, the regional governor said.", Tuesday);

        Assert.False(dates.Said!.Stated);
        Assert.Equal(Tuesday, dates.Said.Date);
        Assert.Equal(new DateOnly(2024, 11, 11), dates.Happened!.Date);
    }

    [Fact]
    public void RelativeWordsInAQuotationCountFromTheStatementDate()
    {
        var dates = _dater.SaidAndHappened("“The drones came in waves yesterday,” the mayor said on Sunday.", Tuesday);

        Assert.Equal(new DateOnly(2024, 11, 10), dates.Said!.Date);
        Assert.Equal(new DateOnly(2024, 11, 9), dates.Happened!.Date);
    }

    [Fact]
    public void ReportedClauseWithAnOwnVerbDoesNotDateTheStatement()
    {
        var dates = _dater.SaidAndHappened("A Kremlin aide said the envoys had met on Thursday.", Tuesday);

        Assert.False(dates.Said!.Stated);
        Assert.Equal(new DateOnly(2024, 11, 7), dates.Happened!.Date);
    }

    [Fact]
    public void ClaimInAnUndatedArticleWithoutDatingWordsHasNoDates()
    {
        var dates = _dater.SaidAndHappened("The ministry said the front was stable.", null);

        Assert.Null(dates.Said);
        Assert.Null(dates.Happened);
    }

    [Theory]
    // A participle phrase after a noun dates that noun, not the clause: the main clause's report wins.
    [InlineData("Belarus has approved a customs pact with Armenia drafted by both cabinets in March, state radio said on Monday.", "2024-11-12", "2024-11-11", DatePrecision.Day, "on Monday")]
    [InlineData("The navy has recovered a drone launched from the coast on Saturday, the port authority said.", "2024-11-12", "2024-11-12", DatePrecision.Day, "publication date")]
    // ... but a clause whose first verb is the past form is a main clause, and a reported clause keeps its verb.
    [InlineData("Partisans blew up a rail bridge near Melitopol on Friday.", "2024-11-12", "2024-11-08", DatePrecision.Day, "on Friday")]
    [InlineData("Kyiv said Russian troops attacked the depot on Sunday.", "2024-11-12", "2024-11-10", DatePrecision.Day, "on Sunday")]
    [InlineData("The brigade has held positions captured on Sunday, the general staff said.", "2024-11-12", "2024-11-12", DatePrecision.Day, "publication date")]
    // An editor's bracketed date in a quotation is not the speaker's, but it dates the noun before it, not the sentence.
    [InlineData("“We waited until the vote [on October 27] to respond,” the minister said.", "2024-11-12", "2024-11-12", DatePrecision.Day, "publication date")]
    // Early, mid and late narrow the month.
    [InlineData("The ministry said in late August that the grid had been repaired.", "2024-11-12", "2024-08-21", DatePrecision.PartOfMonth, "in late August")]
    [InlineData("Talks resumed in mid-September in Istanbul.", "2024-11-12", "2024-09-11", DatePrecision.PartOfMonth, "in mid-September")]
    public void MainClauseDateSkipsParticiplesAndEditorsNotes(string sentence, string published, string expected, DatePrecision precision, string evidence)
    {
        var date = _dater.DateFor(sentence, Iso(published));

        Assert.Equal(Iso(expected), date!.Date);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(evidence, date.Evidence);
    }

    [Theory]
    [InlineData("Shelling has not stopped since the invasion began in February 2022, the mayor said.", "2024-11-12",
        "The invasion began in February 2022", "2022-02-01", DatePrecision.Month)]
    [InlineData("Kim, who signed a pact with Putin in June, received the delegation on Monday.", "2024-11-12",
        "Kim, who signed a pact with Putin in June", "2024-06-01", DatePrecision.Month)]
    [InlineData("Officials in Minsk met the envoys, who arrived by train in June.", "2024-11-12",
        "The envoys, who arrived by train in June", "2024-06-01", DatePrecision.Month)]
    [InlineData("Belarus has approved a customs pact with Armenia drafted by both cabinets in March, state radio said on Monday.", "2024-11-12",
        "A customs pact with Armenia drafted by both cabinets in March", "2024-03-01", DatePrecision.Month)]
    [InlineData("Sirens sounded across Odesa early Monday, a day after a record barrage of drones.", "2024-11-12",
        "A record barrage of drones", "2024-11-10", DatePrecision.Day)]
    [InlineData("Crews cleared the rubble on Thursday, two days after the missile strike on the market.", "2024-11-12",
        "The missile strike on the market", "2024-11-05", DatePrecision.Day)]
    [InlineData("A Riga weekly reported on Sunday that the two ministers had met in secret on Thursday.", "2024-11-12",
        "The two ministers had met in secret on Thursday", "2024-11-07", DatePrecision.Day)]
    [InlineData("“We waited until the vote [on October 27] to respond,” the minister said.", "2024-11-12",
        "The vote [on October 27]", "2024-10-27", DatePrecision.Day)]
    public void AsideWithItsOwnDateIsAHappeningOfItsOwn(string sentence, string published, string text, string expected, DatePrecision precision)
    {
        var happening = Assert.Single(_dater.Background(sentence, Iso(published)));

        Assert.Equal(text, happening.Text);
        Assert.Equal(Iso(expected), happening.Date.Date);
        Assert.Equal(precision, happening.Date.Precision);
        Assert.Contains(text[1..], sentence.Substring(happening.Clause.Start, happening.Clause.Length), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Post said on Sunday that the leaders would meet on Thursday.")]
    [InlineData("Drones struck a fuel depot in Bryansk on Monday, the governor said.")]
    [InlineData("Europe's largest war since 1945 goes on.")]
    [InlineData("“Since the attack on June 3 we have buried forty people,” the priest said.")]
    public void SentenceWithoutDatedAsidesHasNoBackgroundHappenings(string sentence) =>
        Assert.Empty(_dater.Background(sentence, Tuesday));

    private static DateOnly Iso(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
