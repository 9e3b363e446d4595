using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Stories;

namespace Briefings.Ingestion.Tests.Stories;

public sealed class FigureFinderTests
{
    private static FigureSource Source(string file, IReadOnlyList<Claim> claims, params string[] paragraphs) =>
        new(file, paragraphs.Select((p, i) => new Paragraph(i, p, ParagraphKind.Body, null)).ToList(), claims, []);

    [Fact]
    public void DisputedValuesForTheSameThingAreGroupedWithWhoGaveThemAndWhere()
    {
        var a = Source("a.txt",
            [new Claim("Varania", "varania", "say", Stance.Assert, "Varania says 4,000 Ostlandic troops are in Kellsburg.", 0)],
            "Varania says 4,000 Ostlandic troops are in Kellsburg.");
        var b = Source("b.txt", [],
            "Observers counted more than 6,000 Ostlandic soldiers in the Kellsburg region last month.");
        var c = Source("c.txt", [],
            "The harbour was closed to shipping after the storm of 1998 and reopened in spring.");

        var figure = Assert.Single(FigureFinder.Find([a, b, c]));

        Assert.Contains("Ostlandic troops", figure.What, StringComparison.Ordinal);
        Assert.Contains("Kellsburg", figure.What, StringComparison.Ordinal);
        Assert.Contains(figure.Values, v => v is { File: "a.txt", Value: "4,000", By: "Varania", Paragraph: 0 });
        Assert.Contains(figure.Values, v => v is { File: "b.txt", Value: "more than 6,000", By: null });
    }

    [Fact]
    public void OneValueRepeatedMakesNoFigure()
    {
        var a = Source("a.txt", [], "About 300 Ostlandic troops crossed into Kellsburg on Friday.");
        var b = Source("b.txt", [], "Some 300 Ostlandic troops are now in Kellsburg.");

        // "About 300" and "Some 300" are worded differently, which a reader may want to see; one wording twice is no dispute.
        Assert.Single(FigureFinder.Find([a, b]));
        Assert.Empty(FigureFinder.Find([a, a with { File = "c.txt" }]));
    }

    [Fact]
    public void DifferentPlacesAreDifferentFigures()
    {
        var a = Source("a.txt", [], "There are 2,000 Ostlandic troops in Kellsburg and 5,000 Ostlandic troops in Port Sallow.");
        var b = Source("b.txt", [], "Officials put the number at 2,500 Ostlandic troops in Kellsburg.");

        var figure = Assert.Single(FigureFinder.Find([a, b]));

        Assert.DoesNotContain(figure.Values, v => v.Value == "5,000");
    }

    [Fact]
    public void ABareNumberCountsWhatTheSentenceCountedBefore()
    {
        var mentions = FigureFinder.Mentions(Source("a.txt", [],
            "Ostland has sent some 9,000 troops to Varania, including 3,000 to the Kellsburg region.")).ToList();

        Assert.Equal(2, mentions.Count);
        Assert.Equal("Ostland troops in Varania", mentions[0].What);
        Assert.Equal("3,000", mentions[1].Value);
        Assert.Equal("Ostland troops in the Kellsburg region", mentions[1].What);
    }

    [Fact]
    public void WordQuantitiesCount()
    {
        var mention = Assert.Single(FigureFinder.Mentions(Source("a.txt", [],
            "Ostland has sent tens of thousands of troops to Varania.")));

        Assert.Equal("tens of thousands", mention.Value);
    }

    [Fact]
    public void DifferentCountsInsideOneArticleAreNoDispute()
    {
        var a = Source("a.txt", [], "Air defences downed 34 Ostlandic drones on Monday.", "In all, 70 Ostlandic drones were downed, the ministry said.");

        Assert.Empty(FigureFinder.Find([a]));
    }

    [Fact]
    public void ABareNounIsTooVagueForADispute()
    {
        var a = Source("a.txt", [], "More than 300 troops were lost in a day, the ministry said.");
        var b = Source("b.txt", [], "A combined force of 50,000 troops is gathering.");

        Assert.Empty(FigureFinder.Find([a, b]));
    }
}
