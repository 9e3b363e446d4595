using AngleSharp.Dom;

namespace Briefings.Ingestion.Reading.Html;

/// <summary>
/// Sets aside the furniture inside the blocks chosen as the article: blocks named as comments,
/// related stories, share bars or newsletter boxes; lists and blocks that are mostly links;
/// blocks of images or form controls with little text; headings the page names as furniture.
/// Decides from the top down with the counts taken once, so it reads each element once.
/// </summary>
internal static class ContentCleaner
{
    /// <summary>A block with this many clause marks is prose, whatever else it holds.</summary>
    private const int ProseCommas = 10;

    private static readonly HashSet<string> Checked = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "ul", "ol", "dl", "table", "form", "fieldset", "p", "center",
    };

    public static HashSet<IElement> LeftOut(IReadOnlyList<IElement> blocks, Dictionary<IElement, BlockStats> stats, bool conditionally, bool byName)
    {
        var left = new HashSet<IElement>();
        var stack = new Stack<IElement>();
        foreach (var block in blocks)
        {
            for (var child = block.LastElementChild; child is not null; child = child.PreviousElementSibling)
                stack.Push(child);
        }
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (!stats.TryGetValue(element, out var s) || s.Skipped)
                continue;
            if (IsFurniture(element, s, conditionally, byName))
            {
                left.Add(element);
                continue;
            }
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
                stack.Push(child);
        }
        return left;
    }

    private static bool IsFurniture(IElement element, BlockStats s, bool conditionally, bool byName)
    {
        if (byName && ClassHints.IsNeverStory(element))
            return true;
        if (element.LocalName is "h1" or "h2" or "h3" && byName && ClassHints.WeightOf(element) < 0)
            return true;
        if (!conditionally || !Checked.Contains(element.LocalName))
            return false;
        if (element.LocalName == "p")
            return IsLinkRow(s);
        var weight = byName ? ClassHints.WeightOf(element) : 0;
        if (weight + (s.Score ?? 0) < 0)
            return true;
        if (s.Commas >= ProseCommas)
            return false;
        var isList = element.LocalName is "ul" or "ol" || (s.ListItems > 0 && s.Paragraphs == 0 && s.OwnChars == 0);
        if (s.Images > 1 && s.Paragraphs < s.Images / 2.0)
            return true;
        if (!isList && s.ListItems > s.Paragraphs + 3 && s.LinkDensity > 0.2)
            return true;
        if (s.Inputs > Math.Floor(s.Paragraphs / 3.0))
            return true;
        // A scrap of text among links or pictures is a widget; a short line of plain text is left to the text stages.
        if (s.Chars < MinText(element) && (s.LinkChars > 0 || s.Images > 2) && s.Embeds == 0)
            return true;
        if (weight < 25 && s.LinkDensity > (isList ? 0.5 : 0.33))
            return true;
        if (weight >= 25 && s.LinkDensity > 0.5)
            return true;
        return (s.Embeds == 1 && s.Chars < 75) || s.Embeds > 1;
    }

    // A short paragraph that is all link ("Read more: …" aside) is a teaser for another page.
    private static bool IsLinkRow(BlockStats s) => s.Chars is > 0 and < 200 && s.Commas == 0 && s.LinkChars >= s.Chars * 0.8;

    // Tables and lists of short cells are data, not furniture, however short each row.
    private static int MinText(IElement element) => element.LocalName is "table" or "ul" or "ol" or "dl" ? 1 : 25;
}
