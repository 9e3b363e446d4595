using Briefings.Ingestion.Claims;

namespace Briefings.Ingestion.Tests.Claims;

public class StanceAndHedgeTests
{
    [Theory]
    [InlineData("The ministry denied that its jets had crossed the border.", Stance.Deny)]
    [InlineData("Warsaw rejected the accusation as baseless.", Stance.Deny)]
    [InlineData("The spokesman dismissed the report.", Stance.Deny)]
    [InlineData("“It is a complete fabrication,” the spokesman said.", Stance.Deny)]
    [InlineData("The embassy said the claims were false.", Stance.Deny)]
    [InlineData("The general called the footage “fake”.", Stance.Deny)]
    [InlineData("“That is simply not true,” she said.", Stance.Deny)]
    [InlineData("“Our air defence shot down nine drones,” the governor said.", Stance.Assert)]
    [InlineData("The agency said the convoy used a false flag to cross.", Stance.Assert)]
    [InlineData("“They spread lies and propaganda every day on state television about our army,” he said.", Stance.Assert)]
    [InlineData("The minister said there was no agreement yet.", Stance.Assert)]
    public void ReadsTheStance(string sentence, Stance stance)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var quotes = QuoteFinder.Find(tokens, sentence.Length);
        var attribution = Assert.Single(AttributionFinder.Find(tokens, sentence.Length));

        Assert.Equal(stance, StanceDetector.Detect(attribution.Lexeme, tokens, quotes));
    }

    [Theory]
    [InlineData("The drone reportedly hit a fuel depot.", Hedge.Reported)]
    [InlineData("Two villages were taken, according to unconfirmed reports.", Hedge.Unverified)]
    [InlineData("Reuters could not independently verify the figures.", Hedge.Unverified)]
    [InlineData("The footage couldn't be verified.", Hedge.Unverified)]
    [InlineData("The group claimed responsibility for the blast.", Hedge.Claimed)]
    [InlineData("The saboteurs allegedly crossed by boat.", Hedge.Claimed)]
    [InlineData("Dozens were likely trapped under the rubble.", Hedge.Likely)]
    [InlineData("The strike was reported by local media.", Hedge.Reported)]
    [InlineData("The bridge was destroyed on Tuesday.", Hedge.None)]
    public void ReadsTheHedge(string sentence, Hedge hedge) => Assert.Equal(hedge, HedgeDetector.Detect(sentence));

    [Theory]
    [InlineData("The U.S. envoy’s plan", new[] { "The", "U.S.", "envoy’s", "plan" })]
    [InlineData("Ha-kyou said 10,000 troops, 55.3% of them", new[] { "Ha-kyou", "said", "10,000", "troops", ",", "55.3", "%", "of", "them" })]
    [InlineData("the soldiers’ families", new[] { "the", "soldiers’", "families" })]
    public void TokensKeepNamesAndNumbersWhole(string text, string[] expected) =>
        Assert.Equal(expected, Tokenizer.Tokenize(text).Select(t => t.Text));

    [Fact]
    public void AQuoteLeftOpenRunsToTheEnd()
    {
        const string text = "“We will rebuild. Every house will stand again.";

        var quote = Assert.Single(QuoteFinder.Find(Tokenizer.Tokenize(text), text.Length));

        Assert.Equal("We will rebuild. Every house will stand again.", quote.Of(text));
    }
}
