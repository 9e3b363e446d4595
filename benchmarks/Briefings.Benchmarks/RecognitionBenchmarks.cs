using BenchmarkDotNet.Attributes;
using Briefings.Ingestion;
using Briefings.Ingestion.Entities;

namespace Briefings.Benchmarks;

/// <summary>
/// The recognition stage alone (match, resolve, coreference) over every article of the
/// corpus, whose paragraphs the parsing stages built in setup. One operation is the whole
/// corpus, so the MB/s column is the corpus's paragraph bytes over the mean.
/// </summary>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private EntityRecognizer _recognizer = null!;
    private ArticleContext[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = new EntityRecognizer(Fixture.Knowledge);
        _articles = [.. Fixture.Corpus.Articles.Select(a => a.Parsed)];
    }

    [Benchmark]
    [Throughput(nameof(Throughput.RecognitionBytes))]
    public int RecogniseCorpus()
    {
        var found = 0;
        foreach (var article in _articles)
        {
            // The stage appends; clearing keeps every operation the same work.
            article.Entities.Clear();
            _recognizer.Run(article);
            found += article.Entities.Count;
        }
        return found;
    }
}
