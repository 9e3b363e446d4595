namespace Briefings.Web.Pages.Articles;

/// <summary>
/// Finds where a paragraph stands in the file it was read from. The stored paragraph is the file's
/// text with its lines joined and, for HTML, its tags and entities decoded, so the words are matched
/// in order with anything short between them (white space, a line break, a tag, an entity) rather
/// than as one string. Returns null when too few of its words are found in order.
/// </summary>
public static class RawTextLocator
{
    /// <summary>Between two words of one paragraph: enough for a tag with attributes or a few entities, not for another paragraph.</summary>
    public const int MaxGap = 160;

    /// <summary>The longest paragraph prefix matched: the start and end of a long paragraph locate it as well as all its words.</summary>
    public const int MaxWords = 400;

    public static (int Start, int Length)? Find(string raw, string paragraph)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(paragraph);
        var words = Words(paragraph).Take(MaxWords).ToList();
        if (words.Count == 0)
            return null;
        var from = 0;
        while (from < raw.Length)
        {
            var start = IndexOfWord(raw, words[0], from);
            if (start < 0)
                return null;
            var end = start + words[0].Length;
            var matched = 1;
            for (var i = 1; i < words.Count; i++)
            {
                var next = IndexOfWord(raw, words[i], end);
                if (next < 0 || next - end > MaxGap)
                    break;
                end = next + words[i].Length;
                matched++;
            }
            // All the words, or a long paragraph's great majority (a decoded entity may split a word).
            if (matched == words.Count || (words.Count >= 10 && matched >= words.Count * 9 / 10))
                return (start, end - start);
            from = start + 1;
        }
        return null;
    }

    private static IEnumerable<string> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            yield return text[start..i];
        }
    }

    private static int IndexOfWord(string raw, string word, int from)
    {
        while (from <= raw.Length - word.Length)
        {
            var at = raw.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0)
                return -1;
            var before = at == 0 || !char.IsLetterOrDigit(raw[at - 1]);
            var after = at + word.Length == raw.Length || !char.IsLetterOrDigit(raw[at + word.Length]);
            if (before && after)
                return at;
            from = at + 1;
        }
        return -1;
    }
}
