using System.IO.Compression;
using System.Text;

namespace Briefings.Ingestion.Entities;

/// <summary>Opens the embedded gazetteer files and splits their tab-separated rows.</summary>
internal static class GazetteerData
{
    private const string ResourcePrefix = "Briefings.Ingestion.Data.";

    /// <summary>An embedded data file as plain text, unzipped when its name ends in .gz.</summary>
    public static Stream Open(string file)
    {
        var stream = typeof(GazetteerData).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The embedded resource {ResourcePrefix}{file} is missing from Briefings.Ingestion.");
        return file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>The rows of a TSV whose first line is a header; lines starting with # are comments.</summary>
    public static IEnumerable<string[]> Rows(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            yield return line.Split('\t');
        }
    }

    /// <summary>A |-separated list; empty when the field is.</summary>
    public static string[] List(string[] row, int column) =>
        column < row.Length && row[column].Length > 0 ? row[column].Split('|') : [];

    public static string Field(string[] row, int column) => column < row.Length ? row[column] : "";
}
