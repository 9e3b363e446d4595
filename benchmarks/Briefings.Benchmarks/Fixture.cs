using Briefings.Ingestion;
using Briefings.Ingestion.Entities;

namespace Briefings.Benchmarks;

/// <summary>
/// The knowledge and the corpus, built once per process: the benchmark processes build them
/// in their setup, and the host builds the same corpus (it is deterministic) to size the
/// throughput column.
/// </summary>
public static class Fixture
{
    public static readonly string RepoRoot = FindRoot();

    private static readonly Lazy<Knowledge> LazyKnowledge = new(() => KnowledgeLoader.Load(new IngestionOptions()));
    private static readonly Lazy<Corpus> LazyCorpus = new(() => Corpus.Build(Knowledge, Path.Combine(RepoRoot, "seeds")));

    public static Knowledge Knowledge => LazyKnowledge.Value;
    public static Corpus Corpus => LazyCorpus.Value;

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("Briefings.sln not found above " + Environment.CurrentDirectory);
    }
}
