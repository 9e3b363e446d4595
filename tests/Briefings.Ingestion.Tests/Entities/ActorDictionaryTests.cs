using Briefings.Ingestion.Entities;

namespace Briefings.Ingestion.Tests.Entities;

public sealed class ActorDictionaryTests : IDisposable
{
    private const string Header = "key\tname\ttype\taliases\tshort\trole\taffiliation\tcountry";

    private static readonly ActorDictionary Actors = ActorDictionary.BuiltIn;

    private readonly string _directory = Directory.CreateTempSubdirectory("actors-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TheBuiltInDictionaryLoadsCleanly()
    {
        Assert.Empty(Actors.Diagnostics);
        Assert.True(Actors.All.Count >= 600, $"only {Actors.All.Count} actors");
        Assert.Contains(Actors.All, a => a.Type == EntityType.Person);
        Assert.Contains(Actors.All, a => a.Type == EntityType.Organisation);
        Assert.All(Actors.All, a => Assert.False(string.IsNullOrWhiteSpace(a.Role), a.Key));
    }

    [Theory]
    [InlineData("Volodymyr Zelensky")]
    [InlineData("Volodymyr Zelenskyy")]
    [InlineData("Volodymyr Zelenskiy")]
    [InlineData("volodymyr zelenskyy")]
    public void ZelenskyTransliterationsNameOneActor(string surface) =>
        Assert.Equal(["volodymyr-zelensky"], Actors.KeysFor(surface));

    [Fact]
    public void ZelenskySurnamesAreShortForms()
    {
        var shorts = Actors.Names.Where(n => n.Key == "volodymyr-zelensky" && n.Kind == KnownActorNameKind.ShortForm)
            .Select(n => n.Surface).ToList();
        Assert.Subset(shorts.ToHashSet(), new HashSet<string> { "Zelensky", "Zelenskyy", "Zelenskiy" });
    }

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("Kim Jong-un")]
    public void KimJongUnIsOneActorWithOrWithoutTheHyphen(string surface)
    {
        Assert.Equal(["kim-jong-un"], Actors.KeysFor(surface));
        Assert.True(Actors.TryGet("kim-jong-un", out var kim));
        Assert.Equal("KP", kim.Country);
    }

    [Fact]
    public void AShortFormMayBeSharedAndIsLeftToContext()
    {
        // "Kim" alone is Kim Jong Un, his sister or a South Korean minister: only the article can say.
        var kims = Actors.Names.Where(n => n.Surface == "Kim" && n.Kind == KnownActorNameKind.ShortForm)
            .Select(n => n.Key).ToList();
        Assert.Contains("kim-jong-un", kims);
        Assert.Contains("kim-yong-hyun", kims);
        Assert.DoesNotContain(Actors.Names, n => n.Surface == "Kim" && n.Kind != KnownActorNameKind.ShortForm);
    }

    [Fact]
    public void PeskovBelongsToTheKremlinWhichBelongsToRussia()
    {
        Assert.Equal(["dmitry-peskov", "kremlin", "russia"], Actors.AffiliationChain("dmitry-peskov"));
        Assert.True(Actors.TryGet("dmitry-peskov", out var peskov));
        Assert.Equal("Kremlin spokesperson", peskov.Role);
        Assert.Equal(EntityType.Person, peskov.Type);
        Assert.Equal("RU", peskov.Country);
    }

    [Fact]
    public void AnUnknownKeyHasNoChain() => Assert.Empty(Actors.AffiliationChain("nobody-at-all"));

    [Theory]
    [InlineData("KCNA")]
    [InlineData("Korea Central News Agency")]
    [InlineData("Korean Central news agency")]
    public void TheNorthKoreanAgencyIsKnownByItsCommonForms(string surface) =>
        Assert.Equal(["korean-central-news-agency"], Actors.KeysFor(surface));

    [Theory]
    [InlineData("Vladimir Putin", "vladimir-putin")]
    [InlineData("Choe Son-hui", "choe-son-hui")]
    [InlineData("Donald Trump", "donald-trump")]
    [InlineData("Kremlin", "kremlin")]
    [InlineData("EU", "european-union")]
    [InlineData("UN Security Council", "un-security-council")]
    [InlineData("Russian MOD", "russian-defence-ministry")]
    [InlineData("Russian Defense Ministry", "russian-defence-ministry")]
    [InlineData("South Korean Defense Ministry", "south-korean-defence-ministry")]
    [InlineData("AFP", "agence-france-presse")]
    [InlineData("El Pais", "el-pais")]
    [InlineData("SBU", "security-service-of-ukraine")]
    [InlineData("Oleksandr Syrsky", "oleksandr-syrskyi")]
    [InlineData("Center for Civil Liberties", "centre-for-civil-liberties")]
    [InlineData("Radoslaw Sikorski", "radoslaw-sikorski")]
    public void CommonSurfaceFormsResolveToTheirActor(string surface, string key) =>
        Assert.Equal([key], Actors.KeysFor(surface));

