using System.Globalization;

namespace Briefings.Web.Generation;

/// <summary>
/// Writes one article from the world with a seeded <see cref="Random"/>: a single report or a live
/// blog of timed entries, each paragraph a happening (a strike, fighting, a statement, a denial, a
/// meeting, a figure) with its place, its actors and a date written as the news writes it ("on
/// Tuesday", "on 4 March", "overnight", "last week"), mixed with background that is no happening.
/// The same seed and index always give the same article.
/// </summary>
public sealed class ArticleComposer(GenerationWorld world)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly DateOnly FirstDay = new(2022, 2, 24);
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    private static readonly string[] Weapons = ["drones", "missiles", "glide bombs", "artillery", "multiple rocket launchers", "attack drones and cruise missiles"];
    private static readonly string[] Targets = ["an energy facility", "a residential block", "a rail depot", "a grain terminal", "a school", "a fuel depot", "a bridge", "an apartment building", "a power substation", "a warehouse"];
    private static readonly string[] Moves = ["advanced near", "repelled assaults near", "pulled back from positions outside", "cut a supply road to", "launched a counterattack near"];
    private static readonly string[] Topics = ["air defence deliveries", "the grain corridor", "sanctions on energy exports", "a prisoner exchange", "reconstruction funds", "security guarantees", "ammunition production"];
    private static readonly string[] Positions =
    [
        "more air defence systems were needed before the winter",
        "the front line was holding despite heavy pressure",
        "talks could only begin once troops were withdrawn",
        "the sanctions had failed to change anything",
        "the exchange of prisoners would continue next month",
        "the attacks on the power grid were meant to break the population",
    ];
    private static readonly string[] Denied =
    [
        "its forces had targeted civilian buildings",
        "any talks had taken place",
        "a second wave of mobilisation was being prepared",
        "foreign troops were fighting on its side",
        "the bridge had been damaged",
    ];
    private static readonly string[] Background =
    [
        "The war has driven millions of people from their homes and left whole towns in ruins.",
        "Both sides have stepped up long-range strikes in recent months.",
        "Independent verification of battlefield claims is rarely possible.",
        "Western governments have pledged further military aid, though deliveries have often been delayed.",
        "The region has been shelled almost daily since the start of the full-scale invasion.",
        "Casualty figures given by either side cannot be confirmed independently.",
    ];

    public GeneratedArticle Compose(Random random, int index)
    {
        ArgumentNullException.ThrowIfNull(random);
        var outlet = world.Outlets[random.Next(world.Outlets.Count)];
        var published = FirstDay.AddDays(random.Next(LastDay.DayNumber - FirstDay.DayNumber + 1));
        var at = new TimeOnly(random.Next(5, 23), random.Next(60));
        var liveBlog = random.NextDouble() < 0.2;
        var focus = world.Place(random, random.NextDouble() < 0.75 ? "UA" : "RU");

        var sections = new List<GeneratedSection>();
        var paragraphs = new List<string>();
        string lede;
        string title;
        if (liveBlog)
        {
            var day = published.DayNumber - FirstDay.DayNumber + 1;
            title = $"Ukraine war live: day {day.ToString(English)} of the invasion, strikes reported in {focus.Region}";
            lede = $"Follow the latest from the front and from the capitals. Reports from {focus.Name} and the rest of {focus.Region}.";
            var time = at;
            var entries = random.Next(8, 12);
            for (var i = 0; i < entries; i++)
            {
                sections.Add(new GeneratedSection(time.ToString("HH:mm", English) + " GMT", [Paragraph(random, published, focus), Paragraph(random, published, focus)]));
                time = time.AddMinutes(-random.Next(15, 55));
            }
        }
        else
        {
            var weapon = Pick(random, Weapons);
            title = random.Next(3) switch
            {
                0 => $"Russian {weapon} hit {focus.Name} as fighting intensifies in {focus.Region}",
                1 => $"{focus.Name} counts its losses after night of {weapon}",
                _ => $"What we know about the attack on {focus.Name}",
            };
            lede = $"Officials in {focus.Region} said the night had been one of the heaviest in weeks.";
            var count = random.Next(15, 22);
            for (var i = 0; i < count; i++)
                paragraphs.Add(random.NextDouble() < 0.15 ? Pick(random, Background) : Paragraph(random, published, focus));
            sections.Add(new GeneratedSection(null, paragraphs));
        }

        var slug = string.Concat(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        var url = $"https://{outlet.Host}/{published:yyyy/MM/dd}/{slug[..Math.Min(slug.Length, 60)].TrimEnd('-')}";
        var extension = outlet.Shape switch { ArticleShape.Markdown => ".md", ArticleShape.Html => ".html", _ => ".txt" };
        var fileName = $"{index:D6}_{outlet.Host.Split('.')[0]}{extension}";
        var caption = outlet.Wire is { } wire && random.NextDouble() < 0.6 ? $"Smoke rises over {focus.Name} after the attack. Picture: {wire}" : null;
        return new GeneratedArticle(fileName, title, outlet, published, at, StatesDate: random.NextDouble() < 0.9, url, lede, sections, caption);
    }

    /// <summary>One happening, and now and then a second one in the same paragraph, as reports run on.</summary>
    private string Paragraph(Random random, DateOnly published, WorldPlace focus) =>
        random.NextDouble() < 0.35 ? Happening(random, published, focus) + " " + Happening(random, published, focus) : Happening(random, published, focus);

    private string Happening(Random random, DateOnly published, WorldPlace focus)
    {
        var place = random.NextDouble() < 0.5 ? focus : world.Place(random, focus.Country);
        var when = When(random, published);
        var ukrainian = world.Person(random, "UA");
        var russian = world.Person(random, "RU");
        var foreign = world.Person(random, "US", "GB", "DE", "FR", "PL");
        var killed = random.Next(1, 15);
        var wounded = killed + random.Next(0, 30);
        return random.Next(7) switch
        {
            0 => $"{(place.Country == "UA" ? "Russian forces" : "Ukrainian forces")} struck {Pick(random, Targets)} in {place.Name}, {place.Region}, with {Pick(random, Weapons)} {when}, killing {Number(killed)} people and wounding {Number(wounded)}, local officials said. Rescue teams were still searching the rubble, and the authorities declared a day of mourning.",
            1 => $"Ukrainian troops {Pick(random, Moves)} {place.Name} {when}, the general staff said in its evening report. It said {Number(random.Next(2, 9))} attacks had been repelled along that part of the front.",
            2 => $"{ukrainian.Name}, {Role(ukrainian.Role)}, said {when} that {Pick(random, Positions)}. “We will not give up {place.Name},” {ukrainian.Surname} told reporters.",
            3 => $"The Kremlin denied {when} that {Pick(random, Denied)}. “These reports have nothing to do with reality,” {russian.Name}, {Role(russian.Role)}, said.",
            4 => $"{ukrainian.Name} met {foreign.Name} in Kyiv {when} to discuss {Pick(random, Topics)}, according to a statement from the presidential office.",
            5 => $"The air force said {when} that it had shot down {random.Next(20, 90).ToString(English)} of {random.Next(90, 140).ToString(English)} drones launched at the country, most of them over {place.Region}. Russia's defence ministry gave a different figure, saying all of its targets had been hit.",
            _ => $"A drone attack {when} set fire to {Pick(random, Targets)} in {place.Name}, the regional governor said on Telegram, adding that no one had been hurt.",
        };
    }

    /// <summary>A date as the news writes one, relative to the day of publication or stated.</summary>
    private static string When(Random random, DateOnly published)
    {
        var back = random.Next(0, 6);
        var day = published.AddDays(-back);
        return random.Next(6) switch
        {
            0 => back == 0 ? "overnight" : "on " + day.ToString("dddd", English),
            1 => back == 0 ? "on " + day.ToString("dddd", English) : "on " + day.ToString("d MMMM", English),
            2 => "on " + day.ToString("dddd", English),
            3 => back <= 1 ? "yesterday" : "on " + day.ToString("d MMMM yyyy", English),
            4 => "last week",
            _ => "on " + day.ToString("d MMMM", English),
        };
    }

    private static readonly string[] SmallNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Numbers as news style writes them: words up to nine, digits above.</summary>
    private static string Number(int n) => n <= 9 ? SmallNumbers[n] : n.ToString(English);

    /// <summary>"President of Ukraine (2019–)" as an apposition: "President of Ukraine".</summary>
    private static string Role(string role) => role.Split('(', ',')[0].Trim();

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
