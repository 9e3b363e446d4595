using System.Globalization;
using System.Text;

namespace Briefings.Web.Queries.Search;

/// <summary>A stretch of a text: where it starts and how long it is.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds a search's phrases in a text shown to the reader, word by word as the index reads it
/// (letters and digits, case and accents folded), so what is marked is what was found: "kyiv"
/// marks "Kyiv" and "KYIV", "drone*" marks "drones", "u.s." marks "U.S.". Also cuts a long
/// paragraph to a snippet around its first match.
/// </summary>
public static class SearchMarks
{
    private readonly record struct Word(int Start, int End, string Key);

    /// <summary>Where the phrases occur, in text order, overlapping ones merged.</summary>
    public static IReadOnlyList<TextSpan> Find(string text, IEnumerable<SearchPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrases);
        var words = Words(text);
        var spans = new List<TextSpan>();
        foreach (var phrase in phrases)
        {
            var keys = Words(phrase.Text).Select(w => w.Key).ToList();
            if (keys.Count == 0)
                continue;
            for (var i = 0; i + keys.Count <= words.Count; i++)
            {
                if (Matches(words, i, keys, phrase.Prefix))
                    spans.Add(new TextSpan(words[i].Start, words[i + keys.Count - 1].End - words[i].Start));
            }
        }
        return Merge(spans);
    }

    private static bool Matches(List<Word> words, int start, List<string> keys, bool prefix)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            var word = words[start + k].Key;
            var last = k == keys.Count - 1;
            if (!(last && prefix ? word.StartsWith(keys[k], StringComparison.Ordinal) : word == keys[k]))
                return false;
        }
        return true;
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, span.End) - last.Start);
            }
            else
                merged.Add(span);
        }
        return merged;
    }

    /// <summary>
    /// About <paramref name="maxWords"/> words of the text around its first mark, with "…" where it
    /// was cut, and the marks moved to the snippet; the whole text when it is short enough.
    /// </summary>
    public static (string Text, IReadOnlyList<TextSpan> Marks) Snippet(string text, IReadOnlyList<TextSpan> marks, int maxWords = 40)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var words = Words(text);
        if (words.Count <= maxWords)
            return (text, marks);
        var first = marks.Count == 0 ? 0 : words.FindIndex(w => w.End > marks[0].Start);
        var from = Math.Max(0, first - maxWords / 4);
        var to = Math.Min(words.Count, from + maxWords);
        from = Math.Max(0, to - maxWords);
        var start = from == 0 ? 0 : words[from].Start;
        var end = to == words.Count ? text.Length : words[to - 1].End;
        var prefix = start > 0 ? "…" : "";
        var snippet = prefix + text[start..end] + (end < text.Length ? "…" : "");
        var shift = prefix.Length - start;
        var moved = marks.Where(m => m.Start >= start && m.End <= end).Select(m => new TextSpan(m.Start + shift, m.Length)).ToList();
        return (snippet, moved);
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text, i))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordCharacter(text, i))
                i++;
            words.Add(new Word(start, i, Fold(text.AsSpan(start, i - start))));
        }
        return words;
    }

    // As SQLite's unicode61 tokenizer: letters, digits and combining marks make words.
    private static bool IsWordCharacter(string text, int i) =>
        char.IsLetterOrDigit(text[i])
        || CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Fold(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
