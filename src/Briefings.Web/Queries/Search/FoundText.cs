namespace Briefings.Web.Queries.Search;

/// <summary>A text with the stretches a search found in it, cut into runs to show: marked ones in &lt;mark&gt;, all encoded by Razor.</summary>
public sealed record FoundText(string Text, IReadOnlyList<TextSpan> Marks)
{
    /// <summary>
    /// Reads a text the index marked (<see cref="FullTextIndex.MarkStart"/> … <see cref="FullTextIndex.MarkEnd"/>)
    /// into the plain text and its marks; unpaired marks are dropped.
    /// </summary>
    public static FoundText FromMarked(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var text = new System.Text.StringBuilder(marked.Length);
        var marks = new List<TextSpan>();
        var open = -1;
        foreach (var c in marked)
        {
            if (c == FullTextIndex.MarkStart)
                open = text.Length;
            else if (c == FullTextIndex.MarkEnd)
            {
                if (open >= 0 && text.Length > open)
                    marks.Add(new TextSpan(open, text.Length - open));
                open = -1;
            }
            else
                text.Append(c);
        }
        return new FoundText(text.ToString(), marks);
    }

    public IEnumerable<(string Text, bool Found)> Runs()
    {
        var at = 0;
        foreach (var mark in Marks)
        {
            if (mark.Start < at || mark.End > Text.Length)
                continue;
            if (mark.Start > at)
                yield return (Text[at..mark.Start], false);
            yield return (Text[mark.Start..mark.End], true);
            at = mark.End;
        }
        if (at < Text.Length)
            yield return (Text[at..], false);
    }
}
