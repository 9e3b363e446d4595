using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Events;

public sealed class EventExtractorTests
{
    private static readonly DateOnly Tuesday = new(2031, 3, 11);

    private static ArticleContext Article(params string[] paragraphs)
    {
        var article = new ArticleContext(new SourceDocument("test.txt", SourceFormat.Text, string.Join("\n\n", paragraphs), "hash", DeclaredMetadata.None))
        {
            Published = new PublicationDate(Tuesday, true, "11 March 2031"),
        };
        foreach (var text in paragraphs)
            article.Paragraphs.Add(new Paragraph(article.Paragraphs.Count, text, ParagraphKind.Body, null));
        return article;
    }

    /// <summary>A stand-in dater that knows one word, as the real one knows many.</summary>
    private static ResolvedDate? MondayDater(string sentence, DateOnly? published, string? paragraph) =>
        sentence.Contains("on Monday", StringComparison.Ordinal)
            ? new ResolvedDate(published!.Value.AddDays(-1), DatePrecision.Day, true, "on Monday")
            : new ResolvedDate(published!.Value, DatePrecision.Day, false, "publication date");

    private static ArticleEntity Entity(string key, EntityType type, string text, string surface)
    {
        var entity = new ArticleEntity { Key = key, Name = surface, Type = type };
        entity.Mentions.Add(new Mention(0, text.IndexOf(surface, StringComparison.Ordinal), surface.Length, surface));
        return entity;
    }

    [Fact]
    public void TheDaterDatesTheDayItHappenedNotTheDayOfTheArticle()
    {
        var article = Article("Rocket fire on Monday damaged a bridge over the Ostrava canal.");
        new EventExtractor(MondayDater).Run(article);

        var e = Assert.Single(article.Events);
        Assert.Equal(new DateOnly(2031, 3, 10), e.Date!.Date);
        Assert.True(e.Date.Stated);
        Assert.Equal(EventKinds.Attack, e.Kind);
    }

    [Fact]
    public void WithoutADaterThePublicationDateStandsInUnstated()
    {
        var article = Article("Rocket fire damaged a bridge over the canal near the port.");
        new EventExtractor().Run(article);

        Assert.False(Assert.Single(article.Events).Date!.Stated);
    }

    [Fact]
    public void ActorsAndPlacesAreTheKeysOfTheEntitiesNamedInTheSentence()
    {
        const string text = "Varanian troops captured Kellsburg from Ostland on Monday. The weather stayed dry all week long.";
        var article = Article(text);
        article.Entities.Add(Entity("varania", EntityType.Country, text, "Varanian"));
        article.Entities.Add(Entity("ostland", EntityType.Country, text, "Ostland"));
        article.Entities.Add(Entity("kellsburg", EntityType.Place, text, "Kellsburg"));
        new EventExtractor(MondayDater).Run(article);

        var e = Assert.Single(article.Events);
        Assert.Equal(["varania", "ostland"], e.Actors);
        Assert.Equal(["kellsburg"], e.Places);
    }

    [Theory]
    [InlineData("Gunmen reportedly attacked a convoy near the pass.", Hedge.Reported)]
    [InlineData("The rebels claimed they had destroyed three tanks in the hills.", Hedge.Claimed)]
    [InlineData("Officials could not independently verify that a depot was hit.", Hedge.Unverified)]
    [InlineData("The blast was likely caused by a drone attack on the plant.", Hedge.Likely)]
    [InlineData("Artillery shelled the harbour town through the night.", Hedge.None)]
    public void HedgesAreRead(string sentence, Hedge hedge)
    {
        var article = Article(sentence);
        new EventExtractor().Run(article);

        Assert.Equal(hedge, Assert.Single(article.Events).Hedge);
    }

    [Fact]
    public void AnUnnamedAttributionTailIsCutAndANamedOneKept()
    {
        var article = Article(
            "Shelling killed three people in the eastern suburbs, officials said.",
            "The two envoys met in the north, Governor Ilse Varga said.");
        new EventExtractor().Run(article);

        Assert.Equal("Shelling killed three people in the eastern suburbs.", article.Events[0].Text);
        Assert.EndsWith("Governor Ilse Varga said.", article.Events[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BackgroundAndHabitsAreNotHappenings()
    {
        var article = Article(
            "The city is regularly targeted by drones from across the border.",
            "If the enemy attacks the dam, the valley would flood.",
            "The museum is home to a collection of old maps and coins.");
        new EventExtractor().Run(article);

        Assert.Empty(article.Events);
    }

    [Fact]
    public void ACaptionRepeatingTheBodyAddsNoSecondEvent()
    {
        var article = Article("Firefighters battle a blaze after a drone strike on a warehouse.");
        article.Paragraphs.Add(new Paragraph(1, "Firefighters battle a blaze after a drone strike on a warehouse. Picture: AFP", ParagraphKind.Caption, null));
        new EventExtractor().Run(article);

        Assert.Single(article.Events);
    }

    [Fact]
    public void AQuotationBackingTheEventBeforeItJoinsItsText()
    {
        var article = Article(
            "The port authority said two cranes were destroyed by a missile strike on Monday.",
            "“We lost both cranes and a warehouse,” the port authority chief said.");
        new EventExtractor(MondayDater).Run(article);

        var e = Assert.Single(article.Events);
        Assert.Contains("warehouse", e.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2031, 3, 10), e.Date!.Date);
    }

    [Fact]
    public void OneEventPerSentenceAtMost()
    {
        var article = Article("Troops advanced on the town as strikes killed five and the mayor resigned.");
        new EventExtractor().Run(article);

        Assert.Equal(EventKinds.Casualties, Assert.Single(article.Events).Kind);
    }
}
