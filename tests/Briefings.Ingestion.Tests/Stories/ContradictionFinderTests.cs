using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Stories;

namespace Briefings.Ingestion.Tests.Stories;

public sealed class ContradictionFinderTests
{
    private static readonly ResolvedDate Monday = new(new DateOnly(2031, 3, 10), DatePrecision.Day, true, "on Monday");
    private static readonly ResolvedDate Friday = new(new DateOnly(2031, 3, 7), DatePrecision.Day, true, "on Friday");

    [Fact]
    public void ADenialIsLinkedToTheReportItDeniesFromAnotherSource()
    {
        var events = new[]
        {
            new StoryEvent("a.txt", 0, new ArticleEvent(EventKinds.Statement,
                "The Harbour Gazette reported that the admiral had secretly flown to Kellsburg for ceasefire talks on Friday.", Friday, 0)),
            new StoryEvent("a.txt", 1, new ArticleEvent(EventKinds.Attack, "Shelling damaged a school in the north of Port Sallow.", Friday, 1)),
        };
        var claims = new[]
        {
            new StoryClaim("b.txt", 0, new Claim("Ostland Defence Ministry", "ostland-defence-ministry", "deny", Stance.Deny,
                "The Ostland Defence Ministry denied that the admiral had flown to Kellsburg for ceasefire talks.", 2) { Said = Monday }),
        };

        var link = Assert.Single(ContradictionFinder.Find(events, claims));

        Assert.Equal("b.txt", link.DenialFile);
        Assert.Equal("Ostland Defence Ministry", link.Denier);
        Assert.Equal("a.txt", link.ReportFile);
        Assert.Contains("ceasefire", link.ReportText, StringComparison.Ordinal);
        Assert.Contains("cos", link.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void ADenialOfSomethingElseLinksNothing()
    {
        var events = new[]
        {
            new StoryEvent("a.txt", 0, new ArticleEvent(EventKinds.Attack, "Shelling damaged a school in the north of Port Sallow.", Friday, 1)),
        };
        var claims = new[]
        {
            new StoryClaim("b.txt", 0, new Claim("Ostland", "ostland", "deny", Stance.Deny,
                "Ostland denied that its envoy had resigned over the grain deal.", 0) { Said = Monday }),
        };

        Assert.Empty(ContradictionFinder.Find(events, claims));
    }

    [Theory]
    [InlineData("The Ostland Defence Ministry has neither confirmed nor denied that the admiral flew to Kellsburg for ceasefire talks.")]
    [InlineData("The Ostland Defence Ministry did not deny that the admiral flew to Kellsburg for ceasefire talks.")]
    [InlineData("The Ostland Defence Ministry refused to deny that the admiral flew to Kellsburg for ceasefire talks.")]
    public void WordsThatOnlyNameDenyingDenyNothing(string text)
    {
        var events = new[]
        {
            new StoryEvent("a.txt", 0, new ArticleEvent(EventKinds.Statement,
                "The Harbour Gazette reported that the admiral had secretly flown to Kellsburg for ceasefire talks on Friday.", Friday, 0)),
        };
        var claims = new[] { new StoryClaim("b.txt", 0, new Claim("Ostland Defence Ministry", null, "deny", Stance.Deny, text, 2) { Said = Monday }) };

        Assert.Empty(ContradictionFinder.Find(events, claims));
    }

    [Fact]
    public void ALinkPointsBackAtTheClaimAndTheEventOfEachSide()
    {
        var events = new[]
        {
            new StoryEvent("a.txt", 4, new ArticleEvent(EventKinds.Statement,
                "The Harbour Gazette reported that the admiral had secretly flown to Kellsburg for ceasefire talks on Friday.", Friday, 0)),
        };
        const string denial = "The Ostland Defence Ministry denied that the admiral had flown to Kellsburg for ceasefire talks.";
        var claims = new[] { new StoryClaim("b.txt", 3, new Claim("Ostland Defence Ministry", null, "deny", Stance.Deny, denial, 2) { Said = Monday }) };

        var link = Assert.Single(ContradictionFinder.Find([.. events, new StoryEvent("b.txt", 7, new ArticleEvent(EventKinds.Denial, denial, Monday, 2))], claims));

        Assert.Equal((3, 7), (link.DenialClaim, link.DenialEvent));
        Assert.Equal(((int?)null, 4), (link.ReportClaim, link.ReportEvent));
    }

    [Fact]
    public void ADenialAndAnUnrelatedQuoteAboutAnotherCityAreNoContradiction()
    {
        var events = new[]
        {
            new StoryEvent("a.txt", 0, new ArticleEvent(EventKinds.Attack,
                "“The drones struck a port warehouse and the fire is out,” said the governor of Port Sallow.", Monday, 0)
            { Places = ["port-sallow"] }),
        };
        var claims = new[]
        {
            new StoryClaim("b.txt", 0, new Claim("Ostland Defence Ministry", "ostland-defence-ministry", "deny", Stance.Deny,
                "The Ostland Defence Ministry denied that its drones struck an energy plant in Kellsburg.", 0) { Said = Monday }),
        };

        Assert.Empty(ContradictionFinder.Find(events, claims));
    }
}
