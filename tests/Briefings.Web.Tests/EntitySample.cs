using Briefings.Ingestion;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;

namespace Briefings.Web.Tests;

/// <summary>Two small articles about one spokesman, his office, a country, a region and its places, built by hand.</summary>
internal static class EntitySample
{
    public const string Hostile = "<script>alert('x')</script> & <b>Peskov</b> said.";

    public static readonly string[] PeskovParagraphs =
    [
        "Mr Peskov said the Kremlin denied it.",
        "Shelling hit Sudzha in Kursk Oblast, Russia.",
        Hostile,
    ];

    public static ArticleContext Peskov()
    {
        var article = Sample.Article("peskov.txt", "Kremlin denies", new DateOnly(2024, 11, 12), publisher: "Daily Wire", text: string.Join("\n", PeskovParagraphs));
        for (var i = 0; i < PeskovParagraphs.Length; i++)
            article.Paragraphs.Add(new Paragraph(i, PeskovParagraphs[i], ParagraphKind.Body, null));
        var peskov = Person();
        Name(peskov, PeskovParagraphs[0], 0, "Mr Peskov");
        Name(peskov, PeskovParagraphs[0], 0, "Peskov");
        Name(peskov, PeskovParagraphs[2], 2, "Peskov");
        var kremlin = Kremlin();
        Name(kremlin, PeskovParagraphs[0], 0, "Kremlin");
        var sudzha = new ArticleEntity { Key = "sudzha", Name = "Sudzha", Type = EntityType.Place, Country = "RU", Region = "Kursk Oblast", Latitude = 51.19, Longitude = 35.27 };
        Name(sudzha, PeskovParagraphs[1], 1, "Sudzha");
        var kursk = new ArticleEntity { Key = "kursk-oblast", Name = "Kursk Oblast", Type = EntityType.Region, Country = "RU", Region = "Kursk Oblast" };
        Name(kursk, PeskovParagraphs[1], 1, "Kursk Oblast");
        var russia = Russia();
        Name(russia, PeskovParagraphs[1], 1, "Russia");
        article.Entities.AddRange([peskov, kremlin, sudzha, kursk, russia]);
        foreach (var e in article.Entities)
            e.Forms.AddRange(e.Mentions.Select(m => m.Surface).Distinct());

        article.Claims.Add(new Claim("Dmitry Peskov", "dmitry-peskov", "denied", Stance.Deny, PeskovParagraphs[0], 0)
        {
            Quote = "false",
            Outlet = "TASS",
            Hedge = Hedge.Reported,
            Said = new ResolvedDate(new DateOnly(2024, 11, 12), DatePrecision.Day, true, "on Tuesday"),
            About = new ResolvedDate(new DateOnly(2024, 11, 1), DatePrecision.Month, true, "in November"),
        });
        article.Events.Add(new ArticleEvent("attack", "Shelling hit Sudzha", new ResolvedDate(new DateOnly(2024, 11, 11), DatePrecision.Day, true, "on Monday"), 1)
        {
            Actors = ["ukraine"],
            Places = ["sudzha", "kursk-oblast"],
            Hedge = Hedge.Claimed,
        });
        return article;
    }

    public static ArticleContext Moscow()
    {
        const string text = "Peskov spoke in Moscow for the Kremlin.";
        var article = Sample.Article("moscow.txt", "Peskov in Moscow", new DateOnly(2024, 11, 13), publisher: "Other Paper", text: text);
        article.Paragraphs.Add(new Paragraph(0, text, ParagraphKind.Body, null));
        var peskov = Person();
        Name(peskov, text, 0, "Peskov");
        var moscow = new ArticleEntity { Key = "moscow", Name = "Moscow", Type = EntityType.Place, Country = "RU", Region = "Moscow City", Latitude = 55.75, Longitude = 37.62 };
        Name(moscow, text, 0, "Moscow");
        var kremlin = Kremlin();
        Name(kremlin, text, 0, "Kremlin");
        article.Entities.AddRange([peskov, moscow, kremlin]);
        foreach (var e in article.Entities)
            e.Forms.AddRange(e.Mentions.Select(m => m.Surface).Distinct());
        return article;
    }

    private static ArticleEntity Person() => new() { Key = "dmitry-peskov", Name = "Dmitry Peskov", Type = EntityType.Person, Country = "RU", Role = "Kremlin spokesperson", Affiliation = "kremlin" };

    private static ArticleEntity Kremlin() => new() { Key = "kremlin", Name = "Kremlin", Type = EntityType.Organisation, Country = "RU", Affiliation = "russia" };

    private static ArticleEntity Russia() => new() { Key = "russia", Name = "Russia", Type = EntityType.Country, Country = "RU" };

    /// <summary>A mention where the surface first occurs in the paragraph's text.</summary>
    private static void Name(ArticleEntity entity, string text, int paragraph, string surface) =>
        entity.Mentions.Add(new Mention(paragraph, text.IndexOf(surface, StringComparison.Ordinal), surface.Length, surface));
}
