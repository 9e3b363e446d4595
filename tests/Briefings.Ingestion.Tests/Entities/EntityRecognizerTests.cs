using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Entities;

/// <summary>Each rule of the recogniser on sentences written for the test, over a small knowledge base built here.</summary>
public sealed class EntityRecognizerTests
{
    private static readonly KnownEntity Ruritania = new("ruritania", "Ruritania", EntityType.Country) { Country = "RR", Demonym = "Ruritanian" };
    private static readonly KnownEntity Freedonia = new("freedonia", "Freedonia", EntityType.Country) { Country = "FD", Demonym = "Freedonian" };
    private static readonly KnownEntity Strelsau = new("strelsau", "Strelsau", EntityType.Place) { Country = "RR", Region = "Zenda Oblast", Population = 900_000 };
    private static readonly KnownEntity ZendaOblast = new("zenda-oblast", "Zenda Oblast", EntityType.Region) { Country = "RR", Region = "Zenda Oblast" };
    private static readonly KnownEntity ZendaTown = new("zenda", "Zenda", EntityType.Place) { Country = "RR", Region = "Zenda Oblast", Population = 40_000 };
    private static readonly KnownEntity MarlowNorth = new("marlow-north", "Marlow", EntityType.Place) { Country = "FD", Region = "North Oblast", Population = 90_000 };
    private static readonly KnownEntity MarlowZenda = new("marlow-zenda", "Marlow", EntityType.Place) { Country = "RR", Region = "Zenda Oblast", Population = 20_000 };
    private static readonly KnownEntity Rassendyll = new("rudolf-rassendyll", "Rudolf Rassendyll", EntityType.Person) { Country = "RR" };
    private static readonly KnownEntity RudolfTown = new("rudolf", "Rudolf", EntityType.Place) { Country = "FD", Population = 300_000 };
    private static readonly KnownEntity StrelsauOblast = new("strelsau-oblast", "Strelsau Oblast", EntityType.Region) { Country = "RR", Region = "Strelsau Oblast" };
    private static readonly KnownEntity FreedonianIntelligence = new("defence-intelligence", "Defence Intelligence", EntityType.Organisation) { Country = "FD" };
    private static readonly KnownEntity RuritanianIntelligence = new("defence-intelligence-of-ruritania", "Defence Intelligence of Ruritania", EntityType.Organisation) { Country = "RR" };
    private static readonly KnownEntity OtherPark = new("park-min-ho", "Park Min Ho", EntityType.Person);
    private static readonly KnownEntity KimA = new("kim-sung-ho", "Kim Sung Ho", EntityType.Person);
    private static readonly KnownEntity KimB = new("kim-dae-ri", "Kim Dae-ri", EntityType.Person);

    private static readonly Knowledge Knowledge = new([
        new("Ruritania", Ruritania, NameKind.Name), new("Ruritanian", Ruritania, NameKind.Demonym),
        new("Freedonia", Freedonia, NameKind.Name), new("Freedonian", Freedonia, NameKind.Demonym),
        new("Strelsau", Strelsau, NameKind.Capital), new("Zenda Oblast", ZendaOblast, NameKind.Name),
        new("Zenda region", ZendaOblast, NameKind.Name), new("Zenda", ZendaOblast, NameKind.Name), new("Zenda", ZendaTown, NameKind.Place),
        new("Marlow", MarlowNorth, NameKind.Place), new("Marlow", MarlowZenda, NameKind.Place),
        new("Rudolf Rassendyll", Rassendyll, NameKind.Name), new("Rudolf", RudolfTown, NameKind.Place),
        new("Kim Sung Ho", KimA, NameKind.Name), new("Kim Dae-ri", KimB, NameKind.Name),
        new("Park Min Ho", OtherPark, NameKind.Name), new("Park", OtherPark, NameKind.ShortForm),
        new("UN", new KnownEntity("united-nations", "United Nations", EntityType.Organisation), NameKind.Name),
        new("Strelsau Oblast", StrelsauOblast, NameKind.Name), new("Strelsau region", StrelsauOblast, NameKind.Name), new("Strelsau", StrelsauOblast, NameKind.Name),
        new("Defence Intelligence", FreedonianIntelligence, NameKind.Name), new("Defence Intelligence of Ruritania", RuritanianIntelligence, NameKind.Name),
    ]);

    private static ArticleContext Recognise(params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var article = new ArticleContext(new SourceDocument("t.txt", SourceFormat.Text, text, "h", DeclaredMetadata.None));
        foreach (var p in paragraphs)
            article.Paragraphs.Add(new Paragraph(article.Paragraphs.Count, p, ParagraphKind.Body, null));
        new EntityRecognizer(Knowledge).Run(article);
        return article;
    }

