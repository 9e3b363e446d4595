using System.Globalization;
using System.Text;
using System.Xml;
using Briefings.Web.Api;
using Briefings.Web.Pages;

namespace Briefings.Web.Feeds;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287) of events: one entry per event, linking to its paragraph on
/// the article page and to the original. Ids are stable across restarts (the article's content
/// hash and the event's position), so a reader does not see an entry twice. Characters XML cannot
/// hold are dropped, so a hostile file cannot break the feed.
/// </summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed's own description: where it is, the timeline it mirrors, its title.</summary>
    public sealed record Header(string Self, string Alternate, string Title, DateTimeOffset EmptyUpdated);

    public static async Task WriteAsync(Stream output, Header header, string siteRoot, IAsyncEnumerable<FeedEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(events);
        // The whole feed is small (a bounded number of entries), and Atom wants the newest update before the entries.
        var entries = new List<FeedEvent>();
        await foreach (var e in events.WithCancellation(cancellationToken))
            entries.Add(e);
        var updated = entries.Count == 0 ? header.EmptyUpdated : entries.Max(e => Utc(e.IngestedAt));

        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Atom);
        await Element(xml, "id", header.Self);
        await Element(xml, "title", header.Title);
        await Element(xml, "updated", Timestamp(updated));
        await Link(xml, "self", header.Self, "application/atom+xml");
        await Link(xml, "alternate", header.Alternate, "text/html");
        await xml.WriteStartElementAsync(null, "generator", Atom);
        await xml.WriteStringAsync("Briefings");
        await xml.WriteEndElementAsync();

        foreach (var e in entries)
        {
            var outlet = ApiSources.Outlet(e.Publisher, e.Wire);
            await xml.WriteStartElementAsync(null, "entry", Atom);
            await Element(xml, "id", string.Create(CultureInfo.InvariantCulture, $"urn:briefings:event:{e.ArticleHash}:{e.Index}"));
            await Element(xml, "title", Cut(e.Text, 140));
            await Element(xml, "updated", Timestamp(Utc(e.IngestedAt)));
            await xml.WriteStartElementAsync(null, "author", Atom);
            await Element(xml, "name", outlet);
            await xml.WriteEndElementAsync();
            await Link(xml, "alternate", siteRoot + ApiSources.ParagraphLink(e.ArticleId, e.Paragraph), "text/html");
            if (Display.HttpLink(e.Url) is { } original)
                await Link(xml, "related", original, null);
            await xml.WriteStartElementAsync(null, "category", Atom);
            await xml.WriteAttributeStringAsync(null, "term", null, Clean(e.Kind));
            await xml.WriteEndElementAsync();
            await Element(xml, "summary", Summary(e, outlet));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>"Shelling hit Kharkiv. 1 November 2024 (week of). Who: Russia. Where: Kharkiv. Reported by The Clarion in “Title”."</summary>
    public static string Summary(FeedEvent e, string outlet)
    {
        ArgumentNullException.ThrowIfNull(e);
        var parts = new List<string> { e.Text.TrimEnd('.') + "." };
        if (e.Date is { } date)
            parts.Add(EventsCsv.When(date, e.Precision) + ".");
        if (e.Actors.Count > 0)
            parts.Add("Who: " + string.Join(", ", e.Actors) + ".");
        if (e.Places.Count > 0)
            parts.Add("Where: " + string.Join(", ", e.Places.Select(p => p.Name)) + ".");
        parts.Add($"Reported by {outlet} in “{Display.Title(e.Title, e.FileName)}”.");
        return string.Join(" ", parts);
    }

    private static DateTimeOffset Utc(DateTime time) =>
        new(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime());

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task Element(XmlWriter xml, string name, string text)
    {
        await xml.WriteStartElementAsync(null, name, Atom);
        await xml.WriteStringAsync(Clean(text));
        await xml.WriteEndElementAsync();
    }

    private static async Task Link(XmlWriter xml, string rel, string href, string? type)
    {
        await xml.WriteStartElementAsync(null, "link", Atom);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "href", null, Clean(href));
        if (type is not null)
            await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>The text without the characters XML 1.0 cannot hold (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(XmlConvert.IsXmlChar))
            return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                kept.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                kept.Append(text, i++, 2);
        }
        return kept.ToString();
    }
}
