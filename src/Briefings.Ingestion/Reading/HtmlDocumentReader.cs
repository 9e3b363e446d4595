using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefings.Ingestion.Reading.Html;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Reads an HTML page with AngleSharp: the metadata it declares (Open Graph, JSON-LD,
/// &lt;time&gt;, canonical link) and the article body that <see cref="HtmlContentFinder"/>
/// finds, flattened to one block per line, with what it sets aside left out.
/// </summary>
public sealed class HtmlDocumentReader : ISourceFormatReader
{
    private static readonly HashSet<string> FragmentChrome = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer", "header", "form" };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li",
        "main", "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "br",
    };

    public SourceFormat Format => SourceFormat.Html;

    public ExtractedText Read(string text)
    {
        var document = new HtmlParser().ParseDocument(text);
        var content = HtmlContentFinder.FindArticle(document);
        var declared = HtmlMetadataReader.Read(document, content.Top);
        var (body, headings) = Flatten(content.Blocks, content.LeftOut, dropRepeats: true);
        var dates = DateLinesAbove.Find(document.Body ?? document.DocumentElement, content);
        if (dates.Count > 0 && body.Length > 0)
            body = string.Join("\n\n", dates.Append(body));
        return new ExtractedText(body, declared) { Headings = headings };
    }

    /// <summary>The text of a piece of HTML, such as raw HTML inside a Markdown file, without looking for an article in it.</summary>
    internal static string FlattenFragment(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        IElement[] root = document.Body is { } body ? [body] : [];
        return Flatten(root, e => BlockStatsBuilder.NeverText.Contains(e.LocalName) || FragmentChrome.Contains(e.LocalName), dropRepeats: false).Text;
    }

    private static (string Text, IReadOnlyList<string> Headings) Flatten(IEnumerable<IElement> containers, Func<IElement, bool> leftOut, bool dropRepeats)
    {
        var blocks = new TextBlocks { DropRepeats = dropRepeats };
        // An explicit stack rather than recursion: a page nested thousands of levels deep must not overflow it.
        var stack = new Stack<(INode Node, bool Leaving)>();
        foreach (var container in containers.Reverse())
            stack.Push((container, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText textNode)
            {
                blocks.Append(textNode.Data);
                continue;
            }
            if (node is not IElement element || (!leaving && leftOut(element)))
                continue;
            var isBlock = BlockElements.Contains(element.LocalName);
            if (leaving)
            {
                if (isBlock)
                    blocks.Break(heading: element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6");
                else if (element.LocalName is "td" or "th")
                    blocks.Append(" ");
                continue;
            }
            if (element.LocalName == "pre")
            {
                blocks.AddPreformatted(element.TextContent);
                continue;
            }
            if (isBlock)
                blocks.Break();
            stack.Push((element, true));
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                stack.Push((element.ChildNodes[i], false));
        }
        return (blocks.ToString(), blocks.Headings);
    }

}
