using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Parsing;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text, bool keepQuotationsWhole = false) =>
        SentenceSplitter.Sentences(text, keepQuotationsWhole).ToList();

    [Fact]
    public void SentencesEndAtAStopBeforeACapital() =>
        Assert.Equal(["Polls opened at 7am.", "Turnout was high!", "Would it last?"], Split("Polls opened at 7am. Turnout was high! Would it last?"));

    [Fact]
    public void TitlesAndRanksAreNotSentenceEnds() =>
        Assert.Equal(
            ["Mr. Sánchez met Gen. Ruiz and Dr. Ortega in Madrid.", "They spoke for an hour."],
            Split("Mr. Sánchez met Gen. Ruiz and Dr. Ortega in Madrid. They spoke for an hour."));

    [Fact]
    public void DottedAbbreviationsAreNotSentenceEnds() =>
        Assert.Equal(
            ["The U.S. and U.K. envoys arrived at 9 a.m. Brussels time.", "Talks began at once."],
            Split("The U.S. and U.K. envoys arrived at 9 a.m. Brussels time. Talks began at once."));

    [Fact]
    public void InitialsAreNotSentenceEnds() =>
        Assert.Equal(["Analyst J. R. Molina said the vote was close."], Split("Analyst J. R. Molina said the vote was close."));

    [Fact]
    public void AnEllipsisDoesNotEndASentence()
    {
        Assert.Equal(["He paused... Then he left the podium."], Split("He paused... Then he left the podium."));
        Assert.Equal(["“We will see…” She did not finish."], Split("“We will see…” She did not finish."));
    }

    [Fact]
    public void AClosingQuoteStaysWithItsSentence() =>
        Assert.Equal(
            ["“We have won,” she said.", "“Now we govern.”", "Her rivals conceded."],
            Split("“We have won,” she said. “Now we govern.” Her rivals conceded."));

    [Fact]
    public void AQuotationIsKeptWholeWhenAsked()
    {
        const string text = "She said: “We have won. Now we govern. Tomorrow we start.” Her rivals conceded.";

        Assert.Equal(4, Split(text).Count);
        Assert.Equal(["She said: “We have won. Now we govern. Tomorrow we start.”", "Her rivals conceded."], Split(text, keepQuotationsWhole: true));
    }

    [Fact]
    public void ALowerCaseWordAfterAStopContinuesTheSentence() =>
        Assert.Equal(["The count reached 12.5 per cent. by noon, officials said."], Split("The count reached 12.5 per cent. by noon, officials said."));

    [Fact]
    public void SpansPointIntoTheTextAndSkipSpace()
    {
        const string text = "  Polls closed.   Counting began.  ";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal([new TextSpan(2, 13), new TextSpan(18, 15)], spans);
        Assert.Equal("Counting began.", spans[1].Of(text));
    }

    [Fact]
    public void TextWithoutAStopIsOneSentence() =>
        Assert.Equal(["Spain votes in snap election"], Split("Spain votes in snap election"));

    [Fact]
    public void EmptyTextHasNoSentences() => Assert.Empty(Split("   "));
}
