using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Tests.Parsing;

/// <summary>
/// Every sentence of the input is either in the article (body, title, a section heading)
/// or in what was classed as chrome: the parser may sort text, never drop it unseen.
/// </summary>
public sealed class NothingLostTests
{
    public static TheoryData<string> Seeds() => Repo.SeedFiles();

    public static TheoryData<string> OwnInputs() => new()
    {
        Parse.Lines(
            "Skip to main content",
            "Home",
            "date 2024-07-08 France’s left alliance tops vote as far right falls to third",
            "Projections put the New Popular Front ahead of Macron’s centrists. Follow updates.",
            "Paris (AFP) — Crowds gathered at Place de la République as results came in on Sunday.",
            "Crowds celebrate in Paris on Sunday night. Picture: Julien de Rosa/AFP",
            "Crowds celebrate in Paris on Sunday night. Picture: Julien de Rosa/AFP",
            "Mr. Mélenchon said the president had a duty to call on the alliance… “The people have spoken. We are ready.”",
            "Share:",
            "(12 votes)",
            "– with AFP",
            "© 2024 Gazette du Nord. All rights reserved.",
            "Original URL: https://www.gazettedunord.example/politique/legislatives-2024"),
        Parse.Lines(
            "Thursday, 4 July 2024 22:10",
            "Rate this item",
            "BRITISH PERSPECTIVE",
            "Labour heads for landslide as exit poll is published",
            "The exit poll gave Labour 410 seats. Conservatives were put on 131.",
            "EUROPEAN PERSPECTIVE",
            "Brussels hopes for warmer ties with London",
            "Officials said a reset was overdue. One called it “a new chapter... at last.”",
            "Reuters/PA",
            "UK DESK TEAM: Jo Bell: Editor; Sam Reid: Reporter",
            "Contact Us: [email protected] Tel: +44 20 7946 0000"),
        Parse.Lines(
            "Voters in Tehran queued past midnight as polls were extended.",
            "Runoff set between Pezeshkian and Jalili",
            "Neither candidate won a majority in the first round, the interior ministry said.",
            "Turnout falls to record low",
            "Turnout was 39.9 per cent, the lowest since the 1979 revolution. DM"),
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EverySentenceOfASeedIsInTheArticleOrItsChrome(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Seeds, file));
        AssertNothingLost(text, Repo.RunSeed(file));
    }

    [Theory]
    [MemberData(nameof(OwnInputs))]
    public void EverySentenceOfAnInputIsInTheArticleOrItsChrome(string text) =>
        AssertNothingLost(text, Parse.Article(text));

    private static void AssertNothingLost(string text, ArticleContext article)
    {
        var kept = article.Paragraphs.Select(p => p.Text)
            .Concat(article.Sections.Select(s => s.Heading))
            .Append(article.Title ?? "")
            .Concat(article.ChromeLines)
            .Select(Parse.Collapse)
            .Where(s => s.Length > 0)
            .ToList();
        var fragments = article.ChromeFragments.Select(Parse.Collapse).Where(f => f.Length > 0).ToList();

        var lost = text.Replace("\r\n", "\n").Split('\n')
            .SelectMany(line => SentenceSplitter.Sentences(line))
            .Select(Parse.Collapse)
            .Where(sentence => sentence.Length > 0 && !Covered(sentence))
            .ToList();

        Assert.True(lost.Count == 0, "lost: " + string.Join("\n  ", lost));

        // A sentence may straddle a piece of chrome cut from its line ("date 2024-07-08 Headline").
        bool Covered(string sentence) =>
            kept.Any(k => k.Contains(sentence, StringComparison.Ordinal))
            || fragments.Any(f => sentence == f
                || (sentence.StartsWith(f + " ", StringComparison.Ordinal) && Covered(sentence[f.Length..].Trim()))
                || (sentence.EndsWith(" " + f, StringComparison.Ordinal) && Covered(sentence[..^f.Length].Trim())));
    }
}
