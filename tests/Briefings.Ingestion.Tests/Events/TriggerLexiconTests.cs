using Briefings.Ingestion.Events;

namespace Briefings.Ingestion.Tests.Events;

public sealed class TriggerLexiconTests
{
    [Theory]
    [InlineData("Artillery shelled the harbour town overnight, the navy said.", EventKinds.Attack)]
    [InlineData("Missiles struck a power station near the coast.", EventKinds.Attack)]
    [InlineData("A drone attack set a fuel depot ablaze.", EventKinds.Attack)]
    [InlineData("Bombers raided an airfield in the desert.", EventKinds.Attack)]
    [InlineData("Air defences downed nine drones over the capital.", EventKinds.Interception)]
    [InlineData("Two cruise missiles were shot down above the bay.", EventKinds.Interception)]
    [InlineData("The shelling killed four farmers in the valley.", EventKinds.Casualties)]
    [InlineData("Eleven people were injured when a rocket hit a market.", EventKinds.Casualties)]
    [InlineData("A strike on the depot wounded three guards.", EventKinds.Casualties)]
    [InlineData("Rebel units captured the hilltop village at dawn.", EventKinds.Advance)]
    [InlineData("Government troops advanced along the river road.", EventKinds.Advance)]
    [InlineData("Infantry units clashed near the border crossing.", EventKinds.Fighting)]
    [InlineData("The two presidents met in a lakeside palace.", EventKinds.Meeting)]
    [InlineData("The envoys held talks behind closed doors for six hours.", EventKinds.Meeting)]
    [InlineData("The chancellor spoke by phone with the prime minister.", EventKinds.Call)]
    [InlineData("The foreign secretary visited the frontline city of the east.", EventKinds.Visit)]
    [InlineData("The defence minister arrived in the capital for a two-day trip.", EventKinds.Visit)]
    [InlineData("Both governments signed a grain export agreement.", EventKinds.Signing)]
    [InlineData("Parliament ratified the border treaty with its neighbour.", EventKinds.Ratification)]
    [InlineData("Senators voted overwhelmingly for the spending bill.", EventKinds.Vote)]
    [InlineData("The ministry denied that its jets had crossed the border.", EventKinds.Denial)]
    [InlineData("The embassy rejected the account as a fabrication.", EventKinds.Denial)]
    [InlineData("The alliance deployed two more battalions to the frontier.", EventKinds.Deployment)]
    [InlineData("The treasury sanctioned twelve shipping companies.", EventKinds.Sanctions)]
    [InlineData("The regional governor resigned after the floods.", EventKinds.Resignation)]
    [InlineData("The finance minister stepped down amid the scandal.", EventKinds.Resignation)]
    [InlineData("The donors pledged a new package of winter support.", EventKinds.Aid)]
    [InlineData("The opposition candidate won the presidential runoff.", EventKinds.Election)]
    [InlineData("Navies from four countries held joint drills in the strait.", EventKinds.Exercise)]
    [InlineData("The army tested a new short-range rocket.", EventKinds.Test)]
    [InlineData("The spokesman warned of further escalation.", EventKinds.Warning)]
    [InlineData("The minister said the talks had been useful.", EventKinds.Statement)]
    [InlineData("The weather was cold and grey over the hills.", null)]
    public void TheMainTriggerGivesTheSentenceItsKind(string sentence, string? kind) =>
        Assert.Equal(kind, TriggerLexicon.Main(sentence)?.Kind);

    [Fact]
    public void TheLexiconIsLoadedFromItsDataFileWithHundredsOfLemmas() => Assert.True(TriggerLexicon.Count > 300);

    [Theory]
    [InlineData("A damaged bridge lay across the road.")]
    [InlineData("They walked along the tested path to the ridge.")]
    public void AVerbFormAfterADeterminerModifiesANoun(string sentence) =>
        Assert.Contains(TriggerLexicon.FindAll(sentence), t => t.Pos == TriggerPos.Modifier);

    [Fact]
    public void AnAmbiguousFormAfterADeterminerIsANounAndAfterASubjectAVerb()
    {
        Assert.Equal(TriggerPos.Noun, TriggerLexicon.FindAll("The strike hit a depot.")[0].Pos);
        Assert.Equal(TriggerPos.Verb, TriggerLexicon.FindAll("Missiles strike the depot.")[0].Pos);
    }

    [Fact]
    public void ADenialOutranksWhatItDenies() =>
        Assert.Equal(EventKinds.Denial, TriggerLexicon.Main("The palace denied that the two leaders had met.")?.Kind);

    [Fact]
    public void ShotDownIsAnInterceptionNotAShooting() =>
        Assert.Equal("shot down", TriggerLexicon.Main("Gunners shot down a helicopter over the lake.")?.Word);
}
