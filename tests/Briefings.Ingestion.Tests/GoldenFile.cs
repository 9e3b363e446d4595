using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefings.Ingestion.Tests;

/// <summary>
/// A committed JSON file that a test's output must equal, Markdig-spec style: a difference
/// fails with its first differing line; UPDATE_GOLDEN=1 rewrites the file, and the diff is
/// reviewed like code.
/// </summary>
internal static class GoldenFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Check(string path, object value, string what)
    {
        var actual = JsonSerializer.Serialize(value, Json) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_GOLDEN=1 and review the new file.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
            Assert.Fail($"{what} no longer matches {path} ({FirstDifference(expected, actual)}). "
                        + "If the change is right, run the tests with UPDATE_GOLDEN=1 and review the diff.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var was = i < e.Length ? e[i] : "(end of file)";
            var now = i < a.Length ? a[i] : "(end of file)";
            if (was != now)
                return $"line {i + 1}: expected {was.Trim()} but got {now.Trim()}";
        }
        return "line endings only";
    }
}
