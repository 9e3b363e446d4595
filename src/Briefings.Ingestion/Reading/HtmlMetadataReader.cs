using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Reads what an HTML page declares about itself: Open Graph and other meta tags, JSON-LD,
/// &lt;time&gt; and the canonical link: its title, publication date, publisher and address.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly JsonDocumentOptions LenientJson = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static DeclaredMetadata Read(IHtmlDocument document, IElement? container)
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
