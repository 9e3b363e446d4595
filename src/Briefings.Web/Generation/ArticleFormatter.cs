using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Briefings.Web.Generation;

/// <summary>
/// Writes a generated article in its outlet's shape, with the chrome such files carry: a scraped
/// page's outlet line and "Updated", wire copy's bullet date lines and one long line of text, a
/// Markdown briefing's headings, an HTML page's metadata (JSON-LD, Open Graph), navigation and footer.
/// </summary>
public static class ArticleFormatter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(GeneratedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Outlet.Shape switch
        {
            ArticleShape.WireText => Wire(article),
            ArticleShape.Markdown => Markdown(article),
            ArticleShape.Html => Html(article),
            _ => Scraped(article),
        };
    }

    private static string LongDate(GeneratedArticle a) => a.Published.ToString("d MMMM yyyy", English);

    private static string Scraped(GeneratedArticle a)
    {
        var text = new StringBuilder();
        text.Append(a.Outlet.Name).Append("\n\nUpdated\n\n").Append(a.Title).Append("\n\n");
        if (a.StatesDate)
            text.Append(LongDate(a)).Append(" · ").Append(a.PublishedAt.ToString("HH:mm", English)).Append("\n\n");
        text.Append(a.Lede).Append("\n\n");
        var first = true;
        foreach (var section in a.Sections)
        {
            if (section.Heading is { } heading)
                text.Append(heading).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(paragraph).Append("\n\n");
                if (first && a.Caption is { } caption)
                    text.Append(caption).Append('\n').Append(caption).Append("\n\n");
                first = false;
            }
        }
        text.Append("Share this article\n\nSign up for our newsletter\n");
        return text.ToString();
    }

    private static string Wire(GeneratedArticle a)
    {
        var text = new StringBuilder();
        text.Append(a.Title).Append("\n\n");
        if (a.StatesDate)
        {
            text.Append("  • ").Append(a.Published.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)).Append('\n')
                .Append("  • ").Append(a.PublishedAt.ToString("HH:mm", English)).Append("\n\n");
        }
        var body = a.Sections.SelectMany(s => s.Heading is null ? s.Paragraphs : s.Paragraphs.Prepend(s.Heading + ":"));
        text.Append(a.Lede).Append(' ').Append(string.Join(' ', body)).Append("\n\n");
        if (a.Outlet.Wire is { } wire)
            text.Append('(').Append(wire).Append(")\n");
        return text.ToString();
    }

    private static string Markdown(GeneratedArticle a)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(a.Title).Append("\n\n*").Append(a.Outlet.Name);
        if (a.StatesDate)
            text.Append(" · ").Append(LongDate(a));
        text.Append("*\n\n").Append(a.Lede).Append("\n\n");
        foreach (var section in a.Sections)
        {
            text.Append("## ").Append(section.Heading ?? "On the ground").Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
                text.Append(paragraph).Append("\n\n");
        }
        if (a.Caption is { } caption)
            text.Append("> ").Append(caption).Append("\n\n");
        text.Append("[Read the original](").Append(a.Url).Append(")\n");
        return text.ToString();
    }

    private static string Html(GeneratedArticle a)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var iso = a.Published.ToDateTime(a.PublishedAt).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
        var ld = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = a.Title,
            ["datePublished"] = a.StatesDate ? iso : null,
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = a.Outlet.Name },
        });
        var text = new StringBuilder();
        text.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
            .Append("<title>").Append(E(a.Title)).Append(" | ").Append(E(a.Outlet.Name)).Append("</title>\n")
            .Append("<meta property=\"og:title\" content=\"").Append(E(a.Title)).Append("\">\n")
            .Append("<meta property=\"og:site_name\" content=\"").Append(E(a.Outlet.Name)).Append("\">\n")
            .Append("<link rel=\"canonical\" href=\"").Append(E(a.Url)).Append("\">\n");
        if (a.StatesDate)
            text.Append("<meta property=\"article:published_time\" content=\"").Append(iso).Append("\">\n");
        text.Append("<script type=\"application/ld+json\">").Append(ld).Append("</script>\n</head><body>\n")
            .Append("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/europe\">Europe</a> <a href=\"/opinion\">Opinion</a></nav></header>\n")
            .Append("<main><article>\n<h1>").Append(E(a.Title)).Append("</h1>\n");
        if (a.StatesDate)
            text.Append("<p class=\"byline\"><time datetime=\"").Append(iso).Append("\">").Append(LongDate(a)).Append("</time></p>\n");
        text.Append("<p><strong>").Append(E(a.Lede)).Append("</strong></p>\n");
        foreach (var section in a.Sections)
        {
            if (section.Heading is { } heading)
                text.Append("<h2>").Append(E(heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
                text.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }
        if (a.Caption is { } caption)
            text.Append("<figure><figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");
        text.Append("</article>\n<aside class=\"related\"><h2>Related stories</h2><ul><li><a href=\"/world/1\">More from the region</a></li><li><a href=\"/world/2\">Analysis</a></li></ul></aside></main>\n")
            .Append("<footer><p>© ").Append(a.Published.Year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(E(a.Outlet.Name)).Append(". All rights reserved.</p></footer>\n</body></html>\n");
        return text.ToString();
    }
}
