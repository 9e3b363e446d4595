using System.Text;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Parsing;

public sealed class BodyBuilderTests
{
    [Fact]
    public void ParagraphsFollowTheFileWithTheSubtitleFirst()
    {
        var article = Parse.Article(Parse.Lines(
            "Kenya’s parliament passes contested finance bill",
            "Protesters clash with police outside parliament in Nairobi",
            "Lawmakers voted 195 to 106 in favour of the bill on Tuesday.",
            "",
            "Police fired tear gas at crowds gathered near the building."));

        Assert.Equal(
            ["Protesters clash with police outside parliament in Nairobi", "Lawmakers voted 195 to 106 in favour of the bill on Tuesday.", "Police fired tear gas at crowds gathered near the building."],
            Parse.Texts(article));
        Assert.Equal([0, 1, 2], article.Paragraphs.Select(p => p.Index));
        Assert.All(article.Paragraphs, p => Assert.Equal(ParagraphKind.Body, p.Kind));
    }

    [Fact]
    public void KeptLinesBecomeBodyLines()
    {
        var article = Parse.Article(Parse.Lines("Kenya’s parliament passes contested finance bill", "Lawmakers voted on Tuesday."));

        Assert.Equal(LineRole.Body, Parse.RoleOf(article, "Lawmakers voted on Tuesday."));
    }

    [Fact]
    public void OneLongLineIsSplitIntoParagraphsAtSentenceBoundaries()
    {
        var sentences = Enumerable.Range(1, 14).Select(i =>
            $"Protest number {i} in Nairobi drew crowds of students, traders and nurses who marched from Uhuru Park towards the parliament buildings on a hot afternoon.").ToList();
        var line = string.Join(' ', sentences);
        Assert.True(line.Length > 1200);

        var paragraphs = BodyBuilder.Paragraphs(line).ToList();

        Assert.True(paragraphs.Count >= 3, $"{paragraphs.Count} paragraphs");
        Assert.Equal(line, string.Join(' ', paragraphs));
        Assert.All(paragraphs, p =>
        {
            Assert.StartsWith("Protest number", p, StringComparison.Ordinal);
            Assert.EndsWith("afternoon.", p, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ALongLineIsNeverSplitInsideAQuotation()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 6; i++)
            text.Append("The finance committee chairman defended the levies on bread, fuel and mobile money transfers as necessary for the budget. ");
        text.Append("“We cannot borrow forever. The debt is too high. Our children will pay for it. We must act now, and we must act together, or the shilling will fall again and again.” ");
        for (var i = 0; i < 6; i++)
            text.Append("Opposition members walked out of the chamber before the final vote was called by the speaker of the house. ");
        var line = text.ToString().Trim();

        var paragraphs = BodyBuilder.Paragraphs(line).ToList();

        Assert.True(paragraphs.Count >= 2);
        Assert.Equal(line, string.Join(' ', paragraphs));
        Assert.All(paragraphs, p => Assert.Equal(p.Count(c => c == '“'), p.Count(c => c == '”')));
    }

    [Fact]
    public void AShortLineIsOneParagraph()
    {
        const string line = "Lawmakers voted 195 to 106. The bill now goes to the president. He has 14 days to sign it.";

        Assert.Equal([line], BodyBuilder.Paragraphs(line));
    }

    [Fact]
    public void ParagraphsUnderAHeadingBelongToItsSection()
    {
        var article = Parse.Article(Parse.Lines(
            "Kenya protests: what we know so far",
            "Thousands marched in Nairobi on Tuesday.",
            "FINANCE BILL PASSES",
            "Lawmakers voted 195 to 106.",
            "A woman holds a placard outside parliament. Photo: Brian Otieno",
            "POLICE OPEN FIRE",
            "Witnesses said live rounds were fired near the gates."));

        Assert.Equal([null, 0, 0, 1], article.Paragraphs.Select(p => p.Section));
        Assert.Equal(ParagraphKind.Caption, article.Paragraphs[2].Kind);
    }
}
