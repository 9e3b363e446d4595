using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Events;

/// <summary>Events dated by the happening they continue, by a caption, or by a dated aside of their sentence.</summary>
public sealed class DateCarrierTests
{
    // 12 Nov 2024 is a Tuesday.
    private static readonly DateOnly Tuesday = new(2024, 11, 12);

    private static ArticleContext Article(params (string Text, ParagraphKind Kind, int? Section)[] paragraphs)
    {
        var article = new ArticleContext(new SourceDocument("test.txt", SourceFormat.Text,
            string.Join("\n\n", paragraphs.Select(p => p.Text)), "hash", DeclaredMetadata.None))
        {
            Published = new PublicationDate(Tuesday, true, "12 November 2024"),
        };
        foreach (var (text, kind, section) in paragraphs)
            article.Paragraphs.Add(new Paragraph(article.Paragraphs.Count, text, kind, section));
        return article;
    }

    private static ArticleContext Body(params string[] paragraphs) =>
        Article([.. paragraphs.Select(p => (p, ParagraphKind.Body, (int?)null))]);

    private static List<ArticleEvent> Extract(ArticleContext article)
    {
        new EventExtractor(new SentenceDater()).Run(article);
        return article.Events;
    }

    private static ArticleEvent Containing(List<ArticleEvent> events, string words) =>
        Assert.Single(events, e => e.Text.Contains(words, StringComparison.Ordinal));

