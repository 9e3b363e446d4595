using System.CommandLine;
using Briefings.Ingestion;
using Briefings.Ingestion.Reading;
using Briefings.Web.Cli;
using Briefings.Web.Generation;

namespace Briefings.Web.Tests;

/// <summary>The corpus generator: deterministic for a seed, the shapes and sizes it promises, and files the pipeline reads as what they were made from.</summary>
public sealed class GenerateTests
{
    private static async Task<(int Code, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = BriefingsCli.Create((_, _) => Task.FromResult(0));
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

    [Fact]
    public async Task TheSameSeedWritesTheSameFilesAndAnotherSeedOthers()
    {
        using var folder = new TempFolder();
        var a = Path.Combine(folder.Path, "a");
        var b = Path.Combine(folder.Path, "b");
        var c = Path.Combine(folder.Path, "c");
        Assert.Equal(0, (await InvokeAsync("generate", "--count", "40", "--out", a, "--seed", "3")).Code);
        Assert.Equal(0, (await InvokeAsync("generate", "--count", "40", "--out", b, "--seed", "3")).Code);
        Assert.Equal(0, (await InvokeAsync("generate", "--count", "40", "--out", c, "--seed", "4")).Code);

        var first = Files(a);
        Assert.Equal(40, first.Count);
        Assert.Equal(first, Files(b));
        var other = Files(c);
        Assert.False(first.Keys.Zip(other.Keys).Any(p => first[p.First] == other[p.Second]), "another seed wrote an identical file");
    }

    [Fact]
    public void ACorpusMixesShapesOutletsDatesAndLiveBlogsAtAboutFiveKilobytes()
    {
        var generator = CorpusGenerator.BuiltIn;
        var articles = Enumerable.Range(0, 300).Select(i => generator.Compose(11, i)).ToList();
        var texts = Enumerable.Range(0, 300).Select(i => generator.Article(11, i).Text).ToList();

        Assert.Equal([".html", ".md", ".txt"], articles.Select(a => Path.GetExtension(a.FileName)).Distinct().Order(StringComparer.Ordinal));
        Assert.True(articles.Select(a => a.Outlet.Name).Distinct().Count() >= 8, "too few outlets");
        Assert.True(articles.Select(a => a.Published.Year).Distinct().Count() >= 3, "dates do not span years");
        Assert.InRange(articles.Count(a => a.Sections.Count > 1), 20, 120);
        Assert.InRange(articles.Count(a => !a.StatesDate), 5, 60);
        Assert.InRange(texts.Average(t => t.Length), 3_500, 7_000);
        Assert.Equal(300, articles.Select(a => a.FileName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ThePipelineReadsAGeneratedFileAsWhatItWasMadeFrom()
    {
        var generator = CorpusGenerator.BuiltIn;
        var reader = new DocumentReader(new IngestionOptions());
        var pipeline = IngestionPipeline.CreateDefault();
        var titles = 0;
        var dates = 0;
        var stated = 0;
        const int count = 40;
        for (var i = 0; i < count; i++)
        {
            var made = generator.Compose(5, i);
            var (name, text) = generator.Article(5, i);
            var read = reader.Read(name, System.Text.Encoding.UTF8.GetBytes(text));
            Assert.True(read.Document is not null, $"{name} was skipped: {read.SkipReason}");
            var article = pipeline.Run(read.Document);
            Assert.NotEmpty(article.Events);
            Assert.Contains(article.Entities, e => e.Type == Briefings.Ingestion.Entities.EntityType.Place);
            titles += article.Title == made.Title ? 1 : 0;
            if (made.StatesDate)
            {
                stated++;
                dates += article.Published.Date == made.Published ? 1 : 0;
            }
        }
        Assert.True(titles >= count * 9 / 10, $"{titles} of {count} titles read as written");
        Assert.True(dates >= stated * 9 / 10, $"{dates} of {stated} stated dates read as written");
    }

    [Fact]
    public async Task BadArgumentsAndAFolderInUseAreRefusedWithAReason()
    {
        using var folder = new TempFolder();
        var zero = await InvokeAsync("generate", "--count", "0", "--out", folder.Path);
        Assert.Equal(1, zero.Code);
        Assert.Contains("--count must be at least 1", zero.Error, StringComparison.Ordinal);

        folder.File("mine.txt", "a file of the user's");
        var busy = await InvokeAsync("generate", "--count", "2", "--out", folder.Path);
        Assert.Equal(1, busy.Code);
        Assert.Contains("is not empty", busy.Error, StringComparison.Ordinal);
        Assert.Equal(["mine.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));

        var forced = await InvokeAsync("generate", "--count", "2", "--out", folder.Path, "--force");
        Assert.Equal(0, forced.Code);
        Assert.Equal(3, Directory.GetFiles(folder.Path).Length);
        Assert.Equal("a file of the user's", File.ReadAllText(Path.Combine(folder.Path, "mine.txt")));
    }
}
