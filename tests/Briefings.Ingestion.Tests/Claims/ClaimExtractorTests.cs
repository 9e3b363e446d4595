using System.Text.RegularExpressions;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Claims;

public class ClaimExtractorTests
{
    [Fact]
    public void ASpeakerResolvesToTheEntityNamedInThePhrase()
    {
        var claim = Assert.Single(Extract(
            ["“The reservoir is safe,” Finnish Interior Minister Aino Virtanen said on Tuesday."],
            Person("Aino Virtanen", "Aino Virtanen", "Virtanen"), Country("Finland", "Finnish")));

        Assert.Equal("Aino Virtanen", claim.Speaker);
        Assert.Equal("aino-virtanen", claim.SpeakerKey);
        Assert.Equal("said", claim.Verb);
        Assert.Equal("The reservoir is safe", claim.Quote);
        Assert.Equal(0, claim.Paragraph);
    }

    [Fact]
    public void AnUnnamedSourceKeepsItsOwnWords()
    {
        var claim = Assert.Single(Extract(
            ["A Finnish border guard spokesperson told Reuters that the crossing was closed."],
            Country("Finland", "Finnish")));

        Assert.Equal("A Finnish border guard spokesperson", claim.Speaker);
        Assert.Null(claim.SpeakerKey);
        Assert.Equal("Reuters", claim.Outlet);
    }

    [Fact]
    public void ASurnameAndATitleFindThePersonNamedEarlier()
    {
        var claims = Extract(
            ["Defence Minister Lars Holm visited the base on Monday.", "Mr Holm said the radar would be replaced."],
            Person("Lars Holm", "Lars Holm"));

        Assert.Equal("Lars Holm", Assert.Single(claims).Speaker);
    }

