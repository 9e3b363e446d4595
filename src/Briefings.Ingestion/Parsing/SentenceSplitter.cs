using System.Collections.Frozen;

namespace Briefings.Ingestion.Parsing;

/// <summary>A run of text by offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
    public string Of(string text) => text.Substring(Start, Length);
}

/// <summary>
/// Splits text into sentences at '.', '!' or '?' (with any closing quotes or brackets)
/// followed by white space and a capital, digit or opening quote; not after abbreviations
/// such as "Mr" or "U.S." or initials, and, if asked, not inside a quotation.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "prof", "st",
        "sen", "rep", "gov", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
        "e.u", "a.m", "p.m", "e.g", "i.e", "approx", "est", "fig", "dept", "rev", "hon", "pres",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// No one writes a sentence this long: a longer "sentence" is unpunctuated text (a file of one
    /// long line), where the readers of claims and events would spend the square of its length.
    /// </summary>
    public const int LongestReadable = 5000;

    private const string ClosingMarks = "\"'”’)]»";
    private const string OpeningMarks = "\"'“‘([«";

    public static IReadOnlyList<TextSpan> Split(string text, bool keepQuotationsWhole = false)
    {
        var spans = new List<TextSpan>();
        var start = SkipSpace(text, 0);
        var quoteDepth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“')
                quoteDepth++;
            else if (c == '”' && quoteDepth > 0)
                quoteDepth--;
            if (c is not ('.' or '!' or '?'))
                continue;
            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' || ClosingMarks.Contains(text[end])))
            {
                if (text[end] == '”' && quoteDepth > 0)
                    quoteDepth--;
                end++;
            }
            var next = SkipSpace(text, end);
            if (next == end || next >= text.Length)
            {
                i = end - 1;
                continue;
            }
            if (!StartsSentence(text[next]) || (c == '.' && EndsInAbbreviation(text, i)) || IsEllipsis(text, i))
            {
                i = end - 1;
                continue;
            }
            if (keepQuotationsWhole && quoteDepth > 0)
            {
                i = end - 1;
                continue;
            }
            spans.Add(new TextSpan(start, end - start));
            start = next;
            i = next - 1;
        }
        var tail = text.Length;
        while (tail > start && char.IsWhiteSpace(text[tail - 1]))
            tail--;
        if (tail > start)
            spans.Add(new TextSpan(start, tail - start));
        return spans;
    }

    public static IEnumerable<string> Sentences(string text, bool keepQuotationsWhole = false) =>
        Split(text, keepQuotationsWhole).Select(s => s.Of(text));

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || OpeningMarks.Contains(c);

    private static bool IsEllipsis(string text, int dot) =>
        text[dot] == '.' && ((dot > 0 && text[dot - 1] == '.') || (dot + 1 < text.Length && text[dot + 1] == '.'));

    private static bool EndsInAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
            start--;
        var word = text[start..dot];
        if (word.Length == 0)
            return false;
        // A single capital before the dot is an initial ("John F. Kennedy").
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        return Abbreviations.Contains(word);
    }
}