    [Theory]
    // A definite noun phrase taking up the happening of the dated sentence before.
    [InlineData("Drones hit a fuel depot in Bryansk on Sunday, the governor said.",
        "The attack injured two workers and set a warehouse on fire.", "The attack", "2024-11-10")]
    // More of the same, in the next paragraph.
    [InlineData("The defence ministry reported on Monday that troops destroyed six tanks near Kupiansk.",
        "Four counterattacks were also repelled near the river, the ministry added.", "counterattacks", "2024-11-11")]
    // "the same period" is the time of the happening just told.
    [InlineData("Air defences downed 40 drones over the border regions over the past 24 hours.",
        "During the same period, artillery struck two command posts near Vovchansk.", "command posts", "2024-11-11")]
    public void UndatedSentenceContinuingADatedHappeningJoinsItsEvent(string first, string second, string words, string expected)
    {
        var e = Assert.Single(Extract(Body(first, second)));

        Assert.Contains(words, e.Text, StringComparison.Ordinal);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.Date!.Date);
        Assert.True(e.Date.Stated);
        Assert.Equal([0, 1], e.Paragraphs);
    }

    [Theory]
    // "said earlier" is a time relative to the happening just told, and another step of it.
    [InlineData("Russia's defence ministry said on Sunday it had downed 34 drones over the capital region.",
        "The ministry said earlier it had shot down 12 drones over the southern regions.", "12 drones", "2024-11-10")]
    public void UndatedSentenceContinuingADatedHappeningTakesItsDate(string first, string second, string words, string expected)
    {
        var e = Containing(Extract(Body(first, second)), words);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.Date!.Date);
        Assert.True(e.Date.Stated);
        Assert.Contains("carried from the sentence it continues", e.Date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void ParagraphCreditedToTheSameSourceCarriesEveryUndatedSentence()
    {
        var events = Extract(Body(
            "The defence ministry reported on Monday that troops destroyed six tanks over the past 24 hours.",
            "Russian units have been advancing near two villages west of the river. Seven counterattacks have also been repelled, according to a statement from the ministry."));

        Assert.All(events, e => Assert.Equal(new DateOnly(2024, 11, 11), e.Date!.Date));
        Assert.Contains(events, e => e.Text.Contains("Seven counterattacks", StringComparison.Ordinal));
    }

    [Theory]
    // A new happening, without any sign of taking up the one before.
    [InlineData("Drones hit a fuel depot in Bryansk on Sunday.", "Ukrainian forces shelled a village near Kupiansk, killing three.")]
    // "later" inside the clause tells of a later step, not of the time just told.
    [InlineData("Lawmakers voted last week to ratify the pact.", "The president later signed the pact into law in a ceremony.")]
    public void UndatedSentenceWithoutASignOfContinuingKeepsThePublicationDate(string first, string second)
    {
        var article = Body(first, second);
        // The places the recogniser would find: a happening elsewhere is another happening.
        foreach (var place in new[] { "Bryansk", "Kupiansk" })
        {
            var entity = new ArticleEntity { Key = place.ToLowerInvariant(), Name = place, Type = EntityType.Place };
            foreach (var p in article.Paragraphs.Where(p => p.Text.Contains(place, StringComparison.Ordinal)))
                entity.Mentions.Add(new Mention(p.Index, p.Text.IndexOf(place, StringComparison.Ordinal), place.Length, place));
            article.Entities.Add(entity);
        }
        var e = Extract(article)[^1];

        Assert.Equal(Tuesday, e.Date!.Date);
        Assert.False(e.Date.Stated);
    }

    [Fact]
    public void ASentenceWithADateOfItsOwnThatDiffersIsAHappeningOfItsOwn()
    {
        var events = Extract(Body(
            "Drones struck an oil depot in Bryansk on Saturday.",
            "The depot burned for hours and the fire damaged a warehouse next to it.",
            "The warehouse fire was put out on Monday, the governor said."));

        Assert.Equal(new DateOnly(2024, 11, 9), Containing(events, "burned").Date!.Date);
        Assert.Equal(new DateOnly(2024, 11, 11), Containing(events, "put out").Date!.Date);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void ContinuationStopsAtTheSectionBoundary()
    {
        var events = Extract(Article(
            ("Drones hit a fuel depot in Bryansk on Sunday.", ParagraphKind.Body, 0),
            ("The attack injured two workers and set a warehouse on fire.", ParagraphKind.Body, 1)));

        Assert.False(Containing(events, "The attack").Date!.Stated);
    }

    [Fact]
    public void CaptionDatesTheUndatedEventsOfItsSectionThatNameItsPlace()
    {
        var article = Article(
            ("Drones set fire to oil tanks in Novoshakhtinsk, injuring two workers.", ParagraphKind.Body, 0),
            ("Firefighters at the depot in Novoshakhtinsk on Sunday. Picture: AFP", ParagraphKind.Caption, 0),
            ("Shelling damaged a school in Novoshakhtinsk, the mayor said.", ParagraphKind.Body, 1));
        var place = new ArticleEntity { Key = "novoshakhtinsk", Name = "Novoshakhtinsk", Type = EntityType.Place };
        foreach (var p in article.Paragraphs)
            place.Mentions.Add(new Mention(p.Index, p.Text.IndexOf("Novoshakhtinsk", StringComparison.Ordinal), 14, "Novoshakhtinsk"));
        article.Entities.Add(place);

        var events = Extract(article);

        var tanks = Containing(events, "oil tanks");
        Assert.Equal(new DateOnly(2024, 11, 10), tanks.Date!.Date);
        Assert.Contains("photo caption", tanks.Date.Evidence, StringComparison.Ordinal);
        Assert.False(Containing(events, "school").Date!.Stated);
    }

    [Fact]
    public void BareOvernightAfterANamedNightIsThatNight()
    {
        var events = Extract(Body(
            "Russian bombardment in the night between Thursday and Friday last week killed one person in Odesa.",
            "The air force said Russia had launched 40 drones and two missiles overnight."));

        Assert.Equal(new DateOnly(2024, 11, 7), Containing(events, "40 drones").Date!.Date);
    }

    [Theory]
    [InlineData("Shelling of Kharkiv has not stopped since the invasion began in February 2022, the mayor said.",
        "The invasion began in February 2022", "2022-02-01", DatePrecision.Month)]
    [InlineData("Missiles struck Odesa early Monday, a day after a record barrage of drones.",
        "A record barrage of drones", "2024-11-10", DatePrecision.Day)]
    public void DatedAsideBecomesAnEventOfItsOwn(string sentence, string text, string expected, DatePrecision precision)
    {
        var events = Extract(Body(sentence));

        var aside = Assert.Single(events, e => e.Text == text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), aside.Date!.Date);
        Assert.Equal(precision, aside.Date.Precision);
        Assert.Equal(2, events.Count);
    }
}
