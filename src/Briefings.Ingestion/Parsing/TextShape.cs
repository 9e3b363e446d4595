namespace Briefings.Ingestion.Parsing;

/// <summary>What a line looks like: a headline, a sentence, a heading in capitals.</summary>
public static class TextShape
{
    private const string ClosingQuotes = "\"'”’»)";
    private const string OpeningQuotes = "\"'“‘«(";

    /// <summary>Ends as prose does: with . ! ? or a clause mark, quotes aside.</summary>
    public static bool IsSentenceLike(string line)
    {
        var t = line.TrimEnd().TrimEnd(ClosingQuotes.ToCharArray()).TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ',' or ';' or ':' or '…';
    }

    /// <summary>A line a page sets as a headline: a few words or more, no closing punctuation, not shouted.</summary>
    public static bool IsHeadlineLike(string line)
    {
        var t = line.Trim();
        if (t.Length is < 12 or > 250 || IsSentenceLike(t) || IsAllCaps(t))
            return false;
        var first = t[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || OpeningQuotes.Contains(first) || first == '€' || first == '$' || first == '£'))
            return false;
        var words = WordCount(t);
        return words is >= 3 and <= 40;
    }

    /// <summary>A heading set in capitals ("RUSSIAN STRIKES ON UKRAINE CONTINUE"): at least two words, every letter upper case.</summary>
    public static bool IsAllCaps(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters >= 6 && WordCount(line) >= 2;
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letterOrDigit = char.IsLetterOrDigit(c);
            if (letterOrDigit && !inWord)
                count++;
            inWord = letterOrDigit;
        }
        return count;
    }

    /// <summary>
    /// Words in any script: Chinese and Japanese write no spaces, so a run of their characters
    /// counts a word for every two (about the length of a word there) instead of one for the run.
    /// </summary>
    public static int WordCountAnyScript(string text)
    {
        var count = 0;
        var unspaced = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsUnspacedScript(c))
            {
                unspaced++;
                inWord = false;
                continue;
            }
            var letterOrDigit = char.IsLetterOrDigit(c);
            if (letterOrDigit && !inWord)
                count++;
            inWord = letterOrDigit;
        }
        return count + ((unspaced + 1) / 2);
    }

    // Han ideographs, kana, Thai, Lao, Khmer and Myanmar: scripts written without spaces between words.
    private static bool IsUnspacedScript(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF');

    /// <summary>True when most letters are Latin, so a short line in another script stands out as chrome.</summary>
    public static bool IsMostlyLatin(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            if (c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF'))
                latin++;
            else
                other++;
        }
        return latin >= other;
    }
}
