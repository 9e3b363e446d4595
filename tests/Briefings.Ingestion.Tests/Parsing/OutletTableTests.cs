using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Parsing;

public sealed class OutletTableTests
{
    private static readonly OutletTable Table = OutletTable.Default;

    [Theory]
    [InlineData("www.kyivindependent.com", "The Kyiv Independent")]
    [InlineData("KYIVINDEPENDENT.COM", "The Kyiv Independent")]
    [InlineData("edition.cnn.com", "CNN")]
    [InlineData("world.news.sky.com", "Sky News")]
    [InlineData("en.yna.co.kr", "Yonhap")]
    public void AHostOrAnyParentDomainOfItNamesTheOutlet(string host, string name) =>
        Assert.Equal(name, Table.ByHost(host)?.Name);

    [Theory]
    [InlineData("co.uk")]
    [InlineData("example.org")]
    [InlineData("localhost")]
    public void AnUnknownHostOrAPublicSuffixNamesNoOutlet(string host) =>
        Assert.Null(Table.ByHost(host));

    [Theory]
    [InlineData("Agence France-Presse", "AFP", true)]
    [InlineData("Associated Press", "AP", true)]
    [InlineData("DM", "Daily Maverick", false)]
    [InlineData(" Reuters ", "Reuters", true)]
    public void CreditsAndSignOffsNameTheOutlet(string credit, string name, bool isAgency)
    {
        var outlet = Table.ByCredit(credit);

        Assert.Equal(name, outlet?.Name);
        Assert.Equal(isAgency, outlet?.IsAgency);
    }

    [Theory]
    [InlineData("ap")]
    [InlineData("reuters")]
    [InlineData("The Guardian")]
    public void CreditsAreMatchedByTheirExactCaseAndOnlyWhereListed(string credit) =>
        Assert.Null(Table.ByCredit(credit));

    [Fact]
    public void ATableCanBeBuiltFromOutletsGiven()
    {
        var table = new OutletTable([new Outlet("Baltic Wire", true, ["balticwire.example"], ["BW"])]);

        Assert.Equal("Baltic Wire", table.ByHost("news.balticwire.example")?.Name);
        Assert.True(table.ByCredit("BW")?.IsAgency);
        Assert.Null(OutletTable.Default.ByCredit("BW"));
    }

    private static readonly OutletTable Clarion = new([
        new Outlet("The Clarion", false, ["clarion.example"], ["CLR"], "GB"),
        new Outlet("Clarion Herald", false, ["clarionherald.example", "clarion.example"], ["CLR", "Herald"]),
    ]);

    [Theory]
    [InlineData("The Clarion")]
    [InlineData("the clarion")]
    [InlineData("CLARION")]
    [InlineData("Clarion Media")]
    [InlineData("The Clarion Online")]
    [InlineData("Clarion News Ltd")]
    [InlineData("Clarion.example")]
    [InlineData("Clarion.co.uk")]
    public void ANameAsATextWritesItMatchesTheOutletLoosely(string name) =>
        Assert.Equal("The Clarion", Clarion.Match(name)?.Name);

    [Theory]
    [InlineData("clr")]
    [InlineData("Clarion Herald Tribune")]
    [InlineData("Media")]
    [InlineData("")]
    public void AShortCodeInTheWrongCaseOrAnotherNameMatchesNothingLoosely(string name) =>
        Assert.NotEqual("The Clarion", Clarion.Match(name)?.Name);

    [Fact]
    public void WhereTwoRowsShareAHostOrACreditTheFirstWins()
    {
        Assert.Equal("The Clarion", Clarion.ByHost("clarion.example")?.Name);
        Assert.Equal("The Clarion", Clarion.ByCredit("CLR")?.Name);
        Assert.Equal("Clarion Herald", Clarion.ByHost("www.clarionherald.example")?.Name);
        Assert.Equal("GB", Clarion.ByName("Clarion")?.Country);
    }

    [Theory]
    [InlineData("news.clarion.co.uk", "clarion")]
    [InlineData("www.clarion.com", "clarion")]
    [InlineData("clarion.com.au", "clarion")]
    [InlineData("about.vorinsk.org", "vorinsk")]
    [InlineData("localhost", null)]
    [InlineData("10.0.0.1", null)]
    public void AHostIsNamedByTheLabelBeforeItsPublicSuffix(string host, string? label) =>
        Assert.Equal(label, OutletTable.NameLabel(host));

    [Theory]
    [InlineData("Reuters", "Reuters")]
    [InlineData("AP", "AP")]
    [InlineData("AFP", "AFP")]
    [InlineData("dpa", "dpa")]
    [InlineData("EFE", "EFE")]
    [InlineData("ANSA", "ANSA")]
    [InlineData("Xinhua", "Xinhua")]
    [InlineData("TASS", "TASS")]
    [InlineData("RIA Novosti", "RIA Novosti")]
    [InlineData("Interfax", "Interfax")]
    [InlineData("Ukrinform", "Ukrinform")]
    [InlineData("UNIAN", "UNIAN")]
    [InlineData("BelTA", "BelTA")]
    [InlineData("Kyodo", "Kyodo")]
    [InlineData("Yonhap", "Yonhap")]
    [InlineData("PTI", "PTI")]
    [InlineData("ANI", "ANI")]
    [InlineData("Anadolu", "Anadolu")]
    [InlineData("KUNA", "KUNA")]
    [InlineData("WAFA", "WAFA")]
    [InlineData("IRNA", "IRNA")]
    [InlineData("APA", "APA")]
    [InlineData("PAP", "PAP")]
    [InlineData("CTK", "ČTK")]
    [InlineData("MTI", "MTI")]
    [InlineData("Agerpres", "Agerpres")]
    [InlineData("BTA", "BTA")]
    [InlineData("Tanjug", "Tanjug")]
    [InlineData("HINA", "HINA")]
    [InlineData("Bernama", "Bernama")]
    [InlineData("Antara", "Antara")]
    [InlineData("PNA", "PNA")]
    [InlineData("AAP", "AAP")]
    [InlineData("CP", "The Canadian Press")]
    public void TheTableKnowsTheWorldsNewsAgenciesByTheirCredits(string credit, string name)
    {
        var outlet = Table.ByCredit(credit);

        Assert.Equal(name, outlet?.Name);
        Assert.True(outlet?.IsAgency);
    }

    [Fact]
    public void EveryRowHasANameHostsWithoutWwwAndACountryCode()
    {
        Assert.True(Table.All.Count >= 300);
        foreach (var outlet in Table.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(outlet.Name));
            Assert.All(outlet.Hosts, h => Assert.Matches("^[a-z0-9-]+(\\.[a-z0-9-]+)+$", h));
            Assert.All(outlet.Hosts, h => Assert.DoesNotMatch("^www\\.", h));
            Assert.True(outlet.Country is null || outlet.Country.Length == 2, outlet.Name);
        }
    }

    [Theory]
    [InlineData("reuters", true)]
    [InlineData("the bbc", true)]
    [InlineData("ria", true)]
    [InlineData("associated press", true)]
    [InlineData("the vorinsk ministry", false)]
    public void ANameInAnyCaseIsKnownAsAnOutlet(string name, bool known) =>
        Assert.Equal(known, Table.Knows(name));
}
