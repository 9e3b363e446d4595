using System.Text;
using Briefings.Ingestion.Entities;

namespace Briefings.Ingestion.Tests.Entities;

public class GazetteerTests
{
    private static Gazetteer Gazetteer => LoadedKnowledge.Gazetteer;

    [Fact]
    public void TheEmbeddedGazetteerLoadsWithPlacesRegionsAndNamedAreas()
    {
        Assert.True(Gazetteer.Places.Length > 15_000);
        Assert.True(Gazetteer.Regions.Length > 3_000);
        Assert.NotEmpty(Gazetteer.Areas);
    }

    [Theory]
    [InlineData("Kursk Oblast")]
    [InlineData("Kursk oblast")]
    [InlineData("Kursk region")]
    [InlineData("Kursk Region")]
    [InlineData("the Kursk region")]
    [InlineData("Kurskaya Oblast")]
    public void KurskOblastIsFoundByItsOblastAndRegionForms(string name)
    {
        var region = Assert.Single(Gazetteer.FindRegions(name));
        Assert.Equal("Kursk Oblast", region.Name);
        Assert.Equal("RU", region.Country);
    }

    [Fact]
    public void TheBareWordKurskIsTheRegionsStemNotOneOfItsNames()
    {
        Assert.Empty(Gazetteer.FindRegions("Kursk"));
        Assert.Equal("Kursk Oblast", Assert.Single(Gazetteer.FindRegionsByStem("Kursk")).Name);
        Assert.Equal("Kursk Oblast", Gazetteer.Resolve("Kursk")?.RegionName);
    }

    [Theory]
    [InlineData("Dnipro region")]
    [InlineData("Dnipropetrovsk region")]
    [InlineData("Dnipropetrovsk Oblast")]
    [InlineData("Dnipropetrovsk")]
    [InlineData("Dnepropetrovsk region")]
    public void DnipropetrovskOblastIsFoundByItsDniproAndRussianStyleVariants(string name) =>
        Assert.Equal("Dnipropetrovsk Oblast", Assert.Single(Gazetteer.FindRegions(name)).Name);

    [Theory]
    [InlineData("Zaporozhye region", "Zaporizhzhia Oblast")]
    [InlineData("Zaporizhzhia region", "Zaporizhzhia Oblast")]
    [InlineData("Kharkov Oblast", "Kharkiv Oblast")]
    [InlineData("Odessa region", "Odesa Oblast")]
    [InlineData("Lugansk region", "Luhansk Oblast")]
    [InlineData("Nikolayev region", "Mykolaiv Oblast")]
    [InlineData("Kiev region", "Kyiv Oblast")]
    [InlineData("Sumy Region", "Sumy Oblast")]
    [InlineData("Orlov region", "Oryol Oblast")]
    [InlineData("Orel Oblast", "Oryol Oblast")]
    [InlineData("Rostov region", "Rostov Oblast")]
    [InlineData("Krasnodar Territory", "Krasnodar Krai")]
    [InlineData("Primorye", "Primorsky Krai")]
    [InlineData("Autonomous Republic of Crimea", "Crimea")]
    [InlineData("Crimea", "Crimea")]
    [InlineData("Moscow region", "Moscow Oblast")]
    public void RegionsAreNamedByTheGoldConventionAndFoundByTheirVariants(string variant, string canonical) =>
        Assert.Equal(canonical, Assert.Single(Gazetteer.FindRegions(variant)).Name);

    [Theory]
    [InlineData("Orlov")]
    [InlineData("Oryol")]
    [InlineData("Orel")]
    public void OryolOblastHasOrlovOryolAndOrelAsStems(string stem) =>
        Assert.Contains(Gazetteer.FindRegionsByStem(stem), r => r.Name == "Oryol Oblast");

    [Fact]
    public void KyivAndMoscowCitiesAreFirstLevelRegionsOfTheirOwn()
    {
        Assert.Equal("Kyiv City", Gazetteer.Resolve("Kyiv")?.RegionName);
        Assert.Equal("Moscow City", Gazetteer.Resolve("Moscow")?.RegionName);
        Assert.Equal("Kyiv City", Assert.Single(Gazetteer.FindRegions("City of Kyiv")).Name);
    }

    [Theory]
    [InlineData("Donbas")]
    [InlineData("Donbass")]
    [InlineData("the Donbas")]
    public void DonbasIsANamedAreaCoveringTheDonetskAndLuhanskOblasts(string name)
    {
        var area = Gazetteer.FindArea(name);
        Assert.NotNull(area);
        Assert.Equal("Donbas", area.Name);
        Assert.Equal(["Donetsk Oblast", "Luhansk Oblast"], area.Regions.Select(r => r.Name).Order());
    }

    [Fact]
    public void PokrovskResolvesToTheDonetskTownWhenTheContextSaysUkraineAndDonetsk()
    {
        var place = Gazetteer.Resolve("Pokrovsk", new PlaceContext(["UA"], "Donetsk Oblast"));
        Assert.NotNull(place);
        Assert.Equal(("UA", "Donetsk Oblast"), (place.Country, place.RegionName));
    }

    [Fact]
    public void PokrovskResolvesToTheYakutianTownWhenTheContextSaysYakutia()
    {
        var place = Gazetteer.Resolve("Pokrovsk", new PlaceContext(["RU"], "Yakutia"));
        Assert.Equal(("RU", "Sakha Republic"), (place?.Country, place?.RegionName));
    }

    [Fact]
    public void ARegionHintCanBeANamedAreaOrABareStem()
    {
        Assert.Equal("UA", Gazetteer.Resolve("Pokrovsk", new PlaceContext(Region: "Donbas"))?.Country);
        Assert.Equal("UA", Gazetteer.Resolve("Pokrovsk", new PlaceContext(Region: "Donetsk"))?.Country);
    }

