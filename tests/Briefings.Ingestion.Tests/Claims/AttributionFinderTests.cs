using Briefings.Ingestion.Claims;

namespace Briefings.Ingestion.Tests.Claims;

public class AttributionFinderTests
{
    [Theory]
    [InlineData("The mayor of Lviv said the bridge was closed.", "The mayor of Lviv", "said")]
    [InlineData("Poland says it will send more shells.", "Poland", "says")]
    [InlineData("The port reopened on Friday, regional officials said.", "regional officials", "said")]
    [InlineData("“We will hold the line,” Colonel Ivan Petrenko said on Thursday.", "Colonel Ivan Petrenko", "said")]
    [InlineData("“We will hold the line,” said Colonel Ivan Petrenko on Thursday.", "Colonel Ivan Petrenko", "said")]
    [InlineData("Two schools were hit, said the governor.", "the governor", "said")]
    [InlineData("The shelling stopped at dawn, said local authorities.", "local authorities", "said")]
    [InlineData("Marta Kowalska, the deputy foreign minister, said talks would resume.", "Marta Kowalska", "said")]
    [InlineData("Another broadcaster, Polsat, said the convoy had left.", "Polsat", "said")]
    [InlineData("The treaty was signed in May, according to the foreign ministry.", "the foreign ministry", "according to")]
    [InlineData("Casualties were light, according to a statement from the army.", "the army", "according to")]
    [InlineData("The report was refuted by Warsaw within hours.", "Warsaw", "refuted")]
    [InlineData("A Polish army spokesperson told Reuters that the drill was routine.", "A Polish army spokesperson", "told")]
    [InlineData("The Finnish Defence Ministry reported that two jets had scrambled.", "The Finnish Defence Ministry", "reported")]
    [InlineData("Lithuania and Latvia have denied the accusation.", "Lithuania|Latvia", "denied")]
    [InlineData("Vilnius, Riga and Tallinn have said the border stays shut.", "Vilnius|Riga|Tallinn", "said")]
    [InlineData("Estonian and Latvian officials confirmed the closure.", "Estonian and Latvian officials", "confirmed")]
    [InlineData("In Tallinn, Estonia and the European Commission jointly condemned the strike.", "Estonia|the European Commission", "condemned")]
    [InlineData("Ana Horvat visited the front and said morale was high.", "Ana Horvat", "said")]
    [InlineData("The Danish government on Monday announced a new aid package.", "The Danish government", "announced")]
    [InlineData("He said the talks had failed.", "He", "said")]
    [InlineData("The ceasefire held overnight, the agency reported (citing witnesses).", "the agency", "reported")]
    [InlineData("The Romanian Foreign Ministry (MAE) said the envoy was summoned.", "The Romanian Foreign Ministry", "said")]
    [InlineData("Minister Jonas Berg last week urged allies to act faster.", "Minister Jonas Berg", "urged")]
    [InlineData("Prime Minister Eva Lind called the attack “a crime against civilians”.", "Prime Minister Eva Lind", "called")]
    [InlineData("The prime minister renewed her call for tougher sanctions.", "The prime minister", "called")]
    [InlineData("Russian strikes hit the city and Ukrainian officials said four people died.", "Ukrainian officials", "said")]
    public void FindsTheSpeakerAndTheVerb(string sentence, string speakers, string verb)
    {
        var found = AttributionFinder.Find(sentence);

        var first = Assert.Single(found);
        Assert.Equal(speakers, string.Join('|', first.Parts.Select(p => p.Of(sentence))));
        Assert.Equal(verb, first.Verb);
    }

    [Theory]
    [InlineData("The Kremlin denied a reported meeting between the two envoys.")]
    [InlineData("Officials declined to say how many troops were involved.")]
    [InlineData("It is too early to say whether the front will hold.")]
    [InlineData("The so-called referendum was not recognised.")]
    [InlineData("“We said we would come back,” the sign read.")]
    [InlineData("The minister did not confirm the figures.")]
    [InlineData("The general has neither confirmed nor denied the move.")]
    [InlineData("Six soldiers were reported missing.")]
    [InlineData("They travelled to a village called Nova Dolyna.")]
    [InlineData("Both states are obliged to help each other.")]
    public void FindsNoExtraSpeakerWhereNoOneSpeaks(string sentence)
    {
        var found = AttributionFinder.Find(sentence);

        Assert.True(found.Count <= 1, $"found {found.Count}");
        if (found.Count == 1)
            Assert.Equal("denied", found[0].Verb);
    }

    [Theory]
    [InlineData("“Yes,” said the mayor of")]
    [InlineData("“No,” said Anna and")]
    [InlineData("according to")]
    [InlineData(", said")]
    public void TextCutOffMidPhraseIsReadWithoutFailing(string text) =>
        Assert.True(AttributionFinder.Find(text).Count <= 1);

    [Fact]
    public void OneSentenceHoldsTwoSpeakers()
    {
        const string sentence = "The Oslo Times said on Sunday that the envoys had met, but this has been refuted by Stockholm.";

        var found = AttributionFinder.Find(sentence);

        Assert.Equal(["The Oslo Times", "Stockholm"], found.Select(a => a.Speaker.Of(sentence)));
        Assert.Equal(["said", "refuted"], found.Select(a => a.Verb));
    }

    [Fact]
    public void AParticipleSpeaksForTheClauseSpeaker()
    {
        const string sentence = "The army chief denied the report, telling journalists it was “false”.";

        var found = AttributionFinder.Find(sentence);

        Assert.All(found, a => Assert.Equal("The army chief", a.Speaker.Of(sentence)));
        Assert.Equal(["denied", "telling"], found.Select(a => a.Verb));
    }

    [Fact]
    public void TheOutletIsWhereTheWordsWereGiven()
    {
        const string sentence = "Swedish officials confirmed to the Baltic Herald that the cable was cut.";

        var found = Assert.Single(AttributionFinder.Find(sentence));

        Assert.Equal("the Baltic Herald", found.Outlet?.Of(sentence));
    }
}
