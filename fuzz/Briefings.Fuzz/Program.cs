using System.Text;
using Briefings.Ingestion;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Reading;
using SharpFuzz;

namespace Briefings.Fuzz;

/// <summary>
/// AFL++ targets over the pipeline's readers and the date resolver: each reads one input and
/// must neither throw nor hang. A reader may refuse the input with a reason; any exception is a
/// crash AFL records. Run with fuzz/run.sh TARGET MINUTES.
/// </summary>
public static class Program
{
    private static readonly DocumentReader Reader = new(new IngestionOptions());
    private static readonly DateResolver Resolver = new();

    public static void Main(string[] args)
    {
        var target = args.Length > 0 ? args[0] : "text";
        Action<ReadOnlySpan<byte>> run = target switch
        {
            "text" => bytes => Read("fuzz.txt", bytes),
            "html" => bytes => Read("fuzz.html", bytes),
            "markdown" => bytes => Read("fuzz.md", bytes),
            "dates" => Dates,
            _ => throw new ArgumentException($"unknown target '{target}' (text, html, markdown, dates)"),
        };
        // Out of process: a hang or a crash kills the child, and AFL++ keeps the input that did it.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            run(buffer.ToArray());
        });
    }

    private static void Read(string name, ReadOnlySpan<byte> bytes)
    {
        var outcome = Reader.Read(name, bytes.ToArray());
        if (outcome.Document is null && string.IsNullOrEmpty(outcome.SkipReason))
            throw new InvalidOperationException("neither a document nor a reason");
        // Lost text: a plain-text file that is read keeps every word of the decoded input.
        if (outcome.Document is { Format: SourceFormat.Text } document && document.Text != document.RawText)
            throw new InvalidOperationException("the text reader changed the text");
    }

    private static void Dates(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        DateOnly? published = bytes.Length > 0 && bytes[0] % 3 == 0 ? null : new DateOnly(2024, 11, 13);
        foreach (var expression in DateExpressionFinder.Find(text))
        {
            _ = Resolver.Resolve(expression, published);
            _ = Resolver.Resolve(expression, published, lookAhead: true);
        }
    }
}
