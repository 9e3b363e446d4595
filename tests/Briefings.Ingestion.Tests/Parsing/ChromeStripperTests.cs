using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Parsing;

public sealed class ChromeStripperTests
{
    private const string Sentence = "Flooding along the Danube forced the evacuation of 3,000 residents near Galati on Thursday.";

    private static ArticleContext Strip(params string[] lines) =>
        Parse.Stages(Parse.Lines(lines), new ChromeStripper());

    [Theory]
    [InlineData("Updated")]
    [InlineData("Home")]
    [InlineData("Share this article")]
    [InlineData("Share on Facebook")]
    [InlineData("12 comments")]
    [InlineData("Add your comment to this story")]
    [InlineData("Join the conversation, you are commenting as Logout")]
    [InlineData("Read related topics:Floods")]
    [InlineData("Sign up to our morning briefing")]
    [InlineData("Skip to main content")]
    [InlineData("Advertisement")]
    [InlineData("View Comments")]
    [InlineData("Show all 40 comments")]
    [InlineData("Updated 11:21 pm EST, Tuesday, November 19, 2019")]
    [InlineData("Updated at 1:23 p.m.")]
    public void NavigationAndPromptLinesAreChrome(string line)
    {
        var article = Strip(line, Sentence);

        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, line));
        Assert.Equal(LineRole.Unclassified, Parse.RoleOf(article, Sentence));
    }

    [Theory]
    [InlineData("Rate this article")]
    [InlineData("(0 votes)")]
    [InlineData("(17 votes)")]
    public void RatingWidgetsAreChrome(string line) =>
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(Strip(Sentence, line), line));

    [Theory]
    [InlineData("news-picture")]
    [InlineData("world-europe-68734112")]
    public void SlugLinesAreChrome(string line) =>
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(Strip(line, Sentence), line));

    [Theory]
    [InlineData("• 00:00")]
    [InlineData("• 3")]
    [InlineData("▪ 45%")]
    [InlineData("12")]
    public void BulletWidgetLinesAreChrome(string line) =>
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(Strip(line, Sentence), line));

    [Theory]
    [InlineData("Share:")]
    [InlineData("Related tags:")]
    [InlineData("Поделиться:")]
    [InlineData("مشاركة :")]
    [InlineData("分享:")]
    public void ShortLabelsEndingInAColonAreChromeInAnyScript(string line) =>
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(Strip(Sentence, line), line));

    [Fact]
    public void ASentenceEndingInAColonIsNotALabel()
    {
        const string lead = "The mayor of Galati told reporters on Friday evening what the city needs most:";
        var article = Strip(lead, "“Sandbags, pumps and volunteers,” she said.");

        Assert.Equal(LineRole.Unclassified, Parse.RoleOf(article, lead));
    }

    [Fact]
    public void AShortLineInAnotherScriptInsideALatinArticleIsChrome() =>
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(Strip(Sentence, "Поделиться в Telegram"), "Поделиться в Telegram"));

    [Theory]
    [InlineData("DANUBE DESK TEAM: Ana Pop: Editor; Mihai Ionescu: Reporter")]
    [InlineData("Contact Us: [email protected] Tel/WhatsApp: +40 21 555 0100")]
    [InlineData("Contact: newsroom@danubedaily.ro")]
    [InlineData("Copyright © 2019 - 2024 Danube Daily. All rights reserved.")]
    [InlineData("© 2024 Danube Daily")]
    [InlineData("Danube Daily Media Group. All rights reserved.")]
    public void MastheadTeamContactAndCopyrightLinesAreChrome(string line) =>
        Assert.Equal(LineRole.Chrome, Parse.RoleOf(Strip(Sentence, line), line));

    [Theory]
    [InlineData("Thursday, 14 March 2024 09:15")]
    [InlineData("14 Mar 2024")]
    [InlineData("March 14, 2024")]
    [InlineData("• 03/14/2024")]
    [InlineData("Published: 2024-03-14T09:15Z")]
    public void ALineThatIsOnlyADateIsADateline(string line) =>
        Assert.Equal(LineRole.Dateline, Parse.RoleOf(Strip(line, Sentence), line));

    [Fact]
    public void TheOriginalUrlLineIsTakenOutAndItsAddressKept()
    {
        const string line = "Original URL: https://www.danubedaily.ro/floods/galati-evacuation";
        var article = Strip(Sentence, line);

        Assert.Equal(LineRole.SourceUrl, Parse.RoleOf(article, line));
        Assert.Equal("https://www.danubedaily.ro/floods/galati-evacuation", article.Url);
    }

    [Theory]
    [InlineData("– with AFP", new[] { "AFP" })]
    [InlineData("- with Reuters and AFP", new[] { "Reuters", "AFP" })]
    [InlineData("Reuters/RT", new[] { "Reuters", "RT" })]
    [InlineData("(AP)", new[] { "AP" })]
    [InlineData("— Additional reporting by dpa", new[] { "dpa" })]
    public void CreditLinesNameTheWireAgencies(string line, string[] wire)
    {
        var article = Strip(Sentence, line);

        Assert.Equal(LineRole.Credit, Parse.RoleOf(article, line));
        Assert.Equal(wire, article.Wire);
    }

    [Fact]
    public void AReportersCreditIsChromeButNotAWireCredit()
    {
        var article = Strip(Sentence, "– with Elena Marin");

        Assert.Equal(LineRole.Credit, Parse.RoleOf(article, "– with Elena Marin"));
        Assert.Empty(article.Wire);
    }

    [Theory]
    [InlineData("A spokesman for the regional council told Reuters that the dykes had held overnight.")]
    [InlineData("Two villages near Tulcea were still cut off, TASS reported.")]
    [InlineData("The agency said the river would crest on Sunday, AFP reported citing officials.")]
    public void AnAgencyQuotedOrCitedInTheTextIsNotAWireCredit(string line)
    {
        var article = Strip(Sentence, line);

        Assert.Equal(LineRole.Unclassified, Parse.RoleOf(article, line));
        Assert.Empty(article.Wire);
    }

    [Theory]
    [InlineData("Rescuers carry a resident out of a flooded house in Galati. Picture: Daniel Mihailescu/AFP")]
    [InlineData("Soldiers fill sandbags on the embankment. Photo: Vadim Ghirda")]
    [InlineData("A man wades through water in Braila, Romania, on Thursday. (AP Photo/Andreea Alexandru)")]
    public void PictureCaptionsAreKeptAndMarkedAsCaptions(string caption)
    {
        var article = Parse.Article(Parse.Lines(Sentence, caption, "The river is expected to crest on Sunday, officials said."));

        Assert.Equal(LineRole.Caption, Parse.RoleOf(article, caption));
        var paragraph = Assert.Single(article.Paragraphs, p => p.Text == caption);
        Assert.Equal(ParagraphKind.Caption, paragraph.Kind);
        Assert.Empty(article.Wire);
    }

    [Fact]
    public void ARepeatedCaptionIsKeptOnce()
    {
        const string caption = "Volunteers at a shelter in Galati. Picture: Daniel Mihailescu/AFP";
        var article = Parse.Article(Parse.Lines(Sentence, caption, caption, "Schools in the county will stay closed until Monday."));

        Assert.Single(article.Paragraphs, p => p.Text == caption);
        Assert.Equal([LineRole.Caption, LineRole.CaptionRepeat], article.Lines.Where(l => l.Trimmed == caption).Select(l => l.Role));
        Assert.Contains(caption, article.ChromeLines);
    }

    [Fact]
    public void ATrailingFollowUpdatesIsCutFromTheLineAndKeptAsChrome()
    {
        var article = Parse.Article(Parse.Lines(
            "Romania declares emergency as Danube floods spread",
            "Thousands evacuated from riverside towns as rain continues. Follow updates.",
            Sentence));

        Assert.Equal("Thousands evacuated from riverside towns as rain continues.", article.Paragraphs[0].Text);
        Assert.Contains("Follow updates.", article.ChromeFragments);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Follow updates", StringComparison.Ordinal));
    }

    [Fact]
    public void ALineThatIsOnlyACallToActionIsChromeNotAFragment()
    {
        var article = Strip(Sentence, "Follow updates");

        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, "Follow updates"));
        Assert.Empty(article.ChromeFragments);
    }

    [Fact]
    public void ASignOffIsCutFromTheLastParagraph()
    {
        var article = Parse.Article(Parse.Lines(Sentence, "The county prefect said damage would be assessed once the water receded. DM"));

        Assert.Equal("DM", article.SignOff);
        Assert.Equal("The county prefect said damage would be assessed once the water receded.", article.Paragraphs[^1].Text);
        Assert.Contains("DM", article.ChromeFragments);
    }

    [Fact]
    public void AnAgencySignOffIsAWireCredit()
    {
        var article = Parse.Article(Parse.Lines(Sentence, "Officials expect the river to fall by midweek. AFP"));

        Assert.Equal(["AFP"], article.Wire);
        Assert.Equal("Officials expect the river to fall by midweek.", article.Paragraphs[^1].Text);
    }

    [Fact]
    public void CapitalsInsideTheLastSentenceAreNotASignOff()
    {
        const string last = "The aid was approved by the EU on Friday.";
        var article = Parse.Article(Parse.Lines(Sentence, last));

        Assert.Null(article.SignOff);
        Assert.Equal(last, article.Paragraphs[^1].Text);
    }

    [Fact]
    public void ChromeLinesListWholeLinesAsTheyStoodAndThenFragments()
    {
        var article = Parse.Article(Parse.Lines("Updated", Sentence, "Officials said more rain was due. Follow updates.", "– with AFP"));

        Assert.Equal(["Updated", "– with AFP", "Follow updates."], article.ChromeLines);
    }

    [Theory]
    [InlineData("沃林斯克市议会周二投票。")]
    [InlineData("Совет проголосовал.")]
    [InlineData("وافق المجلس على الخطة.")]
    public void AShortLineInTheArticlesOwnScriptIsKept(string line)
    {
        var article = Strip(line, line + " " + line + " " + line);

        Assert.Equal(LineRole.Unclassified, Parse.RoleOf(article, line));
    }

    [Fact]
    public void AShortLineInAnotherScriptInsideALatinArticleIsStillChrome()
    {
        var article = Strip(Sentence, "مشاركة", Sentence + " Again.");

        Assert.Equal(LineRole.Chrome, Parse.RoleOf(article, "مشاركة"));
    }

    [Fact]
    public void AnUpdateSentenceIsNotATimeStamp()
    {
        const string line = "Updated figures released at 10:30 showed 40 people were hurt, officials said.";

        Assert.Equal(LineRole.Unclassified, Parse.RoleOf(Strip(line), line));
    }
}
