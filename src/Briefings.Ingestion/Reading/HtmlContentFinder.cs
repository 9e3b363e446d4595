using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Briefings.Ingestion.Reading;

/// <summary>Finds the element of an HTML page that holds the article's own text.</summary>
internal static class HtmlContentFinder
{
    /// <summary>
    /// The element holding the story: the &lt;article&gt; with the most paragraph text, else
    /// &lt;main&gt;, else the element whose own &lt;p&gt; children hold the most text, else the body.
    /// </summary>
    public static IElement? FindArticle(IHtmlDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .Where(a => !a.Ancestors<IElement>().Any(IsChrome))
            .MaxBy(ParagraphText);
        if (article is not null && ParagraphText(article) > 0)
            return article;
        var main = document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        if (main is not null)
            return main;
        return DensestParagraphs(document) ?? article ?? document.Body ?? document.DocumentElement;
    }

    /// <summary>
    /// The element whose paragraphs hold the most text. A grandparent counts half of it, so
    /// a story that wraps each &lt;p&gt; in its own &lt;div&gt; is still found as a whole.
    /// </summary>
    private static IElement? DensestParagraphs(IHtmlDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is not { } parent || paragraph.Ancestors<IElement>().Any(IsChrome))
                continue;
            var length = paragraph.TextContent.Length;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent)
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2.0);
        }
        return scores.Count == 0 ? null : scores.MaxBy(s => s.Value).Key;
    }

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    private static bool IsChrome(IElement element) => HtmlDocumentReader.Excluded.Contains(element.LocalName);
}
