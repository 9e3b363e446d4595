namespace Briefings.Web.Pages;

/// <summary>Where an entity is named in a text: character offsets, as the recogniser stored them.</summary>
public sealed record MarkSpan(int Start, int Length, EntityRef Entity);

/// <summary>A run of text, named by <see cref="Entity"/> or plain (null). Pages encode <see cref="Text"/>; it is never markup.</summary>
public sealed record TextSegment(string Text, EntityRef? Entity)
{
    /// <summary>The temporal expression the run is, when it is one (then <see cref="Entity"/> is null).</summary>
    public DateMark? Date { get; init; }
}

/// <summary>A temporal expression in a text: offsets, its TIMEX3-style value (or null) and its type ("date", "duration", ...).</summary>
public sealed partial record DateMark(int Start, int Length, string? Value, string Type)
{
    /// <summary>The value as an HTML <c>datetime</c>: only the forms HTML reads (a day, month, year, week, or a day and time); null otherwise.</summary>
    public string? DateTime => Value is { } v && HtmlDateTime().IsMatch(v) ? v : null;

    [System.Text.RegularExpressions.GeneratedRegex("^\\d{4}(?:-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2})?)?|-W\\d{2})?$")]
    private static partial System.Text.RegularExpressions.Regex HtmlDateTime();
}

/// <summary>
/// Cuts a paragraph into plain and marked runs from stored offsets. Links cannot nest, so of
/// overlapping mentions ("Mr Putin" and "Putin", "Russia’s defence ministry" and "Russia") the one
/// that starts first wins, and the longer of two that start together; offsets outside the text or
/// inside a surrogate pair are dropped rather than trusted.
/// </summary>
public static class TextMarks
{
    /// <summary>
    /// The text with its entity mentions and its dates marked; where a date and a mention overlap
    /// ("Thanksgiving Day" as a holiday and a name), the one that starts first wins, as between mentions.
    /// </summary>
    public static IReadOnlyList<TextSegment> Mark(string text, IEnumerable<MarkSpan> spans, IEnumerable<DateMark> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marks = spans.Select(s => (s.Start, s.Length, Entity: (EntityRef?)s.Entity, Date: (DateMark?)null))
            .Concat(dates.Select(d => (d.Start, d.Length, Entity: (EntityRef?)null, Date: (DateMark?)d)))
            .Where(m => Fits(text, m.Start, m.Length))
            .OrderBy(m => m.Start).ThenByDescending(m => m.Length);
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var mark in marks)
        {
            if (mark.Start < at)
                continue;
            if (mark.Start > at)
                segments.Add(new TextSegment(text[at..mark.Start], null));
            segments.Add(new TextSegment(text.Substring(mark.Start, mark.Length), mark.Entity) { Date = mark.Date });
            at = mark.Start + mark.Length;
        }
        if (at < text.Length)
            segments.Add(new TextSegment(text[at..], null));
        return segments;
    }

    public static IReadOnlyList<TextSegment> Mark(string text, IEnumerable<MarkSpan> spans) => Mark(text, spans, []);

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

    private static bool Fits(string text, MarkSpan span) => Fits(text, span.Start, span.Length);

    private static bool Fits(string text, int start, int length)
    {
        var end = start + length;
        return start >= 0 && length > 0 && end <= text.Length
            && !char.IsLowSurrogate(text[start]) && (end == text.Length || !char.IsLowSurrogate(text[end]));
    }
}
