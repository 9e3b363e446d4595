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

    private const string Lead = "The grain port at Vorinsk reopened on Monday after a drone strike damaged two berths last week, port officials said.";

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Skip to contentVorinsk mayor resigns over budget row")]
    [InlineData("Read moreVorinsk mayor resigns over budget row")]
    [InlineData("Read also: Vorinsk mayor resigns over budget row")]
    [InlineData("RelatedVorinsk mayor resigns over budget row")]
    [InlineData("Related stories: Vorinsk mayor resigns over budget row")]
    [InlineData("Download the Clarion app for breaking news alerts")]
    [InlineData("Subscribe now for unlimited access to every story")]
    [InlineData("Vorinsk mayor resigns over budget row Read more")]
    public void NavigationTeaserAndPromotionLinesAreNeverTitles(string line)
    {
        var article = Read(line, "Vorinsk grain port reopens after drone strike", Lead);

        Assert.Equal("Vorinsk grain port reopens after drone strike", article.Title);
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, line));
    }

    [Fact]
    public void ATeaserAloneIsNoTitle()
    {
        var article = Read("Read moreVorinsk mayor resigns over budget row", Lead);

        Assert.Null(article.Title);
    }

    [Fact]
    public void HeadlineEndingInAColonIsStillATitle()
    {
        var article = Read("Vorinsk grain port reopens after the strike:", Lead);

        Assert.Equal("Vorinsk grain port reopens after the strike:", article.Title);
    }

    [Fact]
    public void AHeadlineEndingInAFullStopAboveADatelineIsStillATitle()
    {
        var article = Read("Vorinsk grain port reopens after strike.", "LVIV, March 3 (Reuters) - " + Lead);

        Assert.Equal("Vorinsk grain port reopens after strike.", article.Title);
    }

    [Fact]
    public void AShortSentenceWithNothingToMarkItAsAHeadlineIsNoTitle()
    {
        var article = Read("Vorinsk residents queued for water again.", Lead);

        Assert.Null(article.Title);
    }

    [Fact]
    public void APhotoCaptionAboveItsCreditIsNotTheTitle()
    {
        var article = Read("Vorinsk residents queue for water on Sunday", "Photo: Jane Doe/Clarion", "Vorinsk grain port reopens after drone strike", Lead);

        Assert.Equal("Vorinsk grain port reopens after drone strike", article.Title);
    }

    [Fact]
    public void TheLineAboveTheBylineBeatsAnEarlierTeaser()
    {
        var article = Read("Vorinsk mayor resigns over budget row", "Grain port reopens at Vorinsk after strike", "By Anna Berg", Lead);

        Assert.Equal("Grain port reopens at Vorinsk after strike", article.Title);
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, "Vorinsk mayor resigns over budget row"));
    }

    [Fact]
    public void ALineThePageRepeatsBeatsAnEarlierTeaser()
    {
        var article = Read(
            "Vorinsk mayor resigns over budget row",
            "Grain port reopens at Vorinsk after strike",
            Lead,
            "Shipping firms said they would resume calls within days.",
            "Grain port reopens at Vorinsk after strike");

        Assert.Equal("Grain port reopens at Vorinsk after strike", article.Title);
    }

    [Fact]
    public void TheLineBelowTheDateBeatsASectionHeadlineUnderALabel()
    {
        var article = Read(
            "Monday, 3 March 2025 10:15",
            "What to know on day 40 of the Vorinsk blockade",
            "EASTERN FRONT",
            "Grain port reopens at Vorinsk after strike",
            Lead);

        Assert.Equal("What to know on day 40 of the Vorinsk blockade", article.Title);
    }

    [Fact]
    public void AMastheadWithItsEditionIsNotTheTitle()
    {
        var article = Read("The Clarion - EU", "Vorinsk grain port reopens after drone strike", Lead);

        Assert.Equal("Vorinsk grain port reopens after drone strike", article.Title);
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, "The Clarion - EU"));
    }

    [Fact]
    public void ALineOfManyClausesIsNoTitle()
    {
        var article = Read("Officials said, on Sunday, after long talks, that the Vorinsk port would reopen", Lead);

        Assert.Null(article.Title);
    }

    [Fact]
    public void ALabelAndItsValueIsNotTheTitle()
    {
        var article = Read("Filed under: Europe news", "Vorinsk grain port reopens after drone strike", Lead);

        Assert.Equal("Vorinsk grain port reopens after drone strike", article.Title);
    }

    [Fact]
    public void AMastheadAboveTextWithNoHeadlineIsStillChrome()
    {
        var article = Read("The Clarion - EU", Lead);

        Assert.Null(article.Title);
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, "The Clarion - EU"));
    }
}
