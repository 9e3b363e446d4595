using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Briefings.Ingestion;
using Briefings.Ingestion.Entities;

namespace Briefings.Benchmarks;

/// <summary>
/// What start-up pays before the first article: the whole knowledge (gazetteer, country
/// table, actor dictionary, name trie), and the gazetteer alone. The built-in actor dictionary
/// is cached per process, so after the first operation its parse is not in the figure.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class KnowledgeBenchmarks
{
    private readonly IngestionOptions _options = new();

    [Benchmark]
    public Knowledge LoadKnowledge() => KnowledgeLoader.Load(_options);

    [Benchmark]
    [SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
    public Gazetteer LoadGazetteer() => Gazetteer.Load();
}
