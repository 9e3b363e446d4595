using AngleSharp.Dom;

namespace Briefings.Ingestion.Reading.Html;

/// <summary>The counts of one element's text and furniture, summed over the blocks inside it.</summary>
internal sealed class BlockStats
{
    /// <summary>Letters, digits and punctuation of the text, white space left out.</summary>
    public int Chars { get; set; }

    /// <summary>The part of <see cref="Chars"/> inside links.</summary>
    public int LinkChars { get; set; }

    /// <summary>Clause marks of every script (, ، ， 、): prose has them, menus and link lists do not.</summary>
    public int Commas { get; set; }

    /// <summary>The text the element holds itself or in inline children, not inside child blocks: a paragraph of its own.</summary>
    public int OwnChars { get; set; }

    public int OwnCommas { get; set; }

    public int Paragraphs { get; set; }

    public int Images { get; set; }

    public int ListItems { get; set; }

    public int Inputs { get; set; }

    public int Embeds { get; set; }

    /// <summary>Set aside: never text (scripts, forms' controls), page chrome, hidden, or an unlikely block in a strict pass.</summary>
    public bool Skipped { get; set; }

    /// <summary>The element's content score, once a paragraph below it has given it one.</summary>
    public double? Score { get; set; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}

/// <summary>
/// Computes <see cref="BlockStats"/> for every element of a page in one pass from the leaves
/// up, so each element's counts come from its children's and the cost stays linear in the
/// size of the page, however deep it nests.
/// </summary>
internal static class BlockStatsBuilder
{
    /// <summary>Elements that are never article text: code, embeds, controls.</summary>
    public static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "button", "svg", "canvas", "select", "textarea",
        "object", "embed", "dialog", "input", "head", "title", "meta", "link", "video", "audio", "picture", "map",
    };

    /// <summary>Page chrome and furniture around the story: navigation, asides, headers, footers, figures and their captions.</summary>
    public static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "header", "figure", "figcaption", "menu",
    };

    /// <summary>Inline elements: their text is part of the block they sit in.</summary>
    public static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "label", "img", "big",
        "tt", "strike", "nobr", "acronym", "ruby", "rt", "rp",
    };

    public static Dictionary<IElement, BlockStats> Build(IElement root, bool skipUnlikely)
    {
        var stats = new Dictionary<IElement, BlockStats>();
        var stack = new Stack<(IElement Element, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, leaving) = stack.Pop();
            if (leaving)
            {
                stats[element] = Sum(element, stats);
                continue;
            }
            if (element != root && SetAside(element, skipUnlikely))
            {
                stats[element] = Furniture(element);
                continue;
            }
            stack.Push((element, true));
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
                stack.Push((child, false));
        }
        return stats;
    }

    /// <summary>Never read as text: code and controls, page chrome, what the page hides, and in a strict pass the blocks named as unlikely.</summary>
    public static bool SetAside(IElement element, bool skipUnlikely) =>
        NeverText.Contains(element.LocalName) || Chrome.Contains(element.LocalName) || IsHidden(element)
        || (skipUnlikely && ClassHints.IsUnlikely(element));

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
            return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
               || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static BlockStats Furniture(IElement element) => new()
    {
        Skipped = true,
        Inputs = element.LocalName is "input" or "select" or "textarea" ? 1 : 0,
        Embeds = element.LocalName is "iframe" or "object" or "embed" or "video" ? 1 : 0,
        Images = element.LocalName is "picture" ? 1 : 0,
    };

    private static BlockStats Sum(IElement element, Dictionary<IElement, BlockStats> stats)
    {
        var s = new BlockStats();
        var isLink = element.LocalName == "a";
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                var (chars, commas) = Count(text.Data);
                s.Chars += chars;
                s.Commas += commas;
                s.OwnChars += chars;
                s.OwnCommas += commas;
                continue;
            }
            if (node is not IElement child || !stats.TryGetValue(child, out var c))
                continue;
            s.Inputs += c.Inputs;
            s.Embeds += c.Embeds;
            s.Images += c.Images;
            if (c.Skipped)
                continue;
            s.Chars += c.Chars;
            s.LinkChars += c.LinkChars;
            s.Commas += c.Commas;
            s.Paragraphs += c.Paragraphs;
            s.ListItems += c.ListItems;
            if (Inline.Contains(child.LocalName))
            {
                s.OwnChars += c.OwnChars;
                s.OwnCommas += c.OwnCommas;
            }
        }
        if (isLink)
            s.LinkChars = IsInPageLink(element) ? (int)(s.Chars * 0.3) : s.Chars;
        switch (element.LocalName)
        {
            case "p":
                s.Paragraphs++;
                break;
            case "li":
                s.ListItems++;
                break;
            case "img":
                s.Images++;
                break;
        }
        return s;
    }

    // A link to a place on the same page (footnotes, a table of contents) is part of the text more than a way out of it.
    private static bool IsInPageLink(IElement link) => link.GetAttribute("href") is { Length: > 0 } href && href[0] == '#';

    private static (int Chars, int Commas) Count(string text)
    {
        int chars = 0, commas = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
                continue;
            chars++;
            if (c is ',' or '،' or '，' or '、')
                commas++;
        }
        return (chars, commas);
    }
}
