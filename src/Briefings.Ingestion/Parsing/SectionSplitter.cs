namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Finds the headed posts of a live blog or briefing: lines in capitals or headline-shaped
/// lines that a paragraph of text follows. A line in capitals over a headline is a perspective
/// label ("WESTERN PERSPECTIVE") kept on the sections under it. Where a page sets its headings
/// in capitals, a headline-shaped line above the first of them is a teaser for another story.
/// Marks heading, label and teaser lines; gives an untitled article its first post's headline.
/// </summary>
public sealed class SectionSplitter : IIngestionStage
{
    public void Run(ArticleContext article)
    {
        // Headings the source marks itself (HTML h2, Markdown ##) need no guessing.
        var declared = article.Source.Headings.ToHashSet(StringComparer.Ordinal);
        foreach (var line in article.Lines.Where(l => l.Role == LineRole.Unclassified && declared.Contains(l.Content)))
            line.Role = LineRole.Heading;
        var kept = article.Lines.Where(l => l.Role == LineRole.Unclassified).ToList();
        var caps = new List<SourceLine>();
        var mixed = new List<SourceLine>();
        for (var i = 0; i + 1 < kept.Count; i++)
        {
            var line = kept[i].Content;
            var next = kept[i + 1].Content;
            var isCaps = TextShape.IsAllCaps(line) && TextShape.WordCount(line) <= 15;
            if (isCaps && TextShape.IsHeadlineLike(next))
                kept[i].Role = LineRole.Perspective;
            else if (isCaps && TextShape.IsSentenceLike(next))
                caps.Add(kept[i]);
            else if (TextShape.IsHeadlineLike(line) && (TextShape.IsSentenceLike(next) || kept[i + 1].Role == LineRole.Perspective))
                mixed.Add(kept[i]);
        }

        var headingsInCaps = caps.Count >= 2 && caps.Count > mixed.Count(IsUnderLabel);
        foreach (var line in caps)
            line.Role = LineRole.Heading;
        foreach (var line in mixed)
        {
            if (headingsInCaps && !IsUnderLabel(line))
                line.Role = caps.Count > 0 && line.Number < caps[0].Number ? LineRole.Chrome : LineRole.Unclassified;
            else
                line.Role = LineRole.Heading;
        }

        if (article.Title is null)
        {
            var firstHeading = article.Lines.FirstOrDefault(l => l.Role == LineRole.Heading && !TextShape.IsAllCaps(l.Content));
            article.Title = firstHeading?.Content;
        }

        bool IsUnderLabel(SourceLine line)
        {
            var i = kept.IndexOf(line);
            return i > 0 && kept[i - 1].Role == LineRole.Perspective;
        }
    }
}
