using System.Text;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Flattens HTML nested deeper than any real page before the parser sees it. The parser's cost
/// grows with the square of the nesting depth (measured: 10,000 nested &lt;div&gt;s 2.4 s, 50,000
/// 29 s, 100,000 250 s), so a hostile page of nested tags would stall the batch. Start tags beyond
/// <see cref="MaxDepth"/>, and the end tags that would close them, are dropped; the text between
/// them is kept, so nothing of the article is lost, only structure no page needs.
/// </summary>
public static class NestingLimiter
{
    /// <summary>Far deeper than real pages nest (a few dozen levels), small enough to parse at once.</summary>
    public const int MaxDepth = 512;

    // Never closed (void) or closed by the next of their kind, so they do not deepen the tree.
    private static readonly HashSet<string> NonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "!doctype",
    };

    // Their content is raw text, not tags.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>The HTML with its nesting capped, and how many tags were dropped (0: the text itself is returned).</summary>
    public static (string Html, int Dropped) Limit(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        StringBuilder? output = null;
        var copiedTo = 0;
        var depth = 0;
        var dropped = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var end = html.IndexOf('>', i + 1);
            if (end < 0)
                break;
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
                nameEnd++;
            var name = html[nameStart..nameEnd];
            if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '!'))
            {
                i++;
                continue;
            }
            if (!closing && RawText.Contains(name))
            {
                // Skip to the matching end tag: "<div>" inside a script is not a tag.
                var close = html.IndexOf("</" + name, end + 1, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            var selfClosing = html[end - 1] == '/';
            var drop = false;
            if (!NonNesting.Contains(name) && !selfClosing)
            {
                if (closing)
                {
                    drop = depth > MaxDepth;
                    depth = Math.Max(0, depth - 1);
                }
                else
                {
                    depth++;
                    drop = depth > MaxDepth;
                }
            }
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedTo, i - copiedTo);
                copiedTo = end + 1;
                dropped++;
            }
            i = end + 1;
        }
        if (output is null)
            return (html, 0);
        output.Append(html, copiedTo, html.Length - copiedTo);
        return (output.ToString(), dropped);
    }
}
