using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Parsing;

public sealed class HeaderReaderTests
{
    private static ArticleContext Read(params string[] lines) =>
        Parse.Stages(Parse.Lines(lines), new ChromeStripper(), new HeaderReader());

    [Fact]
    public void TheTitleIsTheFirstHeadlinePastTheChrome()
    {
        var article = Read(
            "Skip to content",
            "Home",
            "Updated",
            "Chile wildfires: death toll rises to 112 as Viña del Mar counts losses",
            "Firefighters were still battling blazes in the hills above Viña del Mar on Sunday.");

        Assert.Equal("Chile wildfires: death toll rises to 112 as Viña del Mar counts losses", article.Title);
        Assert.Equal(LineRole.Title, Parse.RoleOf(article, article.Title!));
    }

    [Fact]
    public void ASiteNameAboveTheHeadlineIsChrome()
    {
        var article = Read("PacificWire", "Chile wildfires: death toll rises to 112", "Firefighters were still battling blazes on Sunday.");

        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, "PacificWire"));
        Assert.Equal("Chile wildfires: death toll rises to 112", article.Title);
    }

    [Fact]
    public void ADatePrefixBeforeTheTitleIsNotPartOfIt()
    {
        const string line = " date 2024-02-04 Chile wildfires: Boric declares two days of national mourning";
        var article = Read(line, "President Gabriel Boric said the toll was likely to rise.");

        Assert.Equal("Chile wildfires: Boric declares two days of national mourning", article.Title);
        Assert.Equal(LineRole.Title, article.Lines[0].Role);
        Assert.Contains("date 2024-02-04", article.ChromeFragments);
    }

    [Fact]
    public void AHeadlineRightUnderTheTitleIsItsSubtitle()
    {
        const string subtitle = "Rescuers search burnt-out neighbourhoods as more than 1,600 homes are destroyed";
        var article = Read(
            "Chile wildfires: death toll rises to 112",
            subtitle,
            "The fires broke out on Friday in the hills around Viña del Mar.");

        Assert.Equal(LineRole.Standfirst, Parse.RoleOf(article, subtitle));
    }

    [Fact]
    public void AHeadlineWithNoTextUnderItIsNotASubtitle()
    {
        const string second = "Rescuers search burnt-out neighbourhoods for survivors";
        var article = Read("Chile wildfires: death toll rises to 112", second);

        Assert.Equal(LineRole.Unclassified, Parse.RoleOf(article, second));
    }

    [Fact]
    public void AnArticleThatOpensWithTextHasNoTitleLine()
    {
        var article = Read(
            "Firefighters were still battling blazes in the hills above Viña del Mar on Sunday.",
            "The government declared a state of emergency in the Valparaíso region.");

        Assert.Null(article.Title);
        Assert.DoesNotContain(article.Lines, l => l.Role == LineRole.Title);
    }

    [Fact]
    public void ADeclaredTitleWinsAndMarksTheLineThatRepeatsIt()
    {
        var text = Parse.Lines("Chile  wildfires: death toll rises to 112", "The fires broke out on Friday.");
        var document = Parse.Document(text) with { Declared = new("Chile wildfires: death toll rises to 112") };
        var article = new IngestionPipeline([new ChromeStripper(), new HeaderReader()]).Run(document);

        Assert.Equal("Chile wildfires: death toll rises to 112", article.Title);
        Assert.Equal(LineRole.Title, article.Lines[0].Role);
    }
}
