using Briefings.Ingestion;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;

namespace Briefings.Web.Tests;

/// <summary>Entities, dates and events for timeline tests, built by hand as the pipeline builds them.</summary>
internal static class TimelineSamples
{
    public static ArticleEntity Country(string key, string name, string iso) =>
        new() { Key = key, Name = name, Type = EntityType.Country, Country = iso };

    public static ArticleEntity Region(string key, string name, string iso) =>
        new() { Key = key, Name = name, Type = EntityType.Region, Country = iso, Region = name };

    public static ArticleEntity Place(string key, string name, string iso, string region) =>
        new() { Key = key, Name = name, Type = EntityType.Place, Country = iso, Region = region };

    public static ArticleEntity Person(string key, string name, string? iso, string? affiliation) =>
        new() { Key = key, Name = name, Type = EntityType.Person, Country = iso, Affiliation = affiliation };

    public static ArticleEntity Organisation(string key, string name, string? iso, string? affiliation) =>
        new() { Key = key, Name = name, Type = EntityType.Organisation, Country = iso, Affiliation = affiliation };

    public static ResolvedDate Day(int year, int month, int day, string evidence) => new(new DateOnly(year, month, day), DatePrecision.Day, true, evidence);

    public static ResolvedDate Week(int year, int month, int monday, string evidence) => new(new DateOnly(year, month, monday), DatePrecision.Week, true, evidence);

    public static ResolvedDate Month(int year, int month, string evidence) => new(new DateOnly(year, month, 1), DatePrecision.Month, true, evidence);

    /// <summary>An event told in paragraph <paramref name="paragraph"/>, which is added to the article so its anchor exists.</summary>
    public static ArticleEvent Event(this ArticleContext article, string kind, string text, ResolvedDate? date, int paragraph,
        string[]? actors = null, string[]? places = null, Hedge hedge = Hedge.None)
    {
        ArgumentNullException.ThrowIfNull(article);
        while (article.Paragraphs.Count <= paragraph)
            article.Paragraphs.Add(new Paragraph(article.Paragraphs.Count, $"Paragraph {article.Paragraphs.Count}.", ParagraphKind.Body, null));
        var found = new ArticleEvent(kind, text, date, paragraph) { Actors = actors ?? [], Places = places ?? [], Hedge = hedge };
        article.Events.Add(found);
        return found;
    }
}
