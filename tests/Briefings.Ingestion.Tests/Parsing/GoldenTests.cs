using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>
/// Each seed's parse, as indented JSON, against the committed Golden/&lt;file&gt;.json, so any
/// change in what the parser finds shows as a diff to review. UPDATE_GOLDEN=1 rewrites them.
/// </summary>
public sealed class GoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Seeds() => Repo.SeedFiles();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheParseOfASeedMatchesItsGoldenFile(string file)
    {
        var actual = Render(Repo.RunSeed(file));
        var path = Path.Combine(Repo.Golden, file + ".json");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Repo.Golden);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_GOLDEN=1 and review the new file.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
            Assert.Fail($"{file} no longer parses as {path} says ({FirstDifference(expected, actual)}). "
                        + "If the change is right, run the tests with UPDATE_GOLDEN=1 and review the diff.");
    }

    internal static string Render(ArticleContext article) =>
        JsonSerializer.Serialize(new
        {
            title = article.Title,
            published = new
            {
                date = article.Published.Date?.ToString("yyyy-MM-dd"),
                stated = article.Published.Stated,
                evidence = article.Published.Evidence,
            },
            publisher = article.Publisher,
            url = article.Url,
            wire = article.Wire,
            signOff = article.SignOff,
            sections = article.Sections.Select(s => new { heading = s.Heading, perspective = s.Perspective, firstParagraph = s.FirstParagraph }),
            paragraphs = article.Paragraphs.Select(p => new { kind = p.Kind.ToString(), section = p.Section, text = p.Text }),
            chrome = article.ChromeLines,
        }, Json) + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var was = i < e.Length ? e[i] : "(end of file)";
            var now = i < a.Length ? a[i] : "(end of file)";
            if (was != now)
                return $"line {i + 1}: expected {was.Trim()} but got {now.Trim()}";
        }
        return "line endings only";
    }
}
