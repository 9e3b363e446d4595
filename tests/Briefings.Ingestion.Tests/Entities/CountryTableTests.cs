using Briefings.Ingestion.Entities;

namespace Briefings.Ingestion.Tests.Entities;

public class CountryTableTests
{
    private static CountryTable Countries => LoadedKnowledge.Countries;

    [Theory]
    [InlineData("North Korean", "KP")]
    [InlineData("North Koreans", "KP")]
    [InlineData("Ukrainian", "UA")]
    [InlineData("Ukrainians", "UA")]
    [InlineData("Russians", "RU")]
    [InlineData("American", "US")]
    [InlineData("Germans", "DE")]
    [InlineData("British", "GB")]
    [InlineData("Moldovan", "MD")]
    [InlineData("Indian", "IN")]
    public void ADemonymNamesItsCountry(string demonym, string iso2)
    {
        Assert.Equal(iso2, Countries.Find(demonym)?.Iso2);
        Assert.True(Countries.IsDemonym(demonym));
    }

    [Theory]
    [InlineData("North Korea")]
    [InlineData("Pyongyang")]
    [InlineData("DPRK")]
    public void NamesCapitalsAndAliasesAreNotDemonyms(string name) => Assert.False(Countries.IsDemonym(name));

    [Theory]
    [InlineData("Pyongyang", "KP")]
    [InlineData("Kyiv", "UA")]
    [InlineData("Kiev", "UA")]
    [InlineData("Washington", "US")]
    [InlineData("Seoul", "KR")]
    [InlineData("Moscow", "RU")]
    [InlineData("Berlin", "DE")]
    public void ACapitalNamesItsCountryAsAMetonym(string capital, string iso2)
    {
        Assert.Equal(iso2, Countries.FindByCapital(capital)?.Iso2);
        Assert.Equal(new CountryMatch(Countries.Get(iso2)!, CountryNameKind.Capital), Countries.Match(capital));
        Assert.Null(Countries.Find(capital));
    }

    [Fact]
    public void TheCapitalOfNorthKoreaIsPyongyang()
    {
        Assert.Equal("Pyongyang", Countries.CapitalOf("KP"));
        Assert.Equal("Kyiv", Countries.CapitalOf("UA"));
    }

    [Theory]
    [InlineData("United States")]
    [InlineData("the United States")]
    [InlineData("United States of America")]
    [InlineData("US")]
    [InlineData("U.S.")]
    [InlineData("The U.S.")]
    [InlineData("USA")]
    [InlineData("America")]
    public void ShortFormsNameTheUnitedStates(string name) => Assert.Equal("United States", Countries.Find(name)?.Name);

    [Theory]
    [InlineData("us")]
    [InlineData("Us")]
    public void TheLowerCasePronounUsIsNoCountry(string text) => Assert.Null(Countries.Match(text));

    [Theory]
    [InlineData("the UK", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("DPRK", "KP")]
    [InlineData("NKorea", "KP")]
    [InlineData("Democratic People’s Republic of Korea", "KP")]
    [InlineData("the Republic of Korea", "KR")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Turkey", "TR")]
    public void AliasesAndOfficialNamesNameTheirCountry(string alias, string iso2) =>
        Assert.Equal(iso2, Countries.Find(alias)?.Iso2);

    [Fact]
    public void EveryCountryHasACommonNameAndMostHaveACapital()
    {
        Assert.True(Countries.All.Count >= 240);
        Assert.All(Countries.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
        Assert.True(Countries.All.Count(c => c.Capital is not null) > 230);
    }
}