    private static ArticleEntity Entity(ArticleContext article, string key) =>
        Assert.Single(article.Entities, e => e.Key == key);

    [Fact]
    public void ADemonymIsAFormOfItsCountry()
    {
        var article = Recognise("Ruritanian troops crossed the river.");
        Assert.Contains("Ruritanian", Entity(article, "ruritania").Forms);
    }

    [Fact]
    public void ACapitalThatActsIsItsCountry()
    {
        var article = Recognise("Strelsau said the talks had failed.");
        Assert.Contains("Strelsau", Entity(article, "ruritania").Forms);
        Assert.DoesNotContain(article.Entities, e => e.Key == "strelsau");
    }

    [Fact]
    public void ACapitalAfterAPlacePrepositionIsTheCity()
    {
        var article = Recognise("Drones were shot down over Strelsau overnight.");
        Assert.Equal(EntityType.Place, Entity(article, "strelsau").Type);
    }

    [Fact]
    public void AVisitToACapitalIsTheCity()
    {
        var article = Recognise("The envoy ended her visit to Strelsau.");
        Assert.Equal(EntityType.Place, Entity(article, "strelsau").Type);
    }

    [Fact]
    public void APossessiveCapitalIsItsCountry()
    {
        var article = Recognise("Strelsau's support has wavered.");
        Assert.Contains(article.Entities, e => e.Key == "ruritania");
    }

    [Fact]
    public void ACountrysDefenceMinistryIsNamedByItsDemonym()
    {
        var article = Recognise("Freedonia's defence ministry said six drones were downed.");
        var ministry = Entity(article, "freedonian-defence-ministry");
        Assert.Equal("Freedonian Defence Ministry", ministry.Name);
        Assert.Equal(EntityType.Organisation, ministry.Type);
        Assert.Equal("freedonia", ministry.Affiliation);
    }

    [Fact]
    public void ABareRegionStemIsTheRegionWhenTheArticleSpeaksOfTheRegion()
    {
        var article = Recognise("Fighting went on in the Zenda region.", "Troops in Zenda were resupplied.");
        var region = Entity(article, "zenda-oblast");
        Assert.Contains("Zenda", region.Forms);
        Assert.DoesNotContain(article.Entities, e => e.Key == "zenda");
    }

    [Fact]
    public void ABareRegionStemIsTheCityOtherwise()
    {
        var article = Recognise("A school was hit in Zenda on Monday.");
        Assert.Equal(EntityType.Place, Entity(article, "zenda").Type);
    }

    [Fact]
    public void ASameNamedPlaceIsTheOneInTheArticlesRegion()
    {
        var article = Recognise("Shelling continued across the Zenda region.", "Two people died in Marlow.");
        Assert.Contains(article.Entities, e => e.Key == "marlow-zenda");
        Assert.DoesNotContain(article.Entities, e => e.Key == "marlow-north");
    }

    [Fact]
    public void AVillageTheGazetteerLacksIsKeptWithTheRegionTheSentenceGives()
    {
        var article = Recognise("A drone hit the village of Ostrovka in the Zenda region.");
        var village = Entity(article, "ostrovka");
        Assert.Equal(EntityType.Place, village.Type);
        Assert.Equal("Zenda Oblast", village.Region);
        Assert.Equal("RR", village.Country);
    }

    [Fact]
    public void AFirstNameBeforeASurnameIsAPersonNotATown()
    {
        var article = Recognise("Rudolf Rassendyll arrived on Tuesday.");
        Assert.Contains(article.Entities, e => e.Key == "rudolf-rassendyll");
        Assert.DoesNotContain(article.Entities, e => e.Key == "rudolf");
    }

    [Fact]
    public void ABareSurnameAndMrResolveToThePersonNamedInFull()
    {
        var article = Recognise("Rudolf Rassendyll spoke first.", "Mr Rassendyll later left. Rassendyll did not comment.");
        var person = Entity(article, "rudolf-rassendyll");
        Assert.Contains("Mr Rassendyll", person.Forms);
        Assert.Contains("Rassendyll", person.Forms);
        Assert.Equal(3, person.Mentions.Count);
    }

    [Fact]
    public void ABareKimIsTheKimNamedLatestBeforeIt()
    {
        var article = Recognise("Kim Sung Ho opened the session.", "Later the envoy met Kim Dae-ri and shook hands with Kim.");
        Assert.Contains("Kim", Entity(article, "kim-dae-ri").Forms);
        Assert.DoesNotContain("Kim", Entity(article, "kim-sung-ho").Forms);
    }

    [Fact]
    public void AnUnlistedNameAfterATitleIsAPerson()
    {
        var article = Recognise("Governor Ivan Petrenko said the water was rising.");
        var person = Entity(article, "ivan-petrenko");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Ivan Petrenko", person.Name);
    }

