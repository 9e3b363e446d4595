namespace Briefings.Ingestion.Claims;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
    OpenQuote,
    CloseQuote,
}

/// <summary>A word, number, punctuation mark or double quotation mark of a sentence, by offset in that sentence.</summary>
internal readonly record struct Token(int Start, int Length, string Text, TokenKind Kind)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    /// <summary>"Russia's", "Moscow’s", "soldiers'".</summary>
    public bool IsPossessive => IsWord && Bare.Length < Text.Length;

    /// <summary>The word without a possessive ending.</summary>
    public string Bare
    {
        get
        {
            if (Text.Length > 2 && (Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal)))
                return Text[..^2];
            if (Text.Length > 2 && Text[^2] == 's' && Text[^1] is '\'' or '’')
                return Text[..^1];
            return Text;
        }
    }

    public string Lower => Bare.ToLowerInvariant();

    public bool Is(string word) => IsWord && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text[0] == c;

    public bool IsQuote => Kind is TokenKind.OpenQuote or TokenKind.CloseQuote;
}

/// <summary>
/// Cuts a sentence into tokens by hand: words keep inner hyphens, apostrophes and
/// abbreviation dots ("Ha-kyou", "Moscow’s", "U.S."); numbers keep their separators
/// ("10,000", "55.3"); a straight double quote opens after space and closes otherwise.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var end = ScanWord(text, i);
                var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(i, end - i, text[i..end], kind));
                i = end;
                continue;
            }
            var quoteKind = c switch
            {
                '“' or '«' => TokenKind.OpenQuote,
                '”' or '»' => TokenKind.CloseQuote,
                '"' => i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–'
                    ? TokenKind.OpenQuote
                    : TokenKind.CloseQuote,
                _ => TokenKind.Punctuation,
            };
            tokens.Add(new Token(i, 1, text[i].ToString(), quoteKind));
            i++;
        }
        return tokens;
    }

    private static int ScanWord(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c is '-' or '\'' or '’' && char.IsLetterOrDigit(next))
            {
                i++;
                continue;
            }
            // "soldiers’ families": a plural possessive keeps its apostrophe.
            if (c is '\'' or '’' && text[i - 1] == 's' && !char.IsLetterOrDigit(next))
                return i + 1;
            if (c is ',' or '.' && char.IsDigit(text[i - 1]) && char.IsDigit(next))
            {
                i++;
                continue;
            }
            if (c == '.' && IsInitialism(text, start, i))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>True at the dot of "U.S" or "U.S": single capitals, each followed by a dot.</summary>
    private static bool IsInitialism(string text, int start, int dot)
    {
        for (var j = start; j < dot; j += 2)
        {
            if (!char.IsUpper(text[j]) || (j + 1 < dot && text[j + 1] != '.'))
                return false;
        }
        var next = dot + 1 < text.Length ? text[dot + 1] : '\0';
        return char.IsUpper(next) || (dot - start >= 2 && !char.IsLetterOrDigit(next));
    }
}
