using Briefings.Ingestion.Entities;

namespace Briefings.Ingestion.Tests.Entities;

public class GazetteerNameTests
{
    [Theory]
    [InlineData("Kyiv", "KYIV")]
    [InlineData("Kup’yans’k", "Kup'yans'k")]
    [InlineData("Kup”yans’k", "Kupyansk")]
    [InlineData("Ivano-Frankivsk", "Ivano Frankivsk")]
    [InlineData("Ivano–Frankivsk", "ivano  frankivsk")]
    [InlineData("Zaporižžja", "Zaporizzja")]
    [InlineData("Orël", "Orel")]
    [InlineData("Kraków", "Krakow")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("U.S.", "US")]
    [InlineData("Chișinău", "Chisinau")]
    [InlineData("Democratic People’s Republic of Korea", "Democratic People's Republic of Korea")]
    public void NamesThatDifferOnlyInCaseDiacriticsApostrophesOrHyphensShareAKey(string a, string b) =>
        Assert.Equal(GazetteerName.Normalize(a), GazetteerName.Normalize(b));

    [Fact]
    public void AKeyIsLowerCaseWithSingleSpacesAndNoEdgeSpaces() =>
        Assert.Equal("nikolaevo daryino", GazetteerName.Normalize("  Nikolaevo-Daryino, "));

    [Fact]
    public void DifferentNamesKeepDifferentKeys() =>
        Assert.NotEqual(GazetteerName.Normalize("Kursk"), GazetteerName.Normalize("Kurska"));
}
