using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Briefings.Benchmarks;
using Briefings.Ingestion;
using Briefings.Ingestion.Entities;

// `corpus FOLDER` writes the generated corpus as article files, to read or to ingest.
if (args is ["corpus", var folder])
{
    Fixture.Corpus.WriteTo(folder);
    Console.WriteLine($"{Fixture.Corpus.Articles.Count} articles, {Fixture.Corpus.FileBytes:N0} bytes, in {folder}");
    return 0;
}

// `quick [RUNS]` times the recogniser over the corpus with a stopwatch: a fast check while
// optimising, not a measurement to report (BenchmarkDotNet's runs are).
if (args is ["quick", ..])
{
    var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
    var bench = new RecognitionBenchmarks();
    bench.Setup();
    Console.WriteLine($"{Fixture.Corpus.Articles.Count} articles, {Fixture.Corpus.ParagraphBytes:N0} paragraph bytes");
    for (var run = 0; run < runs; run++)
    {
        // CPU time as well as wall time: on a shared machine the wall clock counts other people's work.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var found = bench.RecogniseCorpus();
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var megabytes = Fixture.Corpus.ParagraphBytes / 1e6;
        Console.WriteLine($"run {run}: {megabytes / watch.Elapsed.TotalSeconds:0.00} MB/s wall, {megabytes / cpu.TotalSeconds:0.00} MB/s of CPU time, "
                          + $"{allocated / 1e6:0} MB allocated, {found} entities, GCs so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }
    return 0;
}

// `memory` loads the knowledge once, cold, and reports its time and what it keeps alive.
if (args is ["memory"])
{
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var watch = Stopwatch.StartNew();
    var knowledge = KnowledgeLoader.Load(new IngestionOptions());
    watch.Stop();
    var after = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(knowledge);
    Console.WriteLine($"cold knowledge load: {watch.Elapsed.TotalMilliseconds:0} ms; retained: {(after - before) / 1e6:0.0} MB managed; "
                      + $"working set: {Environment.WorkingSet / 1e6:0} MB");
    return 0;
}

var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(allocation: false), new ThroughputColumn(allocation: true));
BenchmarkSwitcher.FromAssembly(typeof(RecognitionBenchmarks).Assembly).Run(args, config);
return 0;
