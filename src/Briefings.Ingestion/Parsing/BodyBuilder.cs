namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Builds the article body from the lines the earlier stages kept: paragraphs in order,
/// each in its section, captions marked as captions, and an article set on one long line
/// split into paragraphs at sentence boundaries (never inside a quotation).
/// </summary>
public sealed class BodyBuilder : IIngestionStage
{
    /// <summary>A line longer than this with several sentences is a whole article run together.</summary>
    private const int LongLine = 1200;
    private const int ParagraphTarget = 450;

    public void Run(ArticleContext article)
    {
        string? perspective = null;
        foreach (var line in article.Lines)
        {
            switch (line.Role)
            {
                case LineRole.Perspective:
                    perspective = line.Content;
                    break;
                case LineRole.Heading:
                    article.Sections.Add(new Section(line.Content, perspective, article.Paragraphs.Count));
                    break;
                case LineRole.Caption:
                    Add(article, line.Content, ParagraphKind.Caption);
                    break;
                case LineRole.Standfirst or LineRole.Unclassified:
                    if (line.Role == LineRole.Unclassified)
                        line.Role = LineRole.Body;
                    foreach (var paragraph in Paragraphs(line.Content))
                        Add(article, paragraph, ParagraphKind.Body);
                    break;
            }
        }
    }

    private static void Add(ArticleContext article, string text, ParagraphKind kind)
    {
        int? section = article.Sections.Count > 0 ? article.Sections.Count - 1 : null;
        article.Paragraphs.Add(new Paragraph(article.Paragraphs.Count, text, kind, section));
    }

    internal static IEnumerable<string> Paragraphs(string line)
    {
        if (line.Length <= LongLine)
        {
            yield return line;
            yield break;
        }
        var sentences = SentenceSplitter.Split(line, keepQuotationsWhole: true);
        if (sentences.Count < 3)
        {
            yield return line;
            yield break;
        }
        var start = sentences[0].Start;
        for (var i = 0; i < sentences.Count; i++)
        {
            var end = sentences[i].End;
            var last = i == sentences.Count - 1;
            var size = end - start;
            if (last || size >= 2 * ParagraphTarget || (size >= ParagraphTarget / 2 && StartsNewTopic(line, sentences[i + 1])))
            {
                yield return line[start..end].Trim();
                if (!last)
                    start = sentences[i + 1].Start;
            }
        }
    }

    // A quotation opening the next sentence usually belongs with the paragraph before it
    // (its speaker's); break before plain sentences only.
    private static bool StartsNewTopic(string line, TextSpan next) =>
        line[next.Start] is not ('“' or '"' or '‘');
}
