using System.Text;
using System.Text.RegularExpressions;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>Runs test inputs through the reader and the pipeline the way the app does.</summary>
internal static partial class Parse
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    public static SourceDocument Document(string text, string fileName = "x.txt") =>
        new DocumentReader(new IngestionOptions()).Read(fileName, Encoding.UTF8.GetBytes(text)).Document
        ?? throw new InvalidOperationException("the reader skipped the test input");

    public static ArticleContext Article(string text, IngestionOptions? options = null) =>
        IngestionPipeline.CreateDefault(options).Run(Document(text));

    /// <summary>Runs only the given stages, in order, so a test sees one stage's own work.</summary>
    public static ArticleContext Stages(string text, params IIngestionStage[] stages) =>
        new IngestionPipeline(stages).Run(Document(text));

    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    public static LineRole RoleOf(ArticleContext article, string text) =>
        article.Lines.Single(l => l.Trimmed == text).Role;

    public static IReadOnlyList<string> Texts(ArticleContext article) => article.Paragraphs.Select(p => p.Text).ToList();

    public static string Collapse(string text) => WhiteSpace().Replace(text.Replace('\u00a0', ' '), " ").Trim();
}

/// <summary>Where the repository's folders are, found from the test binaries up to Briefings.sln.</summary>
internal static class Repo
{
    public static string Root => RepoRoot.Folder;

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The golden files in the source tree, so that UPDATE_GOLDEN=1 rewrites what is committed, not a copy in bin.</summary>
    public static string Golden => Path.Combine(Root, "tests", "Briefings.Ingestion.Tests", "Golden");

    public static string SharedGold => Path.GetFullPath(Path.Combine(Root, "..", "shared", "gold", "seeds.gold.json"));

    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            data.Add(file!);
        return data;
    }

    public static ArticleContext RunSeed(string file) =>
        IngestionPipeline.CreateDefault().Run(
            new DocumentReader(new IngestionOptions()).Read(file, File.ReadAllBytes(Path.Combine(Seeds, file))).Document
            ?? throw new InvalidOperationException($"the reader skipped {file}"));
}