    [Fact]
    public void AnUnlistedNameBeforeAReportingVerbIsAPerson()
    {
        var article = Recognise("The statement was short. Olga Marchenko said nothing more.");
        Assert.Equal(EntityType.Person, Entity(article, "olga-marchenko").Type);
    }

    [Fact]
    public void AnUnlistedNameWithAnOrganisationsHeadNounIsAnOrganisation()
    {
        var article = Recognise("The Central Election Commission counted the ballots.", "The Centre for Press Freedom objected.");
        Assert.Equal(EntityType.Organisation, Entity(article, "central-election-commission").Type);
        Assert.Equal(EntityType.Organisation, Entity(article, "centre-for-press-freedom").Type);
    }

    [Fact]
    public void SentenceInitialWordsAndTitlesAloneAreNotEntities()
    {
        var article = Recognise("Meanwhile the President spoke. However, Officials declined to comment.");
        Assert.Empty(article.Entities);
    }

    [Fact]
    public void EveryMentionKeepsItsParagraphAndOffsets()
    {
        var article = Recognise("Calm day.", "Talks in Strelsau resumed.");
        var mention = Assert.Single(Entity(article, "strelsau").Mentions);
        Assert.Equal(1, mention.Paragraph);
        Assert.Equal("Talks in Strelsau resumed.".IndexOf("Strelsau", StringComparison.Ordinal), mention.Start);
        Assert.Equal("Strelsau", mention.Surface);
    }

    [Fact]
    public void ACountrysAirForceIsNamedByItsDemonym()
    {
        var article = Recognise("Freedonia's air force said it shot down nine drones.");
        var force = Entity(article, "freedonian-air-force");
        Assert.Equal(EntityType.Organisation, force.Type);
        Assert.Equal("freedonia", force.Affiliation);
    }

    [Fact]
    public void APortOfACityIsTheCityEvenWhenTheArticleSpeaksOfItsRegion()
    {
        var article = Recognise("Shelling hit the Zenda region.", "A missile struck the port of Zenda overnight.");
        Assert.Equal(EntityType.Place, Entity(article, "zenda").Type);
    }

    [Fact]
    public void ACityBeforeItsCountryInADatelineIsTheCity()
    {
        var article = Recognise("Fighting went on in the Zenda region.", "ZENDA, Ruritania (AP) — Shelling resumed on Monday.");
        Assert.Contains("ZENDA", Entity(article, "zenda").Forms);
    }

    [Fact]
    public void ACityBeforeACountrysPossessiveIsNotADateline()
    {
        var article = Recognise("Fighting went on in the Zenda region.", "Troops moved to areas including Zenda, Freedonia's army said.");
        Assert.Contains("Zenda", Entity(article, "zenda-oblast").Forms);
    }

    [Fact]
    public void ACityInCapitalsOpeningADatelineIsTheCity()
    {
        var article = Recognise("Fighting went on in the Zenda region.", "ZENDA, March 3 (Reuters) - Shelling resumed.");
        Assert.Contains("ZENDA", Entity(article, "zenda").Forms);
    }

    [Fact]
    public void APlacesNameOpeningAnOrganisationsNameIsPartOfIt()
    {
        var article = Recognise("The Marlow Electoral Commission said turnout was high.");
        Assert.Equal(EntityType.Organisation, Entity(article, "marlow-electoral-commission").Type);
        Assert.DoesNotContain(article.Entities, e => e.Type == EntityType.Place);
    }

    [Fact]
    public void ACountrysMinistryOfDefenceIsItsDefenceMinistry()
    {
        var article = Recognise("Ruritania's Ministry of Defence said two villages were taken.");
        Assert.Equal("Ruritanian Defence Ministry", Entity(article, "ruritanian-defence-ministry").Name);
    }

    [Fact]
    public void ARiverIsWaterNamedWithItsKindAndTheRegionTheSentenceGives()
    {
        var article = Recognise("Villages along the Zenda River in the Zenda region could flood.");
        var river = Entity(article, "zenda-river");
        Assert.Equal(EntityType.Place, river.Type);
        Assert.Equal("Zenda Oblast", river.Region);
        Assert.DoesNotContain(article.Entities, e => e.Key == "zenda");
    }

    [Fact]
    public void ADistrictIsNamedWithTheWordAndPlacedByTheCityTheSentenceNames()
    {
        var article = Recognise("Debris fell in the Ostrivskyi district in Strelsau's north.");
        var district = Entity(article, "ostrivskyi-district");
        Assert.Equal("Zenda Oblast", district.Region);
    }

