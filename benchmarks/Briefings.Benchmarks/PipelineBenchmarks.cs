using BenchmarkDotNet.Attributes;
using Briefings.Ingestion;

namespace Briefings.Benchmarks;

/// <summary>
/// The whole pipeline (parse, recognise, claims, dates, events) on one article, for context:
/// the mean is per article, averaged over the first <see cref="Articles"/> of the corpus.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    public const int Articles = 200;

    private IngestionPipeline _pipeline = null!;
    private CorpusArticle[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = IngestionPipeline.CreateDefault(new IngestionOptions(), Fixture.Knowledge);
        _articles = [.. Fixture.Corpus.Articles.Take(Articles)];
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    [Throughput(nameof(Throughput.PipelineBytesPerArticle))]
    public int PipelinePerArticle()
    {
        var events = 0;
        foreach (var article in _articles)
            events += _pipeline.Run(article.Document).Events.Count;
        return events;
    }
}