    [Fact]
    public void MoscowResolvesToTheCapitalOfRussiaByDefault()
    {
        var place = Gazetteer.Resolve("Moscow");
        Assert.NotNull(place);
        Assert.Equal(("RU", "PPLC"), (place.Country, place.FeatureCode));
    }

    [Fact]
    public void ACapitalOutranksALargerNamesakeAndTheCountryContextOutranksACapital()
    {
        Assert.Equal("GB", Gazetteer.Resolve("London")?.Country);
        Assert.Equal("CA", Gazetteer.Resolve("London", new PlaceContext(["CA"]))?.Country);
        Assert.Equal("DE", Gazetteer.Resolve("Berlin")?.Country);
        Assert.Equal("RU", Gazetteer.Resolve("Berlin", new PlaceContext(["RU", "UA"]))?.Country);
    }

    [Theory]
    [InlineData("Kyiv")]
    [InlineData("Kiev")]
    [InlineData("Kyïv")]
    public void KievIsAnAliasOfKyivTheCapitalOfUkraine(string name)
    {
        var place = Gazetteer.Resolve(name);
        Assert.NotNull(place);
        Assert.Equal(("Kyiv", "UA", true), (place.Name, place.Country, place.IsCapital));
    }

    [Theory]
    [InlineData("Zaporozhye", "Zaporizhzhia")]
    [InlineData("Nikolayev", "Mykolaiv")]
    [InlineData("Kharkov", "Kharkiv")]
    [InlineData("Odessa", "Odesa")]
    [InlineData("Lugansk", "Luhansk")]
    [InlineData("Dnipropetrovsk", "Dnipro")]
    [InlineData("Kupyansk", "Kupiansk")]
    [InlineData("Kup’yans’k", "Kupiansk")]
    public void UkrainianCitiesAreFoundByTheirRussianStyleSpellings(string variant, string name) =>
        Assert.Equal((name, "UA"), (Gazetteer.Resolve(variant)?.Name, Gazetteer.Resolve(variant)?.Country));

    [Fact]
    public void APlacesOwnNameOutranksASimilarlySizedPlaceWithThatNameAsAnAlternate()
    {
        Assert.Contains(Gazetteer.FindPlaces("Novoivanovka"), p => p.Name == "Ivanovka");
        Assert.Equal("Novoivanovka", Gazetteer.Resolve("Novoivanovka", new PlaceContext(["UA"], "Crimea"))?.Name);
    }

    [Theory]
    [InlineData("Ramenskoye")]
    [InlineData("Kolomna")]
    [InlineData("Domodedovo")]
    public void TownsNearMoscowLieInMoscowOblast(string name) =>
        Assert.Equal("Moscow Oblast", Gazetteer.Resolve(name, new PlaceContext(["RU"]))?.RegionName);

    [Fact]
    public void TheOnlyStanovoyeInCities500LiesInLipetskOblast()
    {
        // GeoNames lists no Stanovoye of 500+ people in Moscow Oblast; a region hint cannot conjure one.
        var place = Assert.Single(Gazetteer.FindPlaces("Stanovoye"));
        Assert.Equal(("RU", "Lipetsk Oblast"), (place.Country, place.RegionName));
        Assert.Same(place, Gazetteer.Resolve("Stanovoye", new PlaceContext(["RU"], "Moscow Oblast")));
    }

    [Fact]
    public void EveryPlaceInUkraineAndRussiaHasARegion() =>
        Assert.All(Gazetteer.Places.Where(p => p.Country is "UA" or "RU"), p => Assert.NotNull(p.Region));

    [Fact]
    public void CapitalsAndFirstLevelSeatsOfEveryCountryAreKept()
    {
        Assert.Equal("PPLC", Gazetteer.Resolve("Pyongyang")?.FeatureCode);
        Assert.Equal("PPLC", Gazetteer.Resolve("Canberra")?.FeatureCode);
        Assert.Equal("FI", Gazetteer.Resolve("Helsinki")?.Country);
        Assert.Equal("Primorsky Krai", Gazetteer.Resolve("Vladivostok")?.RegionName);
    }

    [Fact]
    public void AGazetteerCanBeReadFromPlainTsvStreams()
    {
        using var regions = Tsv(
            "country\tadmin1\tname\tstems\tvariants",
            "UA\t05\tDonetsk Oblast\tDonetsk\tDonetsk region",
            "UA\t14\tLuhansk Oblast\tLuhansk|Lugansk\tLuhansk region|Lugansk region");
        using var places = Tsv(
            "id\tname\tascii\talternates\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation",
            "1\tPokrovsk\t\tKrasnoarmiisk\t48.2820\t37.1758\tUA\t05\tPPLA2\t60127",
            "2\tPokrovsk\t\t\t61.4777\t129.1370\tRU\t63\tPPL\t9763");
        using var areas = Tsv("name\tvariants\tmembers\tnote", "Donbas\tDonbass\tUA-05|UA-14\t");

        var gazetteer = new Gazetteer(places, regions, areas);

        Assert.Equal(1, gazetteer.Resolve("Krasnoarmiisk")?.Id);
        Assert.Equal("Donetsk Oblast", gazetteer.GetPlace(1)?.RegionName);
        Assert.Null(gazetteer.GetPlace(2)?.Region);
        Assert.Equal("Luhansk Oblast", Assert.Single(gazetteer.FindRegions("Lugansk region")).Name);
        Assert.Equal(2, gazetteer.FindArea("Donbass")?.Regions.Count);
    }

    private static MemoryStream Tsv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
}
