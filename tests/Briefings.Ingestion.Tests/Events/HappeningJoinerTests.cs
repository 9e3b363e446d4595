using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Events;

/// <summary>One happening, one event: which sentences join the event of the happening they go on about.</summary>
public sealed class HappeningJoinerTests
{
    // 12 Nov 2031 is a Wednesday.
    private static readonly DateOnly Published = new(2031, 11, 12);

    private static List<ArticleEvent> Extract(string[] paragraphs, params (string Surface, EntityType Type)[] entities)
    {
        var article = new ArticleContext(new SourceDocument("test.txt", SourceFormat.Text, string.Join("\n\n", paragraphs), "hash", DeclaredMetadata.None))
        {
            Published = new PublicationDate(Published, true, "12 November 2031"),
        };
        foreach (var text in paragraphs)
            article.Paragraphs.Add(new Paragraph(article.Paragraphs.Count, text, ParagraphKind.Body, null));
        foreach (var (surface, type) in entities)
        {
            var entity = new ArticleEntity { Key = surface.ToLowerInvariant().Replace(' ', '-'), Name = surface, Type = type };
            foreach (var p in article.Paragraphs)
            {
                for (var at = p.Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = p.Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                    entity.Mentions.Add(new Mention(p.Index, at, surface.Length, surface));
            }
            article.Entities.Add(entity);
        }
        new EventExtractor(new SentenceDater()).Run(article);
        return article.Events;
    }

    [Fact]
    public void TheTollAndDamageOfAStrikeJoinItsEvent()
    {
        var events = Extract([
            "Missiles struck a fuel depot in Vorinsk on Monday.",
            "The attack injured two workers. A warehouse and two shops were damaged."],
            ("Vorinsk", EntityType.Place));

        var strike = Assert.Single(events);
        Assert.Contains("two shops", strike.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2031, 11, 10), strike.Date!.Date);
    }

    [Fact]
    public void APronounGoingOnWithASayingJoinsTheHappening()
    {
        var events = Extract([
            "Ostland's foreign minister Ilse Varga visited Vorinsk on Monday.",
            "She said the two countries would stand together until the war ends."],
            ("Ilse Varga", EntityType.Person), ("Vorinsk", EntityType.Place));

        Assert.Contains("stand together", Assert.Single(events).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheSameSourceGoesOnToSayJoinsTheHappening()
    {
        var events = Extract([
            "The rights group Lantern told reporters that hundreds of protesters had been jailed in Vorinsk.",
            "Ivo Marek, the head of Lantern's legal team, said the courts had convicted forty of them."],
            ("Lantern", EntityType.Organisation), ("Ivo Marek", EntityType.Person), ("Vorinsk", EntityType.Place));

        Assert.Single(events);
    }

    [Fact]
    public void AHappeningInAnotherPlaceIsAnEventOfItsOwn()
    {
        var events = Extract([
            "Missiles struck a grain terminal in Kellsburg on Monday.",
            "Shelling killed two people in Port Sallow and injured five more."],
            ("Kellsburg", EntityType.Place), ("Port Sallow", EntityType.Place));

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void ASentenceWithADifferentDateOfItsOwnIsAnEventOfItsOwn()
    {
        var events = Extract([
            "Lawmakers voted on Monday to ratify the water treaty.",
            "The president signed the treaty into law last Friday."]);

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void SomeoneNewAlsoDoingTheSameIsAnEventOfTheirOwn()
    {
        var events = Extract([
            "Ostland's leader Ilse Varga signed a decree to ratify the pact on Monday, state media said.",
            "Varania's president Ivo Marek has also signed the pact into law."],
            ("Ilse Varga", EntityType.Person), ("Ivo Marek", EntityType.Person));

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void TheSameHappeningRecalledTwiceInPassingIsOneEvent()
    {
        var events = Extract([
            "The port has been shelled daily since the invasion began in February 2029, the mayor said.",
            "Refugees have come to the city since the invasion began in February 2029."]);

        Assert.Single(events, e => e.Background);
    }

    [Fact]
    public void ACaptionTheBodyDoesNotTellIsMarkedAsACaption()
    {
        var article = new ArticleContext(new SourceDocument("test.txt", SourceFormat.Text, "x", "hash", DeclaredMetadata.None))
        {
            Published = new PublicationDate(Published, true, "12 November 2031"),
        };
        article.Paragraphs.Add(new Paragraph(0, "The two envoys met in Kellsburg on Monday.", ParagraphKind.Body, null));
        article.Paragraphs.Add(new Paragraph(1, "A rescuer at the site of a night strike in Vorinsk.", ParagraphKind.Caption, null));

        new EventExtractor(new SentenceDater()).Run(article);

        var caption = Assert.Single(article.Events, e => e.Paragraph == 1);
        Assert.True(caption.FromCaption);
        Assert.False(Assert.Single(article.Events, e => e.Paragraph == 0).FromCaption);
    }
}
