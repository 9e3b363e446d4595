using System.Text;
using Briefings.Web.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Tests;

/// <summary>
/// The corpus of broken and hostile files, built in code, ingested in one batch through
/// the real service: each file has its expected outcome, the rest of the batch is stored, and no
/// stored article's page or source carries live markup.
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string Body = "The council of Vorinsk voted on Tuesday to reopen the river port, its chairwoman Ilse Marrow said.";

    private sealed record Case(string Name, byte[] Bytes, string? Skipped = null, string? Keeps = null);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Article(string title, string extra = "") => $"{title}\n\n{Body}\n\n{extra}\n";

    private static IEnumerable<Case> Corpus()
    {
        var random = new Random(15);
        var binary = new byte[2048];
        random.NextBytes(binary);
        yield return new("empty.txt", [], Skipped: "empty");
        yield return new("whitespace.txt", Utf8(" \n\t\n   \n"), Skipped: "white space");
        yield return new("binary.txt", binary, Skipped: "binary");
        yield return new("nul-bytes.txt", Utf8("Vorinsk port\0\0\0 reopens\0"), Skipped: "NUL");
        // A stray byte in a UTF-8 file of some length: replaced, the rest read as UTF-8.
        yield return new("invalid-utf8.txt", [.. Utf8("Vorinsk port reopens\n\nThe council’s vote came "), 0xFF, .. Utf8("on Tuesday, its chairwoman said in Zürich. " + Body + " " + Body + "\n")], Keeps: "Zürich");
        yield return new("windows-1252.txt", [.. Encoding.Latin1.GetBytes("Caf\u00e9 owners welcome the port\n\n"), 0x93, .. Utf8("We are glad"), 0x94, .. Utf8(", said Ilse Marrow in Vorinsk on Tuesday.\n")], Keeps: "“We are glad”");
        yield return new("utf16-bom.txt", [.. new UnicodeEncoding(false, true).GetPreamble(), .. new UnicodeEncoding(false, false).GetBytes(Article("Port reopens in Vorinsk"))], Keeps: "chairwoman Ilse Marrow");
        yield return new("utf16-no-bom.txt", new UnicodeEncoding(true, false).GetBytes(Article("Port reopens in Vorinsk")), Keeps: "chairwoman Ilse Marrow");
        yield return new("single-line-10mb.txt", Utf8(string.Concat(Enumerable.Repeat("copyright all rights reserved Vorinsk ", 10 * 1024 * 1024 / 38 + 1))), Skipped: "larger than");
        yield return new("single-line-256kb.txt", Utf8("Long line\n\n" + string.Concat(Enumerable.Repeat("the council said all rights reserved in Vorinsk ", 256 * 1024 / 48))), Keeps: "Vorinsk");
        // 100,000 lines are measured outside the suite (docs/reliability.md): in a Debug test run they cost minutes.
        yield return new("short-lines.txt", Utf8("Many lines\n\n" + string.Join("\n", Enumerable.Range(0, 10_000).Select(i => $"Line {i}."))), Keeps: "Line 9999.");
        yield return new("deep.html", Utf8("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + $"<p>{Body}</p></body></html>"), Keeps: "chairwoman Ilse Marrow");
        yield return new("hostile.html", Utf8($"""
            <html><head><title>Port reopens</title><script>alert(1)</script></head><body><article>
            <h1>Port reopens</h1><p>{Body}</p>
            <p>Photo <img src="x" onerror="alert(2)"> and <iframe src="https://evil.example/"></iframe> and <a href="javascript:alert(3)">a link</a>.</p>
            <p onclick="alert(4)">The vote passed by nine to two, the council said.</p>
            </article></body></html>
            """), Keeps: "nine to two");
        yield return new("raw-html.md", Utf8($"# Port reopens\n\n{Body}\n\n<script>alert(5)</script>\n\n<img src=x onerror=alert(6)>\n\n[click](javascript:alert(7))\n"), Keeps: "chairwoman Ilse Marrow");
        yield return new("markup-as-text.txt", Utf8(Article("Markup in a report", "A reader wrote <script>alert(8)</script> and &lt;b&gt; into the council's form.")), Keeps: "<script>alert(8)</script>");
        yield return new("javascript-url.txt", Utf8(Article("Port reopens", "Original URL: javascript:alert(9)")), Keeps: "Vorinsk");
        yield return new("data-url.txt", Utf8(Article("Port reopens", "Original URL: data:text/html,<script>alert(10)</script>")), Keeps: "Vorinsk");
        yield return new("impossible-dates.txt", Utf8("Port reopens\n\n31/02/2024\n\nThe council of Vorinsk voted on 31/02/2024, on 0001-01-01 and on 9999-12-31, its chairwoman Ilse Marrow said.\n"), Keeps: "chairwoman Ilse Marrow");
        yield return new("year-one.html", Utf8($$"""<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z","headline":"Port reopens"}</script></head><body><article><p>{{Body}}</p></article></body></html>"""), Keeps: "chairwoman Ilse Marrow");
        yield return new("with spaces.txt", Utf8(Article("Spaces in a name")), Keeps: "Vorinsk");
        yield return new("Ünïcödé 東京 Київ.txt", Utf8(Article("Unicode in a name")), Keeps: "Vorinsk");
        yield return new("a..b.txt", Utf8(Article("Dots in a name")), Keeps: "Vorinsk");
        yield return new("forged\ningested  evil.txt", Utf8(Article("A line break in a name")), Keeps: "Vorinsk");
        yield return new("\u001b[2Jescape.txt", Utf8(Article("A terminal escape in a name")), Keeps: "Vorinsk");
        yield return new("..hidden.txt", Utf8(Article("Hidden")), Skipped: "hidden");
        yield return new(".leading-dot.txt", Utf8(Article("Hidden")), Skipped: "hidden");
    }

    [Fact]
    public async Task EveryBadFileGetsItsOutcomeTheRestIsStoredAndNothingRendersAsMarkup()
    {
        using var folder = new TempFolder();
        var cases = Corpus().ToList();
        foreach (var c in cases)
            folder.File(c.Name, c.Bytes);
        await using var factory = new BriefingsFactory();
        using (factory.NewDb())
        {
        }
        var summary = await factory.Ingestion.IngestAsync([folder.Path]);

        Assert.Equal(cases.Count, summary.Files.Count);
        Assert.All(summary.Files, f => Assert.DoesNotContain('\n', f.ToString()));
        await using var db = factory.NewDb();
        foreach (var c in cases)
        {
            var outcome = summary.Files.Single(f => f.File == c.Name);
            if (c.Skipped is { } reason)
            {
                Assert.True(outcome.Outcome == FileOutcomeKind.Skipped && outcome.Reason!.Contains(reason, StringComparison.Ordinal), $"{c.Name}: {outcome}");
                continue;
            }
            Assert.True(outcome.Outcome == FileOutcomeKind.Ingested, $"{c.Name}: {outcome}");
            var text = string.Join("\n", await db.Paragraphs.Where(p => p.ArticleId == outcome.ArticleId).Select(p => p.Text).ToListAsync());
            Assert.True(text.Contains(c.Keeps!, StringComparison.Ordinal), $"{c.Name} lost \"{c.Keeps}\"");
            await AssertNoLiveMarkupAsync(factory, outcome.ArticleId!.Value);
        }
        Assert.Null(await db.Articles.Where(a => a.FileName == "javascript-url.txt" || a.FileName == "data-url.txt").Select(a => a.Url).FirstOrDefaultAsync(a => a != null));
        Assert.Contains(await db.Articles.Where(a => a.FileName == "deep.html").Select(a => a.Diagnostics).SingleAsync(), d => d.Contains("nested deeper", StringComparison.Ordinal));
    }

    private static async Task AssertNoLiveMarkupAsync(BriefingsFactory factory, int id)
    {
        var page = await factory.GetPageAsync($"/articles/{id}");
        Assert.Empty(page.QuerySelectorAll("script, iframe, object, embed"));
        foreach (var element in page.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var attribute in new[] { "href", "src", "action", "formaction" })
            {
                var value = element.GetAttribute(attribute)?.Trim();
                Assert.False(value is not null && (value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase)),
                    $"article {id}: <{element.LocalName} {attribute}=\"{value}\">");
            }
        }
        using var client = factory.CreateClient();
        var source = await client.GetAsync(new Uri($"/articles/{id}/source", UriKind.Relative));
        Assert.StartsWith("text/plain", source.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }
}
