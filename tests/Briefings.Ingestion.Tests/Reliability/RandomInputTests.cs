using System.Diagnostics;
using System.Text;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reliability;

/// <summary>
/// A short fuzzing run inside the suite (the long runs are in fuzz/, see docs/reliability.md):
/// random mixes of markup, entities, dates, control characters and scripts for a few seconds per
/// reader, each asserting no exception, no input that takes long, and a planted sentence kept.
/// </summary>
public sealed class RandomInputTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SlowestInput = TimeSpan.FromSeconds(30);
    private const string Planted = "Zorvath inspectors counted eleven barges at the quay";

    private static readonly string[] Pieces =
    [
        "<", ">", "</", "/>", "<div>", "</div>", "<p>", "<script>alert(1)</script>", "<iframe src=x>", "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">", "&lt;", "&amp;", "&#0;", "&#xD800;", "&", "#", "##", "* ", "> ", "```", "---", "|", "[", "](", ")",
        "\n", "\n\n", "\r", "\t", "\0", "\u001b[31m", "\u202e", "\uFFFD", "\uD800", "é", "“", "”", "Київ", "東京", "🙂",
        "31/02/2024", "٣١/١٠/٢٠٢٤", "۱۲ November", "0001-01-01", "9999-12-31T23:59:59Z", "on Tuesday", "last week", "11/12", "2024", "November 5", "Feb 30",
        "Copyright ", "All rights reserved", "(c) 2024", "Original URL: ", "data:text/html,x", "By ", "Reuters", "said", ". ", ", ", " ",
    ];

    private static string RandomText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            if (random.Next(4) == 0)
                text.Append((char)random.Next(0x20, 0x3000));
            else
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }
        return text.ToString();
    }

    private static void ForAWhile(int seed, Action<Random> run)
    {
        var random = new Random(seed);
        var total = Stopwatch.StartNew();
        var runs = 0;
        while (total.Elapsed < Budget || runs < 50)
        {
            var one = Stopwatch.StartNew();
            run(random);
            Assert.True(one.Elapsed < SlowestInput, $"one input took {one.Elapsed.TotalSeconds:0.0} s");
            runs++;
        }
    }

    [Theory]
    [InlineData("random.txt", "{0}\n\n" + Planted + ".\n\n{1}")]
    [InlineData("random.md", "{0}\n\n" + Planted + ".\n\n{1}")]
    [InlineData("random.html", "<html><body>{0}<article><p>" + Planted + ".</p></article>{1}</body></html>")]
    public void ReadersNeverThrowOnRandomInputAndKeepTheTextAroundIt(string name, string shape)
    {
        var reader = new DocumentReader(new IngestionOptions());
        ForAWhile(name.Length, random =>
        {
            var noise = RandomText(random, random.Next(1, 200));
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, noise, RandomText(random, random.Next(1, 50)));
            var outcome = reader.Read(name, Encoding.UTF8.GetBytes(text));
            // Noise may make the whole file binary-looking (NULs): then it is skipped with a reason, never thrown.
            if (outcome.Document is null)
                Assert.False(string.IsNullOrEmpty(outcome.SkipReason));
            else if (name.EndsWith(".txt", StringComparison.Ordinal))
                Assert.Contains(Planted, outcome.Document.Text);
        });
    }

    [Fact]
    public void RandomBytesAreReadOrSkippedNeverThrown()
    {
        var reader = new DocumentReader(new IngestionOptions());
        ForAWhile(3, random =>
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            var outcome = reader.Read(random.Next(3) switch { 0 => "b.txt", 1 => "b.html", _ => "b.md" }, bytes);
            Assert.True(outcome.Document is not null || outcome.SkipReason is not null);
        });
    }

    [Fact]
    public void TheDateResolverNeverThrowsOnRandomText()
    {
        var resolver = new DateResolver();
        ForAWhile(4, random =>
        {
            var text = RandomText(random, random.Next(1, 80));
            // Placeholder years at DateOnly's ends are drawn too: a date moved off the calendar resolves to nothing.
            DateOnly? published = random.Next(4) switch
            {
                0 => null,
                1 => random.Next(2) == 0 ? DateOnly.MinValue.AddDays(random.Next(400)) : DateOnly.MaxValue.AddDays(-random.Next(400)),
                _ => new DateOnly(random.Next(1900, 2101), random.Next(1, 13), random.Next(1, 29)),
            };
            foreach (var expression in DateExpressionFinder.Find(text))
                _ = resolver.Resolve(expression, published, lookAhead: random.Next(2) == 0);
        });
    }

    [Fact]
    public void ThePipelineNeverThrowsOnRandomText()
    {
        var pipeline = IngestionPipeline.CreateDefault();
        var reader = new DocumentReader(new IngestionOptions());
        // Once untimed, so the first input does not pay for compiling every stage.
        _ = pipeline.Run(reader.Read("warm.txt", Encoding.UTF8.GetBytes("Warm up\n\n" + Planted + ".")).Document!);
        ForAWhile(5, random =>
        {
            var text = "Vorinsk council meets\n\n" + RandomText(random, random.Next(1, 300)) + "\n\n" + Planted + " on Tuesday, the council said.";
            if (reader.Read("r.txt", Encoding.UTF8.GetBytes(text)).Document is { } document)
                _ = pipeline.Run(document);
        });
    }
}