    [Fact]
    public void TheGovernorIsTheLatestGovernorNamed()
    {
        var claims = Extract(
            [
                "Regional Governor Petro Danyliuk said three houses burned.",
                "Two of the injured were children, said the governor.",
            ],
            Person("Petro Danyliuk", "Petro Danyliuk"));

        Assert.All(claims, c => Assert.Equal("Petro Danyliuk", c.Speaker));
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void TheMinistryIsTheLatestMinistryNamed()
    {
        var claims = Extract(
            ["The Estonian Defence Ministry said two drones fell near Narva.", "Both were unarmed, the ministry added."],
            Organisation("Estonian Defence Ministry", "Estonian Defence Ministry"), Place("Narva", "Narva"));

        Assert.Equal(["Estonian Defence Ministry", "Estonian Defence Ministry"], claims.Select(c => c.Speaker));
        Assert.Equal(["said", "added"], claims.Select(c => c.Verb));
    }

    [Fact]
    public void APronounIsTheLatestPersonWhoSpoke()
    {
        var claims = Extract(
            [
                "Foreign Minister Tomas Vaitkus said he had met his counterpart Ilse Berger in Vienna.",
                "“We agreed to keep the corridor open,” he told reporters.",
            ],
            Person("Tomas Vaitkus", "Tomas Vaitkus"), Person("Ilse Berger", "Ilse Berger"), Place("Vienna", "Vienna"));

        Assert.Equal(["Tomas Vaitkus", "Tomas Vaitkus"], claims.Select(c => c.Speaker));
        Assert.Null(claims[1].Outlet);
    }

    [Fact]
    public void APronounWithNoOneBeforeItIsDropped()
    {
        var claims = Extract(["He said the talks would go on."]);

        Assert.Empty(claims);
    }

    [Fact]
    public void ThePossessorSpeaksThroughItsSpokesman()
    {
        var claim = Assert.Single(Extract(
            ["The leaders agreed to meet again, according to Berger’s spokesman."],
            Person("Ilse Berger", "Ilse Berger", "Berger")));

        Assert.Equal("Ilse Berger", claim.Speaker);
        Assert.Equal("according to", claim.Verb);
    }

    [Fact]
    public void AQuoteOverSeveralSentencesIsOneClaim()
    {
        var claims = Extract(
            ["“The dam is holding. Water levels are falling,” said Mayor Ines Kovac."],
            Person("Ines Kovac", "Ines Kovac"));

        var claim = Assert.Single(claims);
        Assert.Contains("The dam is holding.", claim.Text, StringComparison.Ordinal);
        Assert.Contains("Mayor Ines Kovac", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AParagraphThatOnlyQuotesContinuesTheSpeaker()
    {
        var claims = Extract(
            [
                "The Polish ambassador to the UN, Karol Nowak, spoke at the council.",
                "“This war must end. Civilians are paying the price.",
                "“We will not look away.”",
            ],
            Person("Karol Nowak", "Karol Nowak"));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Karol Nowak", c.Speaker));
    }

    [Fact]
    public void TwoSpeakersInOneSentenceAreTwoClaims()
    {
        var claims = Extract(
            ["The Vienna Post said on Sunday that the envoys had met, but this has been denied by Budapest."],
            Organisation("Vienna Post", "The Vienna Post"), Country("Hungary", "Budapest"));

        Assert.Equal(["Vienna Post", "Hungary"], claims.Select(c => c.Speaker));
        Assert.Equal([Stance.Assert, Stance.Deny], claims.Select(c => c.Stance));
        Assert.Equal("Vienna Post", claims[0].Outlet);
    }

    [Fact]
    public void OneSpeakerSaysOneSentenceOnce()
    {
        var claims = Extract(
            ["The army spokesman denied the report, telling journalists it was “a fabrication” and calling it “false”."],
            Organisation("Army", "army"));

        var claim = Assert.Single(claims);
        Assert.Equal(Stance.Deny, claim.Stance);
        Assert.Equal("denied", claim.Verb);
    }

    [Fact]
    public void CallingSomethingFictionIsADenial()
    {
        var claim = Assert.Single(Extract(
            ["“It is pure fiction,” the Kremlin spokesperson, Olga Smirnova, said."],
            Person("Olga Smirnova", "Olga Smirnova"), Organisation("Kremlin", "Kremlin")));

        Assert.Equal("Olga Smirnova", claim.Speaker);
        Assert.Equal(Stance.Deny, claim.Stance);
    }

    [Fact]
    public void AnAgencyThatReportsIsTheOutlet()
    {
        var claim = Assert.Single(Extract(
            ["The minister met the envoy on Monday, the state news agency Agerpres reported."]));

        Assert.Equal("Agerpres", claim.Speaker);
        Assert.Equal("Agerpres", claim.Outlet);
    }

    [Fact]
    public void AHedgedClaimSaysSo()
    {
        var claim = Assert.Single(Extract(
            ["Dozens of soldiers were reportedly captured, the Moldovan military said, though Reuters could not independently verify it."],
            Country("Moldova", "Moldovan")));

        Assert.Equal("the Moldovan military", claim.Speaker);
        Assert.Equal(Hedge.Unverified, claim.Hedge);
    }

    [Fact]
    public void ListedCountriesEachMakeAClaim()
    {
        var claims = Extract(
            ["Oslo and Helsinki have rejected the accusation, and Danish officials said it was baseless."],
            Country("Norway", "Oslo"), Country("Finland", "Helsinki"), Country("Denmark", "Danish"));

        Assert.Equal(["Norway", "Finland", "Danish officials"], claims.Select(c => c.Speaker));
        Assert.All(claims, c => Assert.Equal(Stance.Deny, c.Stance));
    }

    [Fact]
    public void CaptionsAndShoutedHeadingsMakeNoClaims()
    {
        var article = Article(["KREMLIN DENIES REPORTED CALL", "The minister said the bridge was closed."]);
        article.Paragraphs.Add(new Paragraph(2, "The mayor said the bridge was closed. Picture: AFP", ParagraphKind.Caption, null));

        new ClaimExtractor().Run(article);

        Assert.Equal(["The minister"], article.Claims.Select(c => c.Speaker));
    }

    [Fact]
    public void ARepeatedSentenceIsOneClaim()
    {
        var claims = Extract(["Kyiv said the strike hit a depot.", "Kyiv said the strike hit a depot."], Country("Ukraine", "Kyiv"));

        Assert.Single(claims);
    }

    private static List<Claim> Extract(string[] paragraphs, params Func<ArticleContext, ArticleEntity>[] entities)
    {
        var article = Article(paragraphs);
        foreach (var make in entities)
            article.Entities.Add(make(article));
        new ClaimExtractor().Run(article);
        return article.Claims;
    }

    private static ArticleContext Article(string[] paragraphs)
    {
        var article = new ArticleContext(new SourceDocument("test.txt", SourceFormat.Text, string.Join("\n\n", paragraphs), "hash", DeclaredMetadata.None));
        for (var i = 0; i < paragraphs.Length; i++)
            article.Paragraphs.Add(new Paragraph(i, paragraphs[i], ParagraphKind.Body, null));
        return article;
    }

    private static Func<ArticleContext, ArticleEntity> Person(string name, params string[] forms) => Entity(name, EntityType.Person, forms);
    private static Func<ArticleContext, ArticleEntity> Country(string name, params string[] forms) => Entity(name, EntityType.Country, forms);
    private static Func<ArticleContext, ArticleEntity> Organisation(string name, params string[] forms) => Entity(name, EntityType.Organisation, forms);
    private static Func<ArticleContext, ArticleEntity> Place(string name, params string[] forms) => Entity(name, EntityType.Place, forms);

    /// <summary>An entity as the recogniser would leave it: every whole-word occurrence of its forms is a mention.</summary>
    private static Func<ArticleContext, ArticleEntity> Entity(string name, EntityType type, string[] forms) => article =>
    {
        var entity = new ArticleEntity { Key = name.ToLowerInvariant().Replace(' ', '-'), Name = name, Type = type };
        entity.Forms.AddRange(forms);
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var form in forms.OrderByDescending(f => f.Length))
            {
                foreach (Match m in Regex.Matches(paragraph.Text, $@"(?<!\w){Regex.Escape(form)}(?!\w)"))
                {
                    if (!entity.Mentions.Any(x => x.Paragraph == paragraph.Index && m.Index < x.Start + x.Length && m.Index + m.Length > x.Start))
                        entity.Mentions.Add(new Mention(paragraph.Index, m.Index, m.Length, m.Value));
                }
            }
        }
        return entity;
    };
}
