
namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>
/// Each seed's parse, as indented JSON, against the committed Golden/&lt;file&gt;.json, so any
/// change in what the parser finds shows as a diff to review. UPDATE_GOLDEN=1 rewrites them.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Seeds() => Repo.SeedFiles();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheParseOfASeedMatchesItsGoldenFile(string file) =>
        GoldenFile.Check(Path.Combine(Repo.Golden, file + ".json"), Shape(Repo.RunSeed(file)), file);

    internal static object Shape(ArticleContext article) =>
        new
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
        };
}