    [Fact]
    public void EveryAffiliationResolvesToAnActorOrACountry()
    {
        foreach (var actor in Actors.All.Where(a => a.Affiliation is not null))
        {
            Assert.True(Actors.TryGet(actor.Affiliation!, out _) || ActorDictionary.IsCountry(actor.Affiliation!),
                $"{actor.Key} → {actor.Affiliation}");
        }
    }

    [Fact]
    public void TheCountryOfAnActorIsTheOneItsChainEndsIn()
    {
        foreach (var actor in Actors.All)
        {
            var end = Actors.AffiliationChain(actor.Key)[^1];
            Assert.Equal(ActorDictionary.CountryCode(end), actor.Country);
        }
    }

    [Fact]
    public void NoNameOrAliasNamesTwoActors()
    {
        var clashes = Actors.Names.Where(n => n.Kind != KnownActorNameKind.ShortForm)
            .GroupBy(n => n.Surface, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(n => n.Key).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(n => n.Key).Distinct())}")
            .ToList();
        Assert.Empty(clashes);
    }

    [Fact]
    public void KeysAreTheSlugsOfTheNames()
    {
        Assert.All(Actors.All, a => Assert.Equal(ActorDictionary.Slug(a.Name), a.Key));
        Assert.Equal(Actors.All.Count, Actors.All.Select(a => a.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("Dmitry Peskov", "dmitry-peskov")]
    [InlineData("El País", "el-pais")]
    [InlineData("Workers' Party of Korea", "workers-party-of-korea")]
    [InlineData("Radosław Sikorski", "radoslaw-sikorski")]
    [InlineData("Opposition Platform — For Life", "opposition-platform-for-life")]
    [InlineData("Charles Q. Brown", "charles-q-brown")]
    public void SlugsAreLowerCaseAsciiJoinedByHyphens(string name, string slug) =>
        Assert.Equal(slug, ActorDictionary.Slug(name));

    [Fact]
    public void AUserFileAddsAnAliasToAKnownActorAndANewActor()
    {
        var file = Write("extra.tsv",
            Header,
            "# a comment",
            "dmitry-peskov\t\t\tPeskoff\t\t\t\t",
            "ivan-ivanov\tIvan Ivanov\tperson\tIvan Ivanoff\tIvanov\tMayor of somewhere\tkremlin\tRU");

        var actors = ActorDictionary.Load(file);

        Assert.Empty(actors.Diagnostics);
        Assert.Equal(["dmitry-peskov"], actors.KeysFor("Peskoff"));
        Assert.True(actors.TryGet("dmitry-peskov", out var peskov));
        Assert.Equal("Dmitry Peskov", peskov.Name);
        Assert.Equal("Kremlin spokesperson", peskov.Role);
        Assert.Equal(["ivan-ivanov"], actors.KeysFor("Ivan Ivanoff"));
        Assert.Equal(["ivan-ivanov", "kremlin", "russia"], actors.AffiliationChain("ivan-ivanov"));
        Assert.Equal(Actors.All.Count + 1, actors.All.Count);
    }

    [Fact]
    public void AUserLineOverridesTheFieldsItFills()
    {
        var file = Write("override.tsv", "key\trole", "dmitry-peskov\tPress secretary of the Russian president");

        var actors = ActorDictionary.Load(file);

        Assert.Empty(actors.Diagnostics);
        Assert.True(actors.TryGet("dmitry-peskov", out var peskov));
        Assert.Equal("Press secretary of the Russian president", peskov.Role);
        Assert.Equal("kremlin", peskov.Affiliation);
        Assert.Contains("Dmitri Peskov", peskov.Aliases);
    }

    [Fact]
    public void AUserFileWithoutAHeaderUsesTheStandardColumns()
    {
        var file = Write("plain.tsv", "olena-petrenko\tOlena Petrenko\tperson\t\t\tVillage head\tukraine\tUA");

        var actors = ActorDictionary.Load(file);

        Assert.Empty(actors.Diagnostics);
        Assert.True(actors.TryGet("olena-petrenko", out var olena));
        Assert.Equal("UA", olena.Country);
    }

    [Theory]
    [InlineData("bad-type\tBad Type\tcountry\t\t\t\t\t", "neither person nor organisation")]
    [InlineData("Not A Slug\tName\tperson\t\t\t\t\t", "not a slug")]
    [InlineData("no-name\t\tperson\t\t\t\t\t", "needs a name and a type")]
    [InlineData("too-many\tToo Many\tperson\t\t\t\t\t\textra", "more than the 8 columns")]
    [InlineData("bad-country\tBad Country\tperson\t\t\t\t\tRussia", "not an ISO 3166-1 alpha-2 code")]
    [InlineData("russia\tRussia\torganisation\t\t\t\t\t", "countries belong to the gazetteer")]
    [InlineData("\tNo Key\tperson\t\t\t\t\t", "the key is empty")]
    public void AMalformedUserLineIsReportedWithItsFileAndLine(string line, string message)
    {
        var file = Write("broken.tsv", Header, "# fine so far", line, "good-one\tGood One\tperson\t\t\t\t\t");

        var actors = ActorDictionary.Load(file);

        var problem = Assert.Single(actors.Diagnostics);
        Assert.Equal(file, problem.File);
        Assert.Equal(3, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{file}:3: ", problem.ToString(), StringComparison.Ordinal);
        Assert.True(actors.TryGet("good-one", out _));
    }

    [Fact]
    public void AnUnknownAffiliationIsReportedAndDropped()
    {
        var file = Write("orphan.tsv", Header, "lost-soul\tLost Soul\tperson\t\t\t\tno-such-body\t");

        var actors = ActorDictionary.Load(file);

        var problem = Assert.Single(actors.Diagnostics);
        Assert.Equal(2, problem.Line);
        Assert.Contains("no-such-body", problem.Message, StringComparison.Ordinal);
        Assert.True(actors.TryGet("lost-soul", out var soul));
        Assert.Null(soul.Affiliation);
    }

    [Fact]
    public void AnAffiliationLoopIsCutSoEveryChainEnds()
    {
        var file = Write("loop.tsv", Header,
            "body-a\tBody A\torganisation\t\t\t\tbody-b\t",
            "body-b\tBody B\torganisation\t\t\t\tbody-a\t");

        var actors = ActorDictionary.Load(file);

        var problem = Assert.Single(actors.Diagnostics);
        Assert.Equal(3, problem.Line);
        Assert.Equal(["body-a", "body-b"], actors.AffiliationChain("body-a"));
        Assert.Equal(["body-b"], actors.AffiliationChain("body-b"));
    }

    [Fact]
    public void AnAliasThatAlreadyNamesAnotherActorIsReported()
    {
        var file = Write("clash.tsv", Header, "fake-kremlin\tFake Kremlin\torganisation\tKremlin\t\t\t\t");

        var actors = ActorDictionary.Load(file);

        var problem = Assert.Single(actors.Diagnostics);
        Assert.Equal(2, problem.Line);
        Assert.Contains("kremlin", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["kremlin", "fake-kremlin"], actors.KeysFor("Kremlin"));
    }

    [Fact]
    public void AMissingUserFileIsReportedNotThrown()
    {
        var path = Path.Combine(_directory, "absent.tsv");

        var actors = ActorDictionary.Load(path);

        var problem = Assert.Single(actors.Diagnostics);
        Assert.Equal(path, problem.File);
        Assert.Equal(0, problem.Line);
        Assert.Equal(Actors.All.Count, actors.All.Count);
    }

    [Fact]
    public void ADuplicateKeyInTheBaseFileIsReported()
    {
        var text = string.Join('\n', Header,
            "kremlin\tKremlin\torganisation\t\t\tSeat of power\trussia\tRU",
            "kremlin\tKremlin\torganisation\t\t\tSeat of power\trussia\tRU");

        var actors = ActorDictionary.FromSources([("base.tsv", () => new StringReader(text))]);

        var problem = Assert.Single(actors.Diagnostics);
        Assert.Equal(new ActorDictionaryDiagnostic("base.tsv", 3, "the key 'kremlin' is already defined on line 2"), problem);
        Assert.Single(actors.All);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
