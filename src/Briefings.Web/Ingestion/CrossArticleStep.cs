using Briefings.Web.Data;
using Model = Briefings.Ingestion.Stories;

namespace Briefings.Web.Ingestion;

/// <summary>What the cross-article step found over all stored articles: the stories and the disputed figures.</summary>
public sealed record CrossArticleResult(IReadOnlyList<Model.Story> Stories, IReadOnlyList<Model.Figure> Figures)
{
    public static readonly CrossArticleResult Empty = new([], []);
}

/// <summary>
/// Work over all stored articles at once (clustering events into stories, setting disputed figures
/// side by side). It reads the store and returns the pipeline's records; the ingestion service
/// stores them, replacing the previous result, in one transaction.
/// </summary>
public interface ICrossArticleStep
{
    Task<CrossArticleResult> FindAsync(BriefingsDb db, CancellationToken cancellationToken);
}

/// <summary>
/// Stands in until the story and figure issues land: finds nothing, so nothing is stored.
/// Replace its registration in <see cref="IngestionServices"/> with the real step.
/// </summary>
public sealed class NoCrossArticleStep : ICrossArticleStep
{
    public Task<CrossArticleResult> FindAsync(BriefingsDb db, CancellationToken cancellationToken) =>
        Task.FromResult(CrossArticleResult.Empty);
}
