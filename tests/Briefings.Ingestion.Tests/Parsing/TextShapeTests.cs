using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Parsing;

public sealed class TextShapeTests
{
    [Theory]
    [InlineData("Polls closed at 8pm.", true)]
    [InlineData("“We will not back down,” she said.”", true)]
    [InlineData("Who pays for the damage?", true)]
    [InlineData("The minister listed three demands:", true)]
    [InlineData("And then the rain came…", true)]
    [InlineData("Slovakia’s president signs media law", false)]
    [InlineData("", false)]
    public void ASentenceEndsAsProseDoes(string line, bool expected) =>
        Assert.Equal(expected, TextShape.IsSentenceLike(line));

    [Theory]
    [InlineData("Slovakia’s president signs media law despite protests", true)]
    [InlineData("€2bn loan approved for Slovak rail upgrade", true)]
    [InlineData("‘We will not be silenced’: journalists march in Bratislava", true)]
    [InlineData("Protesters marched through Bratislava on Friday.", false)]
    [InlineData("SLOVAK MEDIA LAW PASSES", false)]
    [InlineData("lower-case start is not a headline", false)]
    [InlineData("Too short", false)]
    public void AHeadlineIsAFewWordsWithoutClosingPunctuation(string line, bool expected) =>
        Assert.Equal(expected, TextShape.IsHeadlineLike(line));

    [Theory]
    [InlineData("SLOVAK MEDIA LAW PASSES", true)]
    [InlineData("50K PROTESTERS IN BRATISLAVA", true)]
    [InlineData("NEWS", false)]
    [InlineData("EU", false)]
    [InlineData("Slovak MEDIA LAW", false)]
    public void AHeadingInCapitalsHasTwoWordsAndNoLowerCase(string line, bool expected) =>
        Assert.Equal(expected, TextShape.IsAllCaps(line));

    [Theory]
    [InlineData("Fico’s coalition won 79 of 150 seats", 8)]
    [InlineData("  — ", 0)]
    [InlineData("co-operation", 2)]
    public void WordsAreRunsOfLettersOrDigits(string text, int count) =>
        Assert.Equal(count, TextShape.WordCount(text));

    [Theory]
    [InlineData("Bratislava, Košice and Žilina", true)]
    [InlineData("Thành phố Hồ Chí Minh", true)]
    [InlineData("Поделиться", false)]
    [InlineData("مشاركة", false)]
    [InlineData("12:00", true)]
    public void LatinScriptIncludesAccentedAndVietnameseLetters(string text, bool expected) =>
        Assert.Equal(expected, TextShape.IsMostlyLatin(text));

    [Theory]
    [InlineData("The bridge reopens", 3)]
    [InlineData("沃林斯克市议会周二投票", 6)]
    [InlineData("橋は秋に再開する", 4)]
    [InlineData("Kindle 设置", 2)]
    public void WordsOfScriptsWithoutSpacesAreCountedByCharacters(string text, int words) =>
        Assert.Equal(words, TextShape.WordCountAnyScript(text));
}
