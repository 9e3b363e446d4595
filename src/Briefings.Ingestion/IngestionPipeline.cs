using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Parsing;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion;

/// <summary>
/// The stages that turn a read file into an extracted article, listed once, in order:
/// parse (chrome, header, dates, sections, body) → recognise → claims → dates → events.
/// Cross-article work (stories, disputed figures) runs separately over stored events.
/// </summary>
public sealed class IngestionPipeline(IReadOnlyList<IIngestionStage> stages)
{
    public IReadOnlyList<IIngestionStage> Stages { get; } = stages;

    public static IngestionPipeline CreateDefault(IngestionOptions? options = null, Knowledge? knowledge = null)
    {
        options ??= new IngestionOptions();
        knowledge ??= KnowledgeLoader.Load(options);
        return new([
            new ChromeStripper(), new HeaderReader(), new SectionSplitter(), new BodyBuilder(),
            new ProvenanceReader(), new PublicationDateReader(options), new DateMentionTagger(new DateResolver(options.DefaultNumericDateOrder)),
            new EntityRecognizer(knowledge), new ClaimExtractor(), new ClaimDater(options),
            new EventExtractor(new SentenceDater(new DateResolver(options.DefaultNumericDateOrder))),
        ]);
    }

    public ArticleContext Run(SourceDocument document)
    {
        var article = new ArticleContext(document);
        foreach (var stage in Stages)
        {
            try
            {
                stage.Run(article);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new IngestionStageException(stage.GetType().Name, document.FileName, ex);
            }
        }
        return article;
    }
}

/// <summary>A stage failed on a file: a bug, not bad input, named with the stage and the file.</summary>
public sealed class IngestionStageException(string stage, string fileName, Exception inner)
    : Exception($"{stage} failed on {fileName}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
    public string FileName { get; } = fileName;
}
