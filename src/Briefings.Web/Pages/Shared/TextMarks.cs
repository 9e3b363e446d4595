namespace Briefings.Web.Pages;

/// <summary>Where an entity is named in a text: character offsets, as the recogniser stored them.</summary>
public sealed record MarkSpan(int Start, int Length, EntityRef Entity);

/// <summary>A run of text, named by <see cref="Entity"/> or plain (null). Pages encode <see cref="Text"/>; it is never markup.</summary>
public sealed record TextSegment(string Text, EntityRef? Entity);

/// <summary>
/// Cuts a paragraph into plain and marked runs from stored offsets. Links cannot nest, so of
/// overlapping mentions ("Mr Putin" and "Putin", "Russia’s defence ministry" and "Russia") the one
/// that starts first wins, and the longer of two that start together; offsets outside the text or
/// inside a surrogate pair are dropped rather than trusted.
/// </summary>
public static class TextMarks
{
    public static IReadOnlyList<TextSegment> Mark(string text, IEnumerable<MarkSpan> spans)
    {
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var span in spans.Where(s => Fits(text, s)).OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (span.Start < at)
                continue;
            if (span.Start > at)
                segments.Add(new TextSegment(text[at..span.Start], null));
            segments.Add(new TextSegment(text.Substring(span.Start, span.Length), span.Entity));
            at = span.Start + span.Length;
        }
        if (at < text.Length)
            segments.Add(new TextSegment(text[at..], null));
        return segments;
    }

    /// <summary>
    /// At most about <paramref name="max"/> characters of the text around its first span, cut at
    /// spaces, with an ellipsis where it was cut; the whole text when it is short enough.
    /// </summary>
    public static IReadOnlyList<TextSegment> Snippet(string text, IReadOnlyCollection<MarkSpan> spans, int max = 280)
    {
        if (text.Length <= max)
            return Mark(text, spans);
        var first = spans.Where(s => Fits(text, s)).Select(s => s.Start).DefaultIfEmpty(0).Min();
        var from = Math.Max(0, Math.Min(first - (max / 3), text.Length - max));
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            from = space < 0 || space >= first ? from : space + 1;
        }
        var to = Math.Min(text.Length, from + max);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to - 1);
            to = space <= from ? to : space;
        }
        if (from > 0 && char.IsLowSurrogate(text[from]))
            from++;
        if (to < text.Length && char.IsLowSurrogate(text[to]))
            to--;
        var inside = spans.Where(s => s.Start >= from && s.Start + s.Length <= to)
            .Select(s => s with { Start = s.Start - from });
        var segments = new List<TextSegment>();
        if (from > 0)
            segments.Add(new TextSegment("… ", null));
        segments.AddRange(Mark(text[from..to], inside));
        if (to < text.Length)
            segments.Add(new TextSegment(" …", null));
        return segments;
    }

    private static bool Fits(string text, MarkSpan span)
    {
        var end = span.Start + span.Length;
        return span.Start >= 0 && span.Length > 0 && end <= text.Length
            && !char.IsLowSurrogate(text[span.Start]) && (end == text.Length || !char.IsLowSurrogate(text[end]));
    }
}
