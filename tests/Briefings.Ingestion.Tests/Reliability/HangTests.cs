using System.Diagnostics;
using System.Text;
using Briefings.Ingestion.Parsing;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Tests.Reliability;

/// <summary>Inputs that used to cost a pattern's or a parser's worst case now cost their length.</summary>
public sealed class HangTests
{
    private static string Words(int length, int seed)
    {
        string[] words = ["the", "council", "said", "all", "rights", "reserved", "copyright", "Vorinsk", "reported", "(c)", "2024", "subscribe", "read", "more."];
        var random = new Random(seed);
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
            text.Append(words[random.Next(words.Length)]).Append(' ');
        return text.ToString();
    }

    [Fact]
    public void AMegabyteSingleLinePassesTheChromeStripperInLinearTime()
    {
        // Before: 30 KB took 2.3 s and 4.9 MB over 15 minutes in the copyright pattern; a megabyte
        // would have taken most of an hour. After: 4 MB in 0.4 s (Release).
        var document = new SourceDocument("long.txt", SourceFormat.Text, "Headline\n\n" + Words(1_000_000, 1), "hash", DeclaredMetadata.None);
        var article = new ArticleContext(document);
        var watch = Stopwatch.StartNew();

        new ChromeStripper().Run(article);

        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 60);
        Assert.Equal(LineRole.Unclassified, article.Lines.Single(l => l.Content.Length > 1000).Role);
    }

    [Fact]
    public void ShortChromeLinesAreStillChrome()
    {
        var document = new SourceDocument("c.txt", SourceFormat.Text,
            "Headline\n\nThe council met on Tuesday in Vorinsk and voted.\n\nCopyright 2024 The Clarion. All rights reserved.\n\nThe Clarion, all rights reserved\n",
            "hash", DeclaredMetadata.None);
        var article = new ArticleContext(document);

        new ChromeStripper().Run(article);

        Assert.All(article.Lines.Where(l => l.Content.Contains("rights", StringComparison.Ordinal)), l => Assert.Equal(LineRole.Chrome, l.Role));
    }

    [Fact]
    public void HundredsOfThousandsOfNestedTagsAreFlattenedBeforeParsingAndTheTextIsKept()
    {
        // AngleSharp alone: 10,000 nested divs 2.4 s, 50,000 29 s, 100,000 250 s.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 400_000)) + "<p>The council of Vorinsk met on Tuesday.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 400_000)) + "</body></html>";
        var watch = Stopwatch.StartNew();

        var outcome = new DocumentReader(new IngestionOptions { MaxFileBytes = 16 << 20 }).Read("deep.html", Encoding.UTF8.GetBytes(html));

        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 60);
        Assert.Contains("The council of Vorinsk met on Tuesday.", outcome.Document?.Text);
        Assert.Contains(outcome.Notes, n => n.Contains("nested deeper", StringComparison.Ordinal));
    }

    [Fact]
    public void NestingWithinTheLimitAndTagsInsideScriptsAreLeftAlone()
    {
        var html = "<div><section><p>One<p>Two</section></div><script>var s = '" + string.Concat(Enumerable.Repeat("<div>", 2000)) + "';</script>";
        var shallow = string.Concat(Enumerable.Repeat("<p>x", 5000));

        Assert.Equal((html, 0), NestingLimiter.Limit(html));
        Assert.Equal((shallow, 0), NestingLimiter.Limit(shallow));
    }

    [Fact]
    public void TagsPastTheLimitAreDroppedWithTheirEndTags()
    {
        var depth = NestingLimiter.MaxDepth + 10;
        var html = string.Concat(Enumerable.Repeat("<span>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</span>", depth));

        var (limited, dropped) = NestingLimiter.Limit(html);

        Assert.Equal(20, dropped);
        Assert.Equal(NestingLimiter.MaxDepth, limited.Split("<span>").Length - 1);
        Assert.Equal(NestingLimiter.MaxDepth, limited.Split("</span>").Length - 1);
        Assert.Contains("deep", limited);
    }
}
