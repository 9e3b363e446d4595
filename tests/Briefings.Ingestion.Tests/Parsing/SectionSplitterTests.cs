namespace Briefings.Ingestion.Tests.Parsing;

public sealed class SectionSplitterTests
{
    [Fact]
    public void ALiveBlogsSentenceCaseHeadlinesOverTextAreItsSections()
    {
        var article = Parse.Article(Parse.Lines(
            "Taiwan election live: Lai Ching-te wins presidency",
            "Voters turned out in large numbers across the island on Saturday.",
            "Lai claims victory in Tainan speech",
            "Lai told supporters in Tainan that Taiwan had “written a new chapter”.",
            "He thanked his rivals for a hard-fought campaign.",
            "Beijing says the result will not change the trend of reunification",
            "China’s Taiwan Affairs Office said the vote did not represent mainstream opinion."));

        Assert.Equal(["Lai claims victory in Tainan speech", "Beijing says the result will not change the trend of reunification"],
            article.Sections.Select(s => s.Heading));
        Assert.Equal([null, 0, 0, 1], article.Paragraphs.Select(p => p.Section));
        Assert.Equal(1, article.Sections[0].FirstParagraph);
        Assert.Equal(3, article.Sections[1].FirstParagraph);
    }

    [Fact]
    public void HeadingsInCapitalsAreSections()
    {
        var article = Parse.Article(Parse.Lines(
            "Taiwan votes for a new president amid pressure from Beijing",
            "Polls closed at 4pm local time on Saturday.",
            "TURNOUT EXPECTED TO TOP 70 PERCENT",
            "Officials said queues formed early at polling stations in Taipei.",
            "CHINA WARNS OF CONSEQUENCES",
            "Beijing repeated that it would never renounce the use of force."));

        Assert.Equal(["TURNOUT EXPECTED TO TOP 70 PERCENT", "CHINA WARNS OF CONSEQUENCES"], article.Sections.Select(s => s.Heading));
        Assert.All(article.Sections, s => Assert.Null(s.Perspective));
    }

    [Fact]
    public void APerspectiveLabelIsKeptOnTheSectionsUnderIt()
    {
        var article = Parse.Article(Parse.Lines(
            "What to know after the Taiwan election",
            "TAIWANESE PERSPECTIVE",
            "Lai vows to keep the status quo across the strait",
            "The president-elect said he would keep talking to Beijing.",
            "MAINLAND PERSPECTIVE",
            "Beijing says the island’s vote changes nothing",
            "A spokesperson said Taiwan was part of China."));

        Assert.Equal(
            [("Lai vows to keep the status quo across the strait", "TAIWANESE PERSPECTIVE"), ("Beijing says the island’s vote changes nothing", "MAINLAND PERSPECTIVE")],
            article.Sections.Select(s => (s.Heading, s.Perspective)));
        Assert.Equal(LineRole.Perspective, Parse.RoleOf(article, "MAINLAND PERSPECTIVE"));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("PERSPECTIVE", StringComparison.Ordinal));
    }

    [Fact]
    public void ATeaserHeadlineAboveTheFirstHeadingInCapitalsIsChrome()
    {
        const string teaser = "'Beijing will test the new president early' as drills loom: Analyst";
        var article = Parse.Article(Parse.Lines(
            "Taiwan votes for a new president amid pressure from Beijing",
            "Polls closed at 4pm local time on Saturday.",
            teaser,
            "Counting began immediately in more than 17,000 polling stations.",
            "TURNOUT EXPECTED TO TOP 70 PERCENT",
            "Officials said queues formed early at polling stations in Taipei.",
            "CHINA WARNS OF CONSEQUENCES",
            "Beijing repeated that it would never renounce the use of force."));

        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, teaser));
        Assert.Contains(teaser, article.ChromeLines);
        Assert.DoesNotContain(teaser, Parse.Texts(article));
        Assert.Equal(2, article.Sections.Count);
    }

    [Fact]
    public void AHeadlineShapedLineBelowTheFirstHeadingInCapitalsStaysInTheBody()
    {
        const string inner = "Queues stretched around the block in Kaohsiung";
        var article = Parse.Article(Parse.Lines(
            "Taiwan votes for a new president amid pressure from Beijing",
            "Polls closed at 4pm local time on Saturday.",
            "TURNOUT EXPECTED TO TOP 70 PERCENT",
            "Officials said queues formed early at polling stations in Taipei.",
            inner,
            "Some voters waited two hours to cast their ballots.",
            "CHINA WARNS OF CONSEQUENCES",
            "Beijing repeated that it would never renounce the use of force."));

        Assert.Contains(inner, Parse.Texts(article));
        Assert.Equal(["TURNOUT EXPECTED TO TOP 70 PERCENT", "CHINA WARNS OF CONSEQUENCES"], article.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void AnUntitledLiveBlogTakesItsFirstPostsHeadline()
    {
        var article = Parse.Article(Parse.Lines(
            "Voters turned out in large numbers across Taiwan on Saturday.",
            "Lai claims victory in Tainan speech",
            "Lai told supporters in Tainan that Taiwan had “written a new chapter”.",
            "Beijing says the result will not change the trend of reunification",
            "China’s Taiwan Affairs Office said the vote did not represent mainstream opinion."));

        Assert.Equal("Lai claims victory in Tainan speech", article.Title);
        Assert.Equal("Lai claims victory in Tainan speech", article.Sections[0].Heading);
    }

    [Fact]
    public void AHeadlineThatNoTextFollowsIsNotASection()
    {
        var article = Parse.Article(Parse.Lines(
            "Taiwan votes for a new president amid pressure from Beijing",
            "Polls closed at 4pm local time on Saturday.",
            "Counting continues into the night in Taipei"));

        Assert.Empty(article.Sections);
    }
}
