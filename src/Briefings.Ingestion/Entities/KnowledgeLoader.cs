namespace Briefings.Ingestion.Entities;

/// <summary>
/// Gathers the recogniser's <see cref="Knowledge"/> from the shipped data: countries with
/// their demonyms and capitals, first-level regions with their variants, named areas, places
/// from the gazetteer, and the actor dictionary with a user's own additions.
/// </summary>
public static class KnowledgeLoader
{
    // A bare region name ("Kursk") is trusted only where the news it is built for uses it so.
    private static readonly HashSet<string> BareRegionCountries = ["UA", "RU", "BY", "MD", "PL", "GE", "LT", "LV", "EE", "KP", "KR"];

    // Immutable and the same for every reader without a user's own actors: built once per process.
    private static readonly Lazy<Knowledge> BuiltIn = new(() => new(Names(CountryTable.Load(), Gazetteer.Load(), ActorDictionary.BuiltIn)));

    public static Knowledge Load(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ExtraActorsFile)
            ? BuiltIn.Value
            : new(Names(CountryTable.Load(), Gazetteer.Load(), ActorDictionary.LoadWithExtras([options.ExtraActorsFile])));
    }

    private static IEnumerable<KnownName> Names(CountryTable countries, Gazetteer gazetteer, ActorDictionary actors)
    {
        foreach (var actor in actors.All)
        {
            var entity = new KnownEntity(actor.Key, actor.Name, actor.Type)
            {
                Country = actor.Country,
                Role = actor.Role,
                Affiliation = actor.Affiliation,
            };
            foreach (var name in actor.Aliases.Prepend(actor.Name).Where(n => n.Length > 1).Distinct())
                yield return new KnownName(name, entity, NameKind.Name);
            foreach (var name in actor.ShortForms.Where(n => n.Length > 1).Distinct())
                yield return new KnownName(name, entity, NameKind.ShortForm);
        }
        var capitals = new Dictionary<(string Country, string Name), KnownEntity>();
        foreach (var place in gazetteer.Places)
        {
            var entity = Place(place);
            if (place.IsCapital)
                capitals[(place.Country, place.Name)] = entity;
            // Alternate names (old names, other languages) only where the news this is built for
            // uses them; elsewhere they are too often ordinary words ("Central", "White House").
            var alternates = BareRegionCountries.Contains(place.Country) ? place.AlternateNames : [];
            foreach (var name in alternates.Prepend(place.AsciiName).Prepend(place.Name).Where(n => n.Length > 2).Distinct())
                yield return new KnownName(name, entity, NameKind.Place);
        }
        foreach (var country in countries.All)
        {
            var entity = new KnownEntity(EntityRecognizer.Slug(country.Name), country.Name, EntityType.Country)
            {
                Country = country.Iso2,
                Demonym = country.Demonyms.Count > 0 ? country.Demonyms[0] : null,
            };
            foreach (var name in country.Aliases.Prepend(country.Name).Distinct())
                yield return new KnownName(name, entity, NameKind.Name);
            foreach (var demonym in country.Demonyms)
                yield return new KnownName(demonym, entity, NameKind.Demonym);
            foreach (var capital in country.Capitals)
            {
                var city = capitals.GetValueOrDefault((country.Iso2, capital))
                           ?? new KnownEntity(EntityRecognizer.Slug(capital), capital, EntityType.Place) { Country = country.Iso2 };
                yield return new KnownName(capital, city, NameKind.Capital);
            }
        }
        foreach (var region in gazetteer.Regions)
        {
            var entity = new KnownEntity(EntityRecognizer.Slug(region.Name), region.Name, EntityType.Region)
            {
                Country = region.Country,
                Region = region.Name,
            };
            if (!BareRegionCountries.Contains(region.Country))
            {
                // Elsewhere only a region's full name of two words or more: single words
                // ("Centre", "North") are ordinary words far more often than regions.
                if (TextShapeWords(region.Name) >= 2)
                    yield return new KnownName(region.Name, entity, NameKind.Name);
                continue;
            }
            foreach (var name in region.Variants.Prepend(region.Name).Distinct())
                yield return new KnownName(name, entity, NameKind.Name);
            // A federal city's bare name is the city.
            if (!region.Name.EndsWith(" City", StringComparison.Ordinal))
            {
                foreach (var stem in region.Stems)
                    yield return new KnownName(stem, entity, NameKind.Name);
            }
        }
        foreach (var area in gazetteer.Areas)
        {
            var entity = new KnownEntity(EntityRecognizer.Slug(area.Name), area.Name, EntityType.Region)
            {
                Country = area.Countries.Count == 1 ? area.Countries[0] : null,
            };
            foreach (var name in area.Variants.Prepend(area.Name).Distinct())
                yield return new KnownName(name, entity, NameKind.Name);
        }
    }

    private static int TextShapeWords(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static KnownEntity Place(KnownPlace place) =>
        new(EntityRecognizer.Slug(place.Name) + (place.IsCapital || place.IsRegionSeat ? "" : "-" + EntityRecognizer.Slug(place.RegionName ?? place.Country)), place.Name, EntityType.Place)
        {
            Country = place.Country,
            Region = place.RegionName,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            Population = place.Population,
        };
}