    [Fact]
    public void ARegionalAdjectiveNamesTheRegion()
    {
        var article = Recognise("Zenda Regional Governor Ivan Petrenko said two people were hurt.");
        Assert.Contains(article.Entities, e => e.Key == "zenda-oblast");
        Assert.Contains(article.Entities, e => e.Key == "ivan-petrenko");
    }

    [Fact]
    public void EveryNameInAListOfSettlementsIsAPlace()
    {
        var article = Recognise("Fighting went on in the Zenda region.", "Troops advanced near the settlements of Olkhovka, Nova Dacha and Hlyboke.");
        foreach (var key in new[] { "olkhovka", "nova-dacha", "hlyboke" })
        {
            var place = Entity(article, key);
            Assert.Equal(EntityType.Place, place.Type);
            Assert.Equal("Zenda Oblast", place.Region);
        }
    }

    [Fact]
    public void TheDefenceMinistryInACapitalIsItsCountrysMinistry()
    {
        var article = Recognise("The Defense Ministry in Strelsau reported the figures.");
        Assert.Contains("Defense Ministry in Strelsau", Entity(article, "ruritanian-defence-ministry").Forms);
    }

    [Fact]
    public void AForeignBodysNameAfterAPossessiveIsThePossessorsOwnBodyWhenKnown()
    {
        var article = Recognise("Ruritania's Defence Intelligence said the unit had withdrawn.");
        Assert.Contains(article.Entities, e => e.Key == "defence-intelligence-of-ruritania");
        Assert.DoesNotContain(article.Entities, e => e.Key == "defence-intelligence");
    }

    [Fact]
    public void ACapitalsBareNameIsNeverTheRegionAroundIt()
    {
        var article = Recognise("Drones were downed over the Strelsau region.", "Three Strelsau airports closed.", "Strelsau said it would respond.");
        Assert.Equal(EntityType.Place, Entity(article, "strelsau").Type);
        Assert.Contains("Strelsau", Entity(article, "ruritania").Forms);
        Assert.DoesNotContain("Strelsau", Entity(article, "strelsau-oblast").Forms);
    }

    [Fact]
    public void HolidaysAndTreatiesAreNotPeople()
    {
        var article = Recognise("They met on Ruritania's National Liberation Day, a public holiday.", "Officials cited the Zenda Accord, a pact signed years ago.");
        Assert.DoesNotContain(article.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void APhotographersCreditInACaptionIsNotAnEntity()
    {
        var article = new ArticleContext(new SourceDocument("t.txt", SourceFormat.Text, "x", "h", DeclaredMetadata.None));
        article.Paragraphs.Add(new Paragraph(0, "Rescuers at the site in Strelsau. Picture: Olga Marchenko/AFP", ParagraphKind.Caption, null));
        new EntityRecognizer(Knowledge).Run(article);
        Assert.DoesNotContain(article.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void ADictionarySurnameOpeningALongerNameIsNotThatPerson()
    {
        var article = Recognise("Park Ji Won told reporters the talks had stalled.");
        Assert.Equal("Park Ji Won", Entity(article, "park-ji-won").Name);
        Assert.DoesNotContain(article.Entities, e => e.Key == "park-min-ho");
    }

    [Fact]
    public void ABareDictionarySurnameIsFirstThePersonTheArticleNamed()
    {
        var article = Recognise("Foreign Minister Park Ji Won arrived on Monday.", "Park said the visit would last two days.");
        Assert.Contains("Park", Entity(article, "park-ji-won").Forms);
        Assert.DoesNotContain(article.Entities, e => e.Key == "park-min-ho");
    }

    [Fact]
    public void AnUnlistedNameRunsOnOverAnotherPersonsSurname()
    {
        var article = Recognise("Envoy Olena Park arrived on Monday.");
        Assert.Equal(EntityType.Person, Entity(article, "olena-park").Type);
    }

    [Fact]
    public void AnAcronymWrittenAsAWordDoesNotCutAName()
    {
        var article = Recognise("Leader Kim Jong Un inspected the launch.");
        Assert.Equal("Kim Jong Un", Entity(article, "kim-jong-un").Name);
        Assert.DoesNotContain(article.Entities, e => e.Key == "united-nations");
    }

    [Theory]
    [InlineData("\u201cWe are ready,\u201d said Taras Melnyk on Tuesday.", "taras-melnyk")]
    [InlineData("Ruritania's Oksana Hrytsenko won the vote.", "oksana-hrytsenko")]
    [InlineData("The country's ambassador to the UN, Mirela Dobre, spoke first.", "mirela-dobre")]
    [InlineData("Taras Melnyk, spokesperson for the southern command, declined to comment.", "taras-melnyk")]
    public void AnUnlistedNameIsAPersonByItsPlaceInTheSentence(string sentence, string key)
    {
        var article = Recognise(sentence);
        Assert.Equal(EntityType.Person, Entity(article, key).Type);
    }
}
