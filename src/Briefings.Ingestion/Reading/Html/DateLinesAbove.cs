using AngleSharp.Dom;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Reading.Html;

/// <summary>
/// Finds the lines that are nothing but a date ("Published on: June 5, 2024") above the
/// article's text or set aside inside it: a page prints its date in a header or a byline
/// block that is not article text, yet the date reader needs it. They are kept as lines of
/// their own, which the text stages class as date lines, never as body.
/// </summary>
internal static class DateLinesAbove
{
    private const int MaxLines = 2;
    private const int MaxLength = 80;

    public static List<string> Find(IElement root, HtmlContent content)
    {
        var lines = new List<string>();
        if (content.Blocks.Count == 0)
            return lines;
        var first = content.Blocks[0];
        // Null marks the end of the first block: below it the article has begun and its date is above.
        var stack = new Stack<(IElement? Element, bool Outside)>();
        stack.Push((root, true));
        while (stack.TryPop(out var item) && lines.Count < MaxLines)
        {
            var (element, outside) = item;
            if (element is null)
                break;
            if (BlockStatsBuilder.NeverText.Contains(element.LocalName))
                continue;
            if (element == first)
            {
                stack.Push((null, false));
                outside = false;
            }
            // Inside the article only what it leaves out is looked at; its own lines are read with it.
            outside |= content.LeftOut(element);
            if (!HasBlockChild(element))
            {
                if (outside && Line(element) is { } line)
                    lines.Add(line);
                continue;
            }
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
                stack.Push((child, outside));
        }
        return lines;
    }

    private static string? Line(IElement element)
    {
        if (element.ChildNodes.Length == 0)
            return null;
        var text = TextBlocks.Collapse(element.TextContent);
        return text.Length is >= 6 and <= MaxLength && DateLineParser.ReadWholeLine(text) is not null ? text : null;
    }

    private static bool HasBlockChild(IElement element)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (!BlockStatsBuilder.Inline.Contains(child.LocalName))
                return true;
        }
        return false;
    }
}
