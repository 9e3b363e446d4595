namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Finds the headline past site chrome and date lines: the title the file declares, or the
/// first headline-shaped line before the text begins (also behind a scraper's date prefix,
/// "date 2024-11-05 Headline"). A headline-shaped line right under it is a subtitle. A live
/// blog that opens with text has no title line; <see cref="SectionSplitter"/> then takes its
/// first post's headline.
/// </summary>
public sealed class HeaderReader : IIngestionStage
{
    public void Run(ArticleContext article)
    {
        var kept = article.Lines.Where(l => l.Role == LineRole.Unclassified).ToList();
        var declared = article.Source.Declared.Title?.Trim();
        if (!string.IsNullOrEmpty(declared))
        {
            article.Title = declared;
            var same = kept.Find(l => Same(l.Content, declared));
            if (same is not null)
                MarkTitle(article.Lines, kept, same);
            return;
        }
        // Above the headline, a word or two without punctuation is the site's name or section ("World", "Opinion").
        while (kept.Count > 1 && TextShape.WordCount(kept[0].Content) <= 2 && !TextShape.IsSentenceLike(kept[0].Content)
               && !char.IsDigit(kept[0].Content[0]))
        {
            kept[0].Role = LineRole.Chrome;
            kept.RemoveAt(0);
        }
        if (kept.Count == 0)
            return;
        var first = kept[0];
        if (DateLineParser.ReadAtStart(first.Content) is { } prefix && first.Content[prefix.Length..].Trim() is var rest
            && TextShape.IsHeadlineLike(rest))
        {
            // The prefix is a date line run into the headline: chrome, listed so nothing is lost unseen.
            article.ChromeFragments.Add(first.Content[..prefix.Length].Trim());
            article.Title = rest;
            first.Content = rest;
            MarkTitle(article.Lines, kept, first);
        }
        else if (TextShape.IsHeadlineLike(first.Content))
        {
            article.Title = first.Content;
            MarkTitle(article.Lines, kept, first);
        }
    }

    private static void MarkTitle(IReadOnlyList<SourceLine> lines, List<SourceLine> kept, SourceLine title)
    {
        title.Role = LineRole.Title;
        var next = kept.IndexOf(title) + 1;
        // A subtitle sits right under the headline; a headline-shaped line after a date line or
        // a post time is the first post's headline instead.
        if (next < kept.Count && TextShape.IsHeadlineLike(kept[next].Content)
            && next + 1 < kept.Count && TextShape.IsSentenceLike(kept[next + 1].Content)
            && lines.Skip(title.Number + 1).Take(kept[next].Number - title.Number - 1).All(l => l.Role == LineRole.Blank))
            kept[next].Role = LineRole.Standfirst;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
