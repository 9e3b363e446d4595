using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Reading;
using Briefings.Ingestion.Tests.Parsing;

namespace Briefings.Ingestion.Tests.Entities;

/// <summary>
/// What the recogniser finds in each seed (every entity with its type, forms and mentions, in
/// the order found) against the committed Golden/entities/&lt;file&gt;.json. It guards the
/// recogniser's speed work: an optimisation must leave these files unchanged. UPDATE_GOLDEN=1
/// rewrites them, and the diff is reviewed like code.
/// </summary>
public sealed class EntityGoldenTests
{
    private static readonly Lazy<Knowledge> SharedKnowledge = new(() => KnowledgeLoader.Load(new IngestionOptions()));

    public static TheoryData<string> Seeds() => Repo.SeedFiles();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheEntitiesOfASeedMatchTheirGoldenFile(string file) =>
        GoldenFile.Check(Path.Combine(Repo.Golden, "entities", file + ".json"), Shape(Recognise(file)), file);

    /// <summary>The seed through the stages before the recogniser, then the recogniser alone, so later stages cannot move the file.</summary>
    private static ArticleContext Recognise(string file)
    {
        var knowledge = SharedKnowledge.Value;
        var stages = IngestionPipeline.CreateDefault(new IngestionOptions(), knowledge).Stages
            .TakeWhile(s => s is not EntityRecognizer)
            .Append(new EntityRecognizer(knowledge))
            .ToList();
        var document = new DocumentReader(new IngestionOptions()).Read(file, File.ReadAllBytes(Path.Combine(Repo.Seeds, file))).Document
                       ?? throw new InvalidOperationException($"the reader skipped {file}");
        return new IngestionPipeline(stages).Run(document);
    }

    private static object Shape(ArticleContext article) =>
        article.Entities.Select(e => new
        {
            key = e.Key,
            name = e.Name,
            type = e.Type.ToString(),
            country = e.Country,
            region = e.Region,
            role = e.Role,
            affiliation = e.Affiliation,
            forms = e.Forms,
            mentionCount = e.Mentions.Count,
            // Compact, one string per mention: paragraph:start+length.
            mentions = e.Mentions.Select(m => $"{m.Paragraph}:{m.Start}+{m.Length}"),
        });
}
