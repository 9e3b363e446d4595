using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Reads an HTML page with AngleSharp: the metadata it declares (Open Graph, JSON-LD,
/// &lt;time&gt;, canonical link) and the article body flattened to one block per line, with
/// the site's navigation, scripts, asides and footers left out.
/// </summary>
public sealed class HtmlDocumentReader : ISourceFormatReader
{
    /// <summary>Elements that are never article text: page chrome, code, embeds and controls.</summary>
    internal static readonly string[] Excluded =
    [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "header", "form",
        "iframe", "button", "svg", "canvas", "select", "textarea", "object", "embed", "dialog",
    ];

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
        var container = HtmlContentFinder.FindArticle(document);
        var declared = HtmlMetadataReader.Read(document, container);
        var (body, headings) = Flatten(container);
        return new ExtractedText(body, declared) { Headings = headings };
    }

    /// <summary>The text of a piece of HTML, such as raw HTML inside a Markdown file, without looking for an article in it.</summary>
    internal static string FlattenFragment(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return Flatten(document.Body).Text;
    }

    private static (string Text, IReadOnlyList<string> Headings) Flatten(IElement? container)
    {
        var blocks = new TextBlocks();
        if (container is null)
            return ("", []);
        foreach (var excluded in container.QuerySelectorAll(string.Join(',', Excluded)).ToList())
            excluded.Remove();

        // An explicit stack rather than recursion: a page nested thousands of levels deep must not overflow it.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((container, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText textNode)
            {
                blocks.Append(textNode.Data);
                continue;
            }
            if (node is not IElement element)
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
