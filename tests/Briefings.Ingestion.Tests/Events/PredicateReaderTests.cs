using Briefings.Ingestion.Events;

namespace Briefings.Ingestion.Tests.Events;

/// <summary>Which triggers are predicates of a happening, on invented sentences.</summary>
public sealed class PredicateReaderTests
{
    [Theory]
    [InlineData("The general has not said how he intends to strike the rebels' bridge.")]
    [InlineData("There was no immediate information about injuries in Vorinsk.")]
    [InlineData("Officials said there were no preparations for talks between the two envoys.", "statement")]
    public void ANegatedPredicateIsNoHappening(string sentence, string? sayingKind = null) =>
        Assert.Equal(sayingKind, TriggerLexicon.Main(sentence)?.Kind);

    [Theory]
    [InlineData("The army plans to attack the port of Vorinsk next week.")]
    [InlineData("The rebels would capture the town within days.")]
    [InlineData("If the militia attacks, the valley will flood.")]
    [InlineData("However, if the senator wins, the coalition could collapse.")]
    [InlineData("The two leaders are expected to sign the accord.")]
    [InlineData("The alliance could deploy more troops to the frontier.")]
    [InlineData("These forces will go to the border region and fight there.")]
    public void AnIntendedOrHypotheticalPredicateIsNoHappening(string sentence) =>
        Assert.Null(TriggerLexicon.Main(sentence));

    [Fact]
    public void ATreatysTermsAreNoAttack() =>
        Assert.Null(TriggerLexicon.Main("The pact obliges each side to give help in the case of an attack on the other."));

    [Theory]
    [InlineData("The envoys held talks in Vorinsk for six hours.", EventKinds.Meeting)]
    [InlineData("Air and missile strikes were also carried out against depots near Kellsburg.", EventKinds.Attack)]
    [InlineData("The victory of the coalition has the potential to upend the talks.", null)]
    public void AnEventNounNeedsALightVerbThatMakesItHappen(string sentence, string? kind) =>
        Assert.Equal(kind, TriggerLexicon.Main(sentence)?.Kind);

    [Fact]
    public void AnEventNounInACaptionStandsForItsHappening()
    {
        const string caption = "A rescuer at the site of a night strike in Vorinsk.";
        Assert.Equal(EventKinds.Attack, TriggerLexicon.Main(PredicateReader.Predicates(caption, TriggerLexicon.FindAll(caption), fragment: true))?.Kind);
    }

    [Theory]
    [InlineData("The port has become a frequent target of raids since the army launched its offensive.")]
    [InlineData("The governor, who resigned last year, opened a bakery.")]
    [InlineData("Troops fighting near the river rotate every ten days.")]
    [InlineData("The city is regularly shelled by artillery.")]
    public void BackgroundClausesAndHabitsAreNoHappening(string sentence) =>
        Assert.Null(TriggerLexicon.Main(sentence));

    [Theory]
    [InlineData("Ostland will give Varania another 50 tanks.", EventKinds.Aid)]
    [InlineData("Ostland condemned the shelling and demanded that Varania withdraw its troops.", EventKinds.Accusation)]
    [InlineData("The ministry denied that its jets had struck the depot.", EventKinds.Denial)]
    [InlineData("The air force said the enemy had launched forty drones overnight.", EventKinds.Attack)]
    public void TheKindComesFromThePredicate(string sentence, string kind) =>
        Assert.Equal(kind, TriggerLexicon.Main(sentence)?.Kind);

    [Theory]
    [InlineData("The minister has said the plan is sound.", true)]
    [InlineData("Varania says the port is key to its fleet.", true)]
    [InlineData("The minister said on Monday the plan is sound.", false)]
    public void APlainStatementInThePresentOrPerfectIsAStandingPosition(string sentence, bool standing)
    {
        var main = TriggerLexicon.Main(sentence)!;
        Assert.Equal(standing, PredicateReader.IsStandingStatement(sentence, main));
    }

    [Theory]
    [InlineData("A spokesman declined to comment on the report.", true)]
    [InlineData("“We do not comment on private calls,” the aide said.", true)]
    [InlineData("The spokesman commented on the talks at length.", false)]
    public void ARefusalToCommentIsRecognised(string sentence, bool refusal) =>
        Assert.Equal(refusal, PredicateReader.IsNoComment(sentence));
}
