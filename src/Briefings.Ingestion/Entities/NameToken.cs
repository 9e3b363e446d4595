using System.Globalization;
using System.Text;

namespace Briefings.Ingestion.Entities;

/// <summary>A word of the text as the recogniser sees it: where it is, and its folded form for lookups.</summary>
public readonly record struct NameToken(int Start, int Length, string Key, bool Capitalised, bool Possessive)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into word tokens for name matching: hyphens and spaces both separate words
/// ("Kim Jong-un" and "Kim Jong Un" give the same keys), "U.S." is one word "us", a
/// possessive "’s" is marked on the word before it, and keys are folded (lower case, no
/// diacritics) so "Zelenskyy" and "ZELENSKYY" meet.
/// </summary>
public static class NameTokenizer
{
    public static List<NameToken> Tokenize(string text)
    {
        // About one word in six characters of news text: sized once, the list rarely grows.
        var tokens = new List<NameToken>(text.Length / 6 + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            // An acronym with dots: U.S., U.K., E.U.
            if (char.IsUpper(text[i]) && i + 3 < text.Length + 1 && IsDottedAcronym(text, i, out var acronymEnd))
            {
                var letters = new string(text[start..acronymEnd].Where(char.IsLetter).ToArray());
                tokens.Add(new NameToken(start, acronymEnd - start, Fold(letters), true, false));
                i = acronymEnd;
                continue;
            }
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
                i++;
            var possessive = i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S'
                             && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));
            tokens.Add(new NameToken(start, i - start, Fold(text.AsSpan(start, i - start)), char.IsUpper(text[start]) || char.IsDigit(text[start]), possessive));
            if (possessive)
                i += 2;
        }
        return tokens;
    }

    /// <summary>The folded key of a whole name, its words joined by single spaces.</summary>
    public static string KeyOf(string name) => string.Join(' ', Tokenize(name).Select(t => t.Key));

    public static string Fold(string word) => Fold(word.AsSpan());

    public static string Fold(ReadOnlySpan<char> word)
    {
        // Most words are ASCII, where decomposition changes nothing: fold them with one
        // allocation, the key itself, instead of four.
        var upperOrApostrophe = 0;
        foreach (var c in word)
        {
            if (!char.IsAscii(c))
                return FoldUnicode(word);
            if (char.IsAsciiLetterUpper(c) || c == '\'')
                upperOrApostrophe++;
        }
        if (upperOrApostrophe == 0)
            return new string(word);
        var apostrophes = word.Count('\'');
        return string.Create(word.Length - apostrophes, word, static (destination, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                if (c != '\'')
                    destination[n++] = char.ToLowerInvariant(c);
            }
        });
    }

    private static string FoldUnicode(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\'' or '’'))
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    // O'Brien keeps its apostrophe; Russia's does not.
    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1])
        && !(text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])));

    private static bool IsDottedAcronym(string text, int i, out int end)
    {
        end = i;
        var letters = 0;
        while (end + 1 < text.Length && char.IsUpper(text[end]) && text[end + 1] == '.')
        {
            letters++;
            end += 2;
        }
        return letters >= 2 && (end >= text.Length || !char.IsLetter(text[end]));
    }
}
