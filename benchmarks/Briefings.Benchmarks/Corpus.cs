using System.Globalization;
using System.Text;
using Briefings.Ingestion;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Reading;

namespace Briefings.Benchmarks;

/// <summary>One generated article: its file as the reader gets it, and its paragraphs as the parsing stages built them.</summary>
public sealed record CorpusArticle(SourceDocument Document, ArticleContext Parsed, int FileBytes, int ParagraphBytes);

/// <summary>
/// A deterministic corpus of news-like articles of about 5 KB each. Every article mixes
/// paragraphs of the seeds (as the parsing stages built them) with paragraphs written from
/// sentence templates whose names are drawn from the shipped knowledge: actors of the actor
/// dictionary (named in full, then by surname), countries with their demonyms and capitals,
/// regions and places of the gazetteer, and invented people and villages that no list holds.
/// The same seed and size give the same corpus byte for byte.
/// </summary>
public sealed class Corpus
{
    public const int DefaultSeed = 20241113;
    public const int DefaultMegabytes = 12;

    private Corpus(IReadOnlyList<CorpusArticle> articles)
    {
        Articles = articles;
        FileBytes = articles.Sum(a => (long)a.FileBytes);
        ParagraphBytes = articles.Sum(a => (long)a.ParagraphBytes);
    }

    public IReadOnlyList<CorpusArticle> Articles { get; }

    /// <summary>UTF-8 bytes of the article files: what the whole pipeline reads.</summary>
    public long FileBytes { get; }

    /// <summary>UTF-8 bytes of the paragraphs: what the recogniser reads.</summary>
    public long ParagraphBytes { get; }

    public static Corpus Build(Knowledge knowledge, string seedsFolder, int megabytes = DefaultMegabytes, int seed = DefaultSeed)
    {
        var options = new IngestionOptions();
        var parsing = new IngestionPipeline([.. IngestionPipeline.CreateDefault(options, knowledge).Stages.TakeWhile(s => s is not EntityRecognizer)]);
        var reader = new DocumentReader(options);
        var writer = new ArticleWriter(new Random(seed), SeedParagraphs(seedsFolder, reader, parsing), Names.Load());
        var articles = new List<CorpusArticle>();
        long total = 0;
        for (var n = 0; total < megabytes * 1_000_000L; n++)
        {
            var text = writer.Article();
            var bytes = Encoding.UTF8.GetBytes(text);
            var document = reader.Read($"gen_{n:D5}.txt", bytes).Document
                           ?? throw new InvalidOperationException($"the reader skipped generated article {n}");
            var parsed = parsing.Run(document);
            var paragraphBytes = parsed.Paragraphs.Sum(p => Encoding.UTF8.GetByteCount(p.Text));
            articles.Add(new CorpusArticle(document, parsed, bytes.Length, paragraphBytes));
            total += bytes.Length;
        }
        return new Corpus(articles);
    }

