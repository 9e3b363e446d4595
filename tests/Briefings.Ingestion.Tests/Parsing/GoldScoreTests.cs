using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>
/// Scores each seed's metadata and body against the shared gold reading
/// (../shared/gold/seeds.gold.json) by the rules of ../shared/tools/score_extraction.py, so
/// the golden files cannot drift from the truth.
/// </summary>
public sealed partial class GoldScoreTests
{
    private static readonly Lazy<JsonDocument> Gold = new(LoadGold);

    public static TheoryData<string> Seeds() => Repo.SeedFiles();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheMetadataAndBodyOfASeedMatchTheGoldReading(string file)
    {
        var gold = Gold.Value.RootElement.GetProperty("articles").EnumerateArray()
            .Where(a => a.GetProperty("file").GetString() == file)
            .Select(a => (JsonElement?)a)
            .FirstOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"{Repo.SharedGold} has no reading of {file}: add one before adding a seed.");
        var article = Repo.RunSeed(file);
        var missed = new List<string>();

        if (Norm(article.Title) != Norm(Str(gold, "title")))
            missed.Add($"title {article.Title}");

        var published = gold.GetProperty("published");
        var accept = published.GetProperty("accept").EnumerateArray().Select(d => d.GetString()).ToList();
        var date = article.Published.Date?.ToString("yyyy-MM-dd");
        var dateOk = published.GetProperty("date").ValueKind == JsonValueKind.Null ? date is null || accept.Contains(date) : accept.Contains(date);
        if (!dateOk)
            missed.Add($"published {date ?? "null"} (gold {published.GetProperty("date")})");

        var publisher = gold.GetProperty("publisher");
        var goldName = Str(publisher, "name");
        var allowed = new[] { goldName }.Concat(Strings(publisher, "accept")).Where(n => !string.IsNullOrEmpty(n)).Select(Norm).ToHashSet();
        var got = Norm(article.Publisher);
        if (!(goldName is null ? got.Length == 0 || allowed.Contains(got) : allowed.Contains(got)))
            missed.Add($"publisher {article.Publisher ?? "null"}");

        if ((article.Url ?? "").TrimEnd('/') != (Str(gold, "url") ?? "").TrimEnd('/'))
            missed.Add($"url {article.Url ?? "null"}");

        if (gold.TryGetProperty("wire", out _)
            && !article.Wire.Select(Norm).ToHashSet().SetEquals(Strings(gold, "wire").Select(Norm)))
            missed.Add($"wire [{string.Join(", ", article.Wire)}]");

        var headings = article.Sections.Select(s => Norm(s.Heading)).ToList();
        missed.AddRange(Strings(gold, "sections").Where(s => !headings.Contains(Norm(s))).Select(s => $"section {s}"));

        var paragraphs = article.Paragraphs.Select(p => Norm(p.Text)).ToList();
        foreach (var line in Strings(gold, "not_body"))
        {
            var n = Norm(line);
            if (paragraphs.Any(p => p == n || (n.Length >= 6 && p.StartsWith(n, StringComparison.Ordinal)) || p.EndsWith(" " + n, StringComparison.Ordinal)))
                missed.Add($"chrome left in body: {line}");
        }

        var body = WhiteSpace().Replace(string.Join(' ', paragraphs), "");
        foreach (var claim in gold.TryGetProperty("claims", out var claims) ? claims.EnumerateArray().ToList() : [])
        {
            if (claim.TryGetProperty("optional", out var optional) && optional.GetBoolean())
                continue;
            var sentence = Str(claim, "sentence")!;
            if (!body.Contains(WhiteSpace().Replace(Norm(sentence), ""), StringComparison.Ordinal))
                missed.Add($"body lost: {sentence}");
        }

        Assert.True(missed.Count == 0, $"{file} against the gold:\n  " + string.Join("\n  ", missed));
    }

    /// <summary>As score_extraction.py's norm: NFKC, straight quotes and hyphens, lower case, spaces collapsed, trimmed of .,:;'"()[].</summary>
    internal static string Norm(string? text)
    {
        if (text is null)
            return "";
        var s = text.Normalize(NormalizationForm.FormKC)
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u00a0', ' ')
            .ToLowerInvariant();
        return WhiteSpace().Replace(s, " ").Trim(' ', '.', ',', ':', ';', '\'', '"', '(', ')', '[', ']');
    }

    private static string? Str(JsonElement? e, string name) =>
        e is { } el && el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement? e, string name) =>
        e is { } el && el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];

    private static JsonDocument LoadGold()
    {
        var path = Repo.SharedGold;
        if (!File.Exists(path))
            throw new Xunit.Sdk.XunitException($"The gold reading is missing at {path}: the tests need the shared folder next to the repository (CI always has ../shared).");
        return JsonDocument.Parse(File.ReadAllText(path));
    }
}
