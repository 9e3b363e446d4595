using Briefings.Ingestion.Entities;

namespace Briefings.Web.Generation;

/// <summary>A place an article can be about: a town with its first-level region and country.</summary>
public sealed record WorldPlace(string Name, string Region, string Country, long Population);

/// <summary>A person who can speak in an article: the dictionary's name, role and country.</summary>
public sealed record WorldPerson(string Name, string Surname, string Role, string Country);

/// <summary>
/// An invented outlet: its name, web host and the form its files take, so a corpus mixes the
/// shapes a reader meets (scraped pages as text, wire copy on one line, Markdown briefings, HTML).
/// </summary>
public sealed record WorldOutlet(string Name, string Host, ArticleShape Shape, string? Wire);

/// <summary>How a generated article is written to its file.</summary>
public enum ArticleShape
{
    ScrapedText,
    WireText,
    Markdown,
    Html,
}

/// <summary>
/// What generated articles are made of: towns from the shipped gazetteer (the two warring countries'
/// larger places, so the recogniser finds them), people from the actor dictionary, and invented
/// outlets. Built once; every pick goes through the caller's seeded <see cref="Random"/>.
/// </summary>
public sealed class GenerationWorld
{
    private const long MinPopulation = 5_000;
    private const int PlacesPerCountry = 400;
    private static readonly string[] WarringCountries = ["UA", "RU"];

    public GenerationWorld(Gazetteer gazetteer, ActorDictionary actors)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(actors);
        Places = [.. WarringCountries.SelectMany(country => gazetteer.Places
            .Where(p => p.Country == country && p.RegionName is not null && p.Population >= MinPopulation)
            .OrderByDescending(p => p.Population).ThenBy(p => p.Id)
            .Take(PlacesPerCountry)
            .Select(p => new WorldPlace(p.Name, p.RegionName!, p.Country, p.Population)))];
        People = [.. actors.All
            .Where(a => a.Type == EntityType.Person && a.Role is not null && a.Country is "UA" or "RU" or "US" or "GB" or "DE" or "FR" or "PL")
            .Select(a => new WorldPerson(a.Name, a.ShortForms.Count > 0 ? a.ShortForms[0] : a.Name.Split(' ')[^1], a.Role!, a.Country!))];
        if (Places.Count == 0 || People.Count == 0)
            throw new InvalidOperationException("The gazetteer or the actor dictionary is empty: nothing to write articles about.");
    }

    public IReadOnlyList<WorldPlace> Places { get; }

    public IReadOnlyList<WorldPerson> People { get; }

    public IReadOnlyList<WorldOutlet> Outlets { get; } =
    [
        new("The Northern Ledger", "northern-ledger.example", ArticleShape.ScrapedText, "AFP"),
        new("Daily Meridian", "dailymeridian.example", ArticleShape.Html, null),
        new("Harbour Courier", "harbourcourier.example", ArticleShape.ScrapedText, "Reuters"),
        new("Steppe Monitor", "steppemonitor.example", ArticleShape.Markdown, null),
        new("Continental Wire", "continentalwire.example", ArticleShape.WireText, "AP"),
        new("The Evening Lantern", "eveninglantern.example", ArticleShape.Html, "AFP"),
        new("Riverside Review", "riverside-review.example", ArticleShape.Markdown, "Reuters"),
        new("East Bank Post", "eastbankpost.example", ArticleShape.WireText, null),
        new("Granite Times", "granitetimes.example", ArticleShape.Html, "AP"),
        new("The Frontier Gazette", "frontiergazette.example", ArticleShape.ScrapedText, null),
    ];

    /// <summary>A place of the country, larger towns more often (as the news names them).</summary>
    public WorldPlace Place(Random random, string country)
    {
        ArgumentNullException.ThrowIfNull(random);
        var inCountry = Places.Where(p => p.Country == country).ToList();
        var pool = inCountry.Count > 0 ? inCountry : [.. Places];
        // The square of a uniform pick leans towards the front of the population-ordered list.
        var u = random.NextDouble();
        return pool[(int)(u * u * pool.Count)];
    }

    public WorldPerson Person(Random random, params string[] countries)
    {
        ArgumentNullException.ThrowIfNull(random);
        var pool = People.Where(p => countries.Length == 0 || countries.Contains(p.Country)).ToList();
        return (pool.Count > 0 ? pool : [.. People])[random.Next(pool.Count > 0 ? pool.Count : People.Count)];
    }
}
