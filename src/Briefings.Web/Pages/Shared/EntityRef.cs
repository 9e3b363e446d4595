using System.Globalization;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;

namespace Briefings.Web.Pages;

/// <summary>Enough of an entity to link to it: its page, its name and a class per type.</summary>
public sealed record EntityRef(string Slug, string Name, EntityType Type)
{
    public string Href => EntityLinks.Href(Slug);
    public string CssClass => EntityLinks.CssClass(Type);
}

/// <summary>How entity types, slugs and the timeline's filters read on the pages.</summary>
public static class EntityLinks
{
    public static string Href(string slug) => "/entities/" + Uri.EscapeDataString(slug);

    public static string CssClass(EntityType type) => "ent ent-" + type.ToString().ToLowerInvariant();

    public static string Label(EntityType type) => type switch
    {
        EntityType.Organisation => "Organisation",
        EntityType.Region => "Region",
        _ => type.ToString(),
    };

    public static string Plural(EntityType type) => type switch
    {
        EntityType.Person => "People",
        EntityType.Organisation => "Organisations",
        EntityType.Country => "Countries",
        EntityType.Region => "Regions",
        _ => "Places",
    };

    /// <summary>Countries, regions and places filter the timeline by where; people and organisations by who.</summary>
    public static bool IsArea(EntityType type) => type is EntityType.Country or EntityType.Region or EntityType.Place;

    public static string TimelineHref(string slug, EntityType type) =>
        (IsArea(type) ? "/?region=" : "/?actor=") + Uri.EscapeDataString(slug);

    /// <summary>A slug no stored entity has, read as words: "russian-government" → "Russian government".</summary>
    public static string Humanise(string slug)
    {
        var words = slug.Replace('-', ' ').Trim();
        return words.Length == 0 ? slug : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>"49.98° N, 36.23° E".</summary>
    public static string Coordinates(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Math.Abs(latitude):0.00}° {(latitude < 0 ? "S" : "N")}, {Math.Abs(longitude):0.00}° {(longitude < 0 ? "W" : "E")}");
}

/// <summary>Dates at their precision and hedges in words, as claims and events show them.</summary>
public static class Facts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"12 Nov 2024", "week of 4 Nov 2024", "June 2024", "2024".</summary>
    public static string Date(DateOnly date, DatePrecision? precision) =>
        new ResolvedDate(date, precision ?? DatePrecision.Day, true, "").Label;

    /// <summary>Null when the text reports it plainly.</summary>
    public static string? Hedge(Hedge hedge) => hedge switch
    {
        Briefings.Ingestion.Claims.Hedge.None => null,
        _ => hedge.ToString().ToLowerInvariant(),
    };
}

/// <summary>A date with its precision, whether the text states it, and the words it came from.</summary>
public sealed record WhenBadge(DateOnly? Date, DatePrecision? Precision, bool Stated, string? Evidence);
