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
}
