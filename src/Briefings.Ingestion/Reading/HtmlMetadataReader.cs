using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Reads what an HTML page declares about itself: meta tags (Open Graph, Dublin Core,
/// Parse.ly and their kin), JSON-LD, microdata, &lt;time&gt;, the canonical link and the
/// elements it marks as dates: its title, publication dates in order of trust, publisher
/// and address.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private static readonly JsonDocumentOptions LenientJson = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Meta keys that declare the title, most trusted first (Dublin Core is the most deliberate).</summary>
    private static readonly string[] TitleKeys =
    [
        "dc:title", "dc.title", "dcterms:title", "dcterms.title", "og:title", "title", "twitter:title",
        "parsely-title", "sailthru.title", "headline",
    ];

    /// <summary>Meta keys that declare when the article was first published, most trusted first.</summary>
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published",
        "article.published", "datepublished", "date_published", "publishdate", "publish_date", "publish-date",
        "published-date", "published_time", "publication_date", "publicationdate", "article:publicationdate",
        "parsely-pub-date", "sailthru.date", "pubdate", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dc.date.publication", "dcterms.created", "dc.created", "dc:created", "citation_publication_date",
        "citation_date", "article.created", "article_date_original", "originalpublicationdate", "rnews:datepublished",
        "shareaholic:article_published_time", "cxenseparse:recs:publishtime", "bt:pubdate", "datecreated", "dateposted",
    ];

    /// <summary>Meta keys that name a date without saying which: a page's own &lt;time&gt; in the article says more.</summary>
    private static readonly string[] LooseDateKeys = ["dc.date", "dc:date", "dcterms.date", "date", "created"];

    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "dc.modified",
        "dcterms.modified", "modified_time", "updated_time", "last-modified", "lastmodified",
    ];

    private static readonly string[] PublisherKeys = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "dc:publisher"];

    // Class or id words of elements that carry a page's date line ("post-date", "entry-meta", "byline").
    [GeneratedRegex(@"date|datum|time|publish|posted|submitted|byline|dateline|entry-meta|post-meta|postmeta|article-meta|meta-info|subline|fecha|data-pub|calendar", RegexOptions.IgnoreCase)]
    private static partial Regex DateMarker();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    public static DeclaredMetadata Read(IHtmlDocument document, IElement? container)
    {
        var meta = MetaTags.Read(document);
        var linkedData = JsonLd.Read(document);

        var published = new List<string>();
        published.AddRange(PublishedKeys.Select(meta.Get).OfType<string>());
        published.AddRange(linkedData.ArticleDates);
        published.AddRange(Microdata(document));
        published.AddRange(MarkedTimes(document));
        published.AddRange(linkedData.OtherDates);
        published.AddRange(TimeElements(container));
        published.AddRange(LooseDateKeys.Select(meta.Get).OfType<string>());
        published.AddRange(TimeElements(document.DocumentElement));
        var dates = published.Distinct(StringComparer.Ordinal).ToList();

        var publisher = linkedData.Publisher ?? PublisherKeys.Select(meta.Get).FirstOrDefault(p => p is not null && !p.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        var canonical = document.QuerySelectorAll("link[href]")
            .FirstOrDefault(l => (l.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Contains("canonical", StringComparer.OrdinalIgnoreCase));
        var url = WebUrl(canonical?.GetAttribute("href")) ?? WebUrl(meta.Get("og:url"));

        var title = TitleChooser.Choose(new TitleCandidates(
            Declared: [.. linkedData.Headlines, .. TitleKeys.Select(meta.Get).OfType<string>()],
            Element: Clean(document.QuerySelector("title")?.TextContent),
            Headings: Headings(document, container),
            SiteNames: [.. new[] { linkedData.Publisher, meta.Get("og:site_name"), meta.Get("application-name"), meta.Get("apple-mobile-web-app-title") }.OfType<string>()],
            Host: Host(url)));

        return new DeclaredMetadata(title, dates.FirstOrDefault(), publisher, url)
        {
            OtherPublished = dates.Skip(1).ToList(),
            Modified = linkedData.Modified ?? ModifiedKeys.Select(meta.Get).FirstOrDefault(m => m is not null),
            DateTexts = [.. NearHeadline(document, container).Concat(DateTexts(document)).Distinct(StringComparer.Ordinal)],
            Language = Clean(document.DocumentElement.GetAttribute("lang")) ?? meta.Get("og:locale") ?? meta.Get("content-language"),
        };
    }

    /// <summary>The page's &lt;h1&gt; texts, those inside the article first.</summary>
    private static List<string> Headings(IHtmlDocument document, IElement? container)
    {
        var inside = container?.QuerySelectorAll("h1").Select(h => Clean(h.TextContent)).OfType<string>().ToList() ?? [];
        var all = document.QuerySelectorAll("h1").Select(h => Clean(h.TextContent)).OfType<string>();
        return [.. inside, .. all.Where(h => !inside.Contains(h))];
    }

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    /// <summary>Microdata: itemprop="datePublished" (or dateCreated) on any element, by its content, datetime or text.</summary>
    private static IEnumerable<string> Microdata(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[itemprop]"))
        {
            if (element.LocalName == "meta")
                continue;
            var prop = element.GetAttribute("itemprop")!.Trim();
            if (!prop.Equals("datePublished", StringComparison.OrdinalIgnoreCase) && !prop.Equals("dateCreated", StringComparison.OrdinalIgnoreCase))
                continue;
            var value = Clean(element.GetAttribute("content")) ?? Clean(element.GetAttribute("datetime")) ?? Clean(element.TextContent);
            if (value is not null && value.Length <= 80)
                yield return value;
        }
    }

    /// <summary>The times a page marks as its publication: &lt;time pubdate&gt;, an "entry-date" or "published" time, a microformat "published" abbr.</summary>
    private static IEnumerable<string> MarkedTimes(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("time[datetime], abbr[title]"))
        {
            var classes = element.GetAttribute("class") ?? "";
            var marked = element.HasAttribute("pubdate")
                         || classes.Contains("entry-date", StringComparison.OrdinalIgnoreCase)
                         || classes.Split(' ').Any(c => c.Equals("published", StringComparison.OrdinalIgnoreCase) || c.Equals("dt-published", StringComparison.OrdinalIgnoreCase));
            if (!marked)
                continue;
            var value = Clean(element.GetAttribute(element.LocalName == "time" ? "datetime" : "title"));
            if (value is not null)
                yield return value;
        }
    }

    private static IEnumerable<string> TimeElements(IElement? scope) =>
        scope?.QuerySelectorAll("time[datetime]").Select(t => Clean(t.GetAttribute("datetime"))).OfType<string>().Take(1) ?? [];

    /// <summary>
    /// Short texts of the elements a page marks as its date line by class or id ("date",
    /// "post-meta", "byline"), in page order: where a page without metadata prints its date.
    /// </summary>
    private static List<string> DateTexts(IHtmlDocument document)
    {
        var texts = new List<string>();
        foreach (var element in document.All)
        {
            if (element.LocalName is "script" or "style" or "html" or "body" or "head" or "meta" or "link")
                continue;
            var marks = (element.GetAttribute("class") ?? "") + " " + (element.Id ?? "");
            if (marks.Length < 4 || !DateMarker().IsMatch(marks))
                continue;
            var text = Clean(element.TextContent);
            if (text is null || text.Length > 120 || !Digit().IsMatch(text) || texts.Contains(text))
                continue;
            texts.Add(text);
            if (texts.Count == 30)
                break;
        }
        return texts;
    }

    /// <summary>
    /// Short texts beside the headline (its element's siblings, and its parents' up to three
    /// levels): where an article's header prints its byline and date ("Anna Berg / 07.11.2023").
    /// </summary>
    private static IEnumerable<string> NearHeadline(IHtmlDocument document, IElement? container)
    {
        var node = container?.QuerySelector("h1") ?? document.QuerySelector("h1");
        for (var level = 0; level < 3 && node is not null && node.LocalName != "body"; level++, node = node.ParentElement)
        {
            var before = new List<IElement>();
            for (var sibling = node.PreviousElementSibling; sibling is not null && before.Count < 3; sibling = sibling.PreviousElementSibling)
                before.Add(sibling);
            var after = new List<IElement>();
            for (var sibling = node.NextElementSibling; sibling is not null && after.Count < 4; sibling = sibling.NextElementSibling)
                after.Add(sibling);
            foreach (var element in after.Concat(before))
            {
                if (element.LocalName is "script" or "style" or "nav")
                    continue;
                var text = Clean(element.TextContent);
                if (text is { Length: <= 160 } && Digit().IsMatch(text))
                    yield return text;
            }
        }
    }

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
    /// A page's meta tags by key. One tag may name several keys ("dc:title og:title"); a key
    /// given in the RDFa property attribute wins over the same key given as a name.
    /// </summary>
    private sealed class MetaTags
    {
        private readonly Dictionary<string, string> _byProperty = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);

        public static MetaTags Read(IHtmlDocument document)
        {
            var tags = new MetaTags();
            foreach (var element in document.QuerySelectorAll("meta"))
            {
                var content = Clean(element.GetAttribute("content"));
                if (content is null)
                    continue;
                Add(tags._byProperty, element.GetAttribute("property"), content);
                Add(tags._byName, element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv"), content);
            }
            return tags;
        }

        public string? Get(string key) => _byProperty.GetValueOrDefault(key) ?? _byName.GetValueOrDefault(key);

        private static void Add(Dictionary<string, string> into, string? keys, string content)
        {
            if (keys is null)
                return;
            foreach (var key in keys.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                into.TryAdd(key, content);
        }
    }

    /// <summary>The schema.org data a page embeds as JSON-LD, of which the article's own object counts first.</summary>
    private sealed record JsonLd(
        IReadOnlyList<string> Headlines,
        IReadOnlyList<string> ArticleDates,
        IReadOnlyList<string> OtherDates,
        string? Modified,
        string? Publisher)
    {
        private static readonly string[] DateProperties = ["datePublished", "dateCreated", "uploadDate"];

        public static JsonLd Read(IHtmlDocument document)
        {
            var found = new List<(bool IsArticle, JsonElement Item)>();
            var parsed = new List<JsonDocument>();
            try
            {
                foreach (var script in document.QuerySelectorAll("script[type]"))
                {
                    if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                        continue;
                    try
                    {
                        var json = JsonDocument.Parse(Unwrap(script.TextContent), LenientJson);
                        parsed.Add(json);
                        found.AddRange(Objects(json.RootElement, 0).Select(item => (IsArticle(item), item)));
                    }
                    catch (JsonException)
                    {
                        // Hand-written JSON-LD is often broken; the page's other metadata still counts.
                    }
                }
                var articles = found.Where(f => f.IsArticle).Select(f => f.Item).ToList();
                var others = found.Where(f => !f.IsArticle).Select(f => f.Item).ToList();
                var publisher = articles.Concat(others).Select(PublisherName).FirstOrDefault(p => p is not null);
                return new JsonLd(
                    articles.SelectMany(a => new[] { Text(a, "headline"), Text(a, "name"), Text(a, "alternativeHeadline") }).OfType<string>()
                        .Where(h => publisher is null || !string.Equals(h, publisher, StringComparison.OrdinalIgnoreCase)).ToList(),
                    articles.SelectMany(a => DateProperties.Select(p => Text(a, p))).OfType<string>().ToList(),
                    others.SelectMany(a => DateProperties.Select(p => Text(a, p))).OfType<string>().ToList(),
                    articles.Concat(others).Select(a => Text(a, "dateModified")).FirstOrDefault(m => m is not null),
                    publisher);
            }
            finally
            {
                foreach (var json in parsed)
                    json.Dispose();
            }
        }

        // Some sites wrap their JSON-LD in a CDATA section or an HTML comment.
        private static string Unwrap(string text)
        {
            var trimmed = text.Trim();
            foreach (var (open, close) in new[] { ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>"), ("<!--", "-->") })
            {
                if (trimmed.StartsWith(open, StringComparison.Ordinal))
                {
                    trimmed = trimmed[open.Length..];
                    var end = trimmed.LastIndexOf(close, StringComparison.Ordinal);
                    trimmed = (end >= 0 ? trimmed[..end] : trimmed).Trim();
                }
            }
            return trimmed;
        }

        private static IEnumerable<JsonElement> Objects(JsonElement element, int depth)
        {
            if (depth > 8)
                return [];
            if (element.ValueKind == JsonValueKind.Array)
                return element.EnumerateArray().SelectMany(e => Objects(e, depth + 1));
            if (element.ValueKind != JsonValueKind.Object)
                return [];
            var nested = new List<JsonElement> { element };
            foreach (var property in new[] { "@graph", "mainEntity", "mainEntityOfPage", "itemListElement" })
            {
                if (element.TryGetProperty(property, out var inner) && inner.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                    nested.AddRange(Objects(inner, depth + 1));
            }
            return nested;
        }

        private static bool IsArticle(JsonElement item)
        {
            if (!item.TryGetProperty("@type", out var type))
                return false;
            var types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
                : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
            return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting" or "Report" or "SocialMediaPosting" or "DiscussionForumPosting");
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
            item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                ? Decode(value.GetString())
                : null;

        // WordPress plugins write entities such as &#8217; into JSON-LD strings.
        private static string? Decode(string? value) => Clean(WebUtility.HtmlDecode(value));
    }
}
