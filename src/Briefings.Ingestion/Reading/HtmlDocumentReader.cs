using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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
    private static readonly string[] Excluded =
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

    private static readonly JsonDocumentOptions LenientJson = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public SourceFormat Format => SourceFormat.Html;

    public ExtractedText Read(string text)
    {
        var document = new HtmlParser().ParseDocument(text);
        var container = FindArticle(document);
        var declared = ReadMetadata(document, container);
        var (body, headings) = Flatten(container);
        return new ExtractedText(body, declared) { Headings = headings };
    }

    /// <summary>The text of a piece of HTML, such as raw HTML inside a Markdown file, without looking for an article in it.</summary>
    internal static string FlattenFragment(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return Flatten(document.Body).Text;
    }

    private static DeclaredMetadata ReadMetadata(IHtmlDocument document, IElement? container)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name");
            var content = Clean(element.GetAttribute("content"));
            if (key is not null && content is not null)
                meta.TryAdd(key.Trim(), content);
        }
        var linkedData = JsonLd.Read(document);

        var title = meta.GetValueOrDefault("og:title")
                    ?? linkedData.Headline
                    ?? Clean(document.QuerySelector("h1")?.TextContent)
                    ?? Clean(document.QuerySelector("title")?.TextContent);
        var published = meta.GetValueOrDefault("article:published_time")
                        ?? linkedData.DatePublished
                        ?? TimeElement(container)
                        ?? TimeElement(document.DocumentElement);
        var publisher = meta.GetValueOrDefault("og:site_name") ?? linkedData.Publisher;
        var canonical = document.QuerySelectorAll("link[href]")
            .FirstOrDefault(l => (l.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Contains("canonical", StringComparer.OrdinalIgnoreCase));
        var url = WebUrl(canonical?.GetAttribute("href")) ?? WebUrl(meta.GetValueOrDefault("og:url"));
        return new DeclaredMetadata(title, published, publisher, url);
    }

    private static string? TimeElement(IElement? scope) =>
        scope?.QuerySelectorAll("time[datetime]").Select(t => Clean(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);

    /// <summary>Only absolute http(s) addresses: a relative or javascript: link cannot be shown as a source.</summary>
    private static string? WebUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static string? Clean(string? value)
    {
        if (value is null)
            return null;
        var cleaned = TextBlocks.Collapse(value);
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>
    /// The element holding the story: the &lt;article&gt; with the most paragraph text, else
    /// &lt;main&gt;, else the element whose own &lt;p&gt; children hold the most text, else the body.
    /// </summary>
    private static IElement? FindArticle(IHtmlDocument document)
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

    private static bool IsChrome(IElement element) => Excluded.Contains(element.LocalName);

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

    /// <summary>The schema.org data a page embeds as JSON-LD, of which the article's own object counts first.</summary>
    private sealed record JsonLd(string? Headline, string? DatePublished, string? Publisher)
    {
        public static JsonLd Read(IHtmlDocument document)
        {
            var found = new List<(bool IsArticle, JsonLd Data)>();
            foreach (var script in document.QuerySelectorAll("script[type]"))
            {
                if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                    continue;
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, LenientJson);
                    foreach (var item in Objects(json.RootElement))
                        found.Add((IsArticle(item), new JsonLd(Text(item, "headline"), Text(item, "datePublished"), PublisherName(item))));
                }
                catch (JsonException)
                {
                    // Hand-written JSON-LD is often broken; the page's other metadata still counts.
                }
            }
            var ordered = found.OrderByDescending(f => f.IsArticle).Select(f => f.Data).ToList();
            return new JsonLd(
                ordered.Select(d => d.Headline).FirstOrDefault(v => v is not null),
                ordered.Select(d => d.DatePublished).FirstOrDefault(v => v is not null),
                ordered.Select(d => d.Publisher).FirstOrDefault(v => v is not null));
        }

        private static IEnumerable<JsonElement> Objects(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
                return element.EnumerateArray().SelectMany(Objects);
            if (element.ValueKind != JsonValueKind.Object)
                return [];
            return element.TryGetProperty("@graph", out var graph) ? [element, .. Objects(graph)] : [element];
        }

        private static bool IsArticle(JsonElement item)
        {
            if (!item.TryGetProperty("@type", out var type))
                return false;
            var types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
                : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
            return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting" or "Report");
        }

        private static string? PublisherName(JsonElement item)
        {
            if (!item.TryGetProperty("publisher", out var publisher))
                return null;
            if (publisher.ValueKind == JsonValueKind.Array)
                publisher = publisher.EnumerateArray().FirstOrDefault();
            return publisher.ValueKind switch
            {
                JsonValueKind.String => Decode(publisher.GetString()),
                JsonValueKind.Object => Text(publisher, "name"),
                _ => null,
            };
        }

        private static string? Text(JsonElement item, string property) =>
            item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Decode(value.GetString()) : null;

        // WordPress plugins write entities such as &#8217; into JSON-LD strings.
        private static string? Decode(string? value) => Clean(WebUtility.HtmlDecode(value));
    }
}
