using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Briefings.Benchmarks;

/// <summary>Names the static property of <see cref="Throughput"/> that gives a benchmark's bytes per operation.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ThroughputAttribute(string bytesPerOperation) : Attribute
{
    public string BytesPerOperation { get; } = bytesPerOperation;
}

/// <summary>Bytes each benchmark reads per operation, from the (deterministic) corpus.</summary>
public static class Throughput
{
    public static double RecognitionBytes => Fixture.Corpus.ParagraphBytes;

    public static double PipelineBytesPerArticle =>
        Fixture.Corpus.Articles.Take(PipelineBenchmarks.Articles).Average(a => (double)a.FileBytes);

    public static double? BytesPerOperation(BenchmarkCase benchmark)
    {
        var attribute = benchmark.Descriptor.WorkloadMethod.GetCustomAttributes(typeof(ThroughputAttribute), false)
            .OfType<ThroughputAttribute>().FirstOrDefault();
        return attribute is null ? null : (double?)typeof(Throughput).GetProperty(attribute.BytesPerOperation)?.GetValue(null);
    }
}

/// <summary>
/// MB/s (10^6 bytes of UTF-8 text a second) from the mean, and the bytes allocated per byte
/// read; empty for benchmarks that read no text.
/// </summary>
public sealed class ThroughputColumn(bool allocation) : IColumn
{
    public string Id => allocation ? "AllocPerByte" : "MBps";
    public string ColumnName => allocation ? "Alloc/byte" : "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => allocation ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => allocation
        ? "Bytes allocated per byte of text read"
        : "Megabytes (10^6 bytes of UTF-8 text) read per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || Throughput.BytesPerOperation(benchmarkCase) is not { } bytes)
            return "-";
        if (allocation)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is { } a ? (a / bytes).ToString("0.00", style.CultureInfo) : "-";
        }
        return (bytes / 1e6 / (statistics.Mean / 1e9)).ToString("0.00", style.CultureInfo);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
