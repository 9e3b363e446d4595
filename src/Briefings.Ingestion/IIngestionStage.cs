namespace Briefings.Ingestion;

/// <summary>
/// One step of the pipeline. A stage reads and writes the <see cref="ArticleContext"/> and
/// reports problems as diagnostics; it does not throw for bad input.
/// </summary>
public interface IIngestionStage
{
    void Run(ArticleContext article);
}