    /// <summary>Writes the corpus as article files, so it can be read, diffed or ingested by the app.</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var article in Articles)
            File.WriteAllText(Path.Combine(folder, article.Document.FileName), article.Document.Text);
    }

    private static List<string> SeedParagraphs(string folder, DocumentReader reader, IngestionPipeline parsing)
    {
        var paragraphs = new List<string>();
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var document = reader.Read(Path.GetFileName(file), File.ReadAllBytes(file)).Document;
            if (document is null)
                continue;
            paragraphs.AddRange(parsing.Run(document).Paragraphs.Where(p => p.Kind == ParagraphKind.Body && p.Text.Length > 60).Select(p => p.Text));
        }
        return paragraphs;
    }

    /// <summary>The names templates draw from, taken from the shipped knowledge in a fixed order.</summary>
    private sealed record Names(
        IReadOnlyList<KnownActor> People,
        IReadOnlyList<KnownActor> Organisations,
        IReadOnlyList<KnownCountry> Countries,
        IReadOnlyList<KnownCountry> NewsCountries,
        IReadOnlyList<KnownPlace> Places,
        IReadOnlyList<KnownRegion> Regions)
    {
        private static readonly string[] NewsCountryCodes = ["UA", "RU", "US", "GB", "FR", "DE", "PL", "BY", "KP", "KR", "CN", "IR", "TR", "HU"];

        public static Names Load()
        {
            var actors = ActorDictionary.BuiltIn.All;
            var countries = CountryTable.Load().All.Where(c => c.Demonyms.Count > 0 && c.Capital is not null).ToList();
            var gazetteer = Gazetteer.Load();
            return new Names(
                [.. actors.Where(a => a.Type == EntityType.Person)],
                [.. actors.Where(a => a.Type == EntityType.Organisation)],
                countries,
                [.. countries.Where(c => NewsCountryCodes.Contains(c.Iso2))],
                [.. gazetteer.Places.Where(p => p.Country is "UA" or "RU" && p.Population >= 2_000 && !p.Name.Contains(' ', StringComparison.Ordinal))],
                [.. gazetteer.Regions.Where(r => r.Country is "UA" or "RU")]);
        }
    }

    /// <summary>Writes one article at a time: a title, a date line and paragraphs, about 5 KB.</summary>
    private sealed class ArticleWriter(Random random, IReadOnlyList<string> seedParagraphs, Names names)
    {
        private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        private static readonly string[] FirstNames = ["Oleksii", "Iryna", "Mykola", "Svitlana", "Andriy", "Natalia", "Pavlo", "Olena", "Sergei", "Tatiana", "Dmitri", "Yulia"];
        private static readonly string[] Surnames = ["Hrytsenko", "Bondarchuk", "Melnykova", "Tkachuk", "Sydorenko", "Kravets", "Lisovsky", "Orlova", "Zaitsev", "Morozova", "Savchuk", "Yarema"];
        private static readonly string[] VillageStems = ["Novo", "Staro", "Verkhnio", "Nyzhnio", "Chervono", "Zeleno", "Krasno", "Bilo"];
        private static readonly string[] VillageEnds = ["lypivka", "hrushivka", "dolynske", "pilske", "kamianka", "berezivka", "sadove", "yarivka"];
        private static readonly string[] Roles = ["the regional governor", "a senior official", "the spokesperson", "a military analyst", "the deputy minister"];

        // {P} person in full, {S} the same person's surname, {O} organisation, {C} country,
        // {D} demonym, {K} capital, {L} gazetteer place, {R} region, {U} unlisted person,
        // {V} unlisted village, {N} a number, {W} a weekday, {X} a role.
        private static readonly string[] Sentences =
        [
            "{P} said on {W} that {C} would not accept any ceasefire that froze the front line.",
            "{D} forces shelled {L} in the {R} overnight, killing {N} people and wounding {N} more, {X} said.",
            "Speaking in {K}, {P} said {C}’s support for Ukraine would continue into next year.",
            "The {O} said {N} drones had been shot down over the {R} and two neighbouring regions.",
            "{S} added that talks with {C} were “not on the agenda” for now.",
            "Residents of the village of {V} said the shelling had lasted for hours and that power was cut.",
            "{U}, {X}, told reporters that {N} buildings in {L} had been damaged.",
            "{K} said the strikes were a response to attacks on its own territory.",
            "According to the {O}, {D} troops advanced near {L} and {L}, though the claim could not be verified.",
            "Mr {S} told the {O} that {C} and {C} had agreed to hold further talks in {K}.",
            "The governor of the {R} said air defences were active over {L} on {W} night.",
            "{D} and {D} officials met in {K} on {W} to discuss sanctions and the supply of weapons.",
            "In a statement, the {O} accused {C} of violating the agreement signed last year.",
            "{P}, who visited {K} last month, warned that the fighting could spread beyond {L}.",
            "Satellite images showed damage at an airfield near {L}, {N} kilometres from the border.",
            "{U} said the evacuation of {V} and nearby settlements would continue through the week.",
            "The {O} and the {O} were expected to announce a new aid package worth ${N} million.",
            "Officials in {C} said {N} refugees had crossed the border since the start of the month.",
            "On {W}, {S} repeated that {C} was ready to negotiate, but only on its own terms.",
            "Fighting around {L} intensified after {D} units moved reinforcements from the {R}.",
        ];

        private static readonly string[] Titles =
        [
            "{D} strikes hit {L} as talks stall in {K}",
            "Ukraine war briefing: {P} warns {C} over support for Moscow",
            "{O} reports heavy fighting in the {R}",
            "Drone attack on {L} leaves {N} dead",
        ];

        private KnownActor _person = names.People[0];

        public string Article()
        {
            _person = Pick(names.People);
            var text = new StringBuilder(6_000);
            text.Append(Fill(Pick(Titles))).Append("\n\n");
            text.Append(CultureInfo.InvariantCulture, $"{random.Next(1, 29)} {Pick(Months)} 2024\n\n");
            while (text.Length < 5_000)
            {
                // Two paragraphs in five come from the seeds, the rest from templates.
                if (random.Next(5) < 2)
                {
                    text.Append(Pick(seedParagraphs));
                }
                else
                {
                    var sentences = random.Next(2, 5);
                    for (var s = 0; s < sentences; s++)
                    {
                        if (s > 0)
                            text.Append(' ');
                        text.Append(Fill(Pick(Sentences)));
                    }
                }
                text.Append("\n\n");
            }
            return text.ToString();
        }

        private string Fill(string template)
        {
            var text = new StringBuilder(template.Length * 2);
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] != '{' || i + 2 >= template.Length || template[i + 2] != '}')
                {
                    text.Append(template[i]);
                    continue;
                }
                text.Append(Slot(template[i + 1]));
                i += 2;
            }
            return text.ToString();
        }

        private string Slot(char slot) => slot switch
        {
            'P' => _person.Name,
            'S' => Surname(_person),
            'O' => Organisation(),
            'C' => Country().Name,
            'D' => Country().Demonyms[0],
            'K' => Country().Capital!,
            'L' => Pick(names.Places).Name,
            'R' => Region(),
            'U' => $"{Pick(FirstNames)} {Pick(Surnames)}",
            'V' => Pick(VillageStems) + Pick(VillageEnds),
            'N' => random.Next(2, 400).ToString(CultureInfo.InvariantCulture),
            'W' => Pick(Weekdays),
            'X' => Pick(Roles),
            _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "no such slot"),
        };

        // Templates say "the {O}", so an organisation's own leading "The" is dropped.
        private string Organisation()
        {
            var name = Pick(names.Organisations).Name;
            return name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
        }

        // Mostly the countries this news is about, sometimes any country.
        private KnownCountry Country() => random.Next(4) == 0 ? Pick(names.Countries) : Pick(names.NewsCountries);

        private string Region()
        {
            var region = Pick(names.Regions);
            return region.Stems.Count > 0 && random.Next(2) == 0 ? region.Stems[0] + " region" : region.Name;
        }

        private static string Surname(KnownActor person) =>
            person.ShortForms.Count > 0 ? person.ShortForms[0] : person.Name.Split(' ')[^1];

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
    }
}
