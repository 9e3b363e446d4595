using System.Globalization;
using System.Text;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// Folds a name to the key the gazetteer and the country table look it up by: case,
/// diacritics, apostrophes (' ’ ʼ ”) and dots do not count, and hyphens, dashes and runs of
/// white space become one space. "Kup’yans’k", "Kupyansk" and "KUPYANSK" share a key, as do
/// "Ivano-Frankivsk" and "Ivano Frankivsk", "U.S." and "US".
/// </summary>
public static class GazetteerName
{
    // Decomposing a character per call allocates; a table built once keeps the hot path free of it.
    private static readonly string?[] LatinAndCyrillic = BuildFoldTable(0x0080, 0x0530);
    private static readonly string?[] LatinExtendedAdditional = BuildFoldTable(0x1E00, 0x1F00);

    /// <summary>The key of <paramref name="text"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[MaxLength(text)] : new char[MaxLength(text)];
        return new string(buffer[..Normalize(text, buffer)]);
    }

    /// <summary>The longest key <paramref name="text"/> can fold to: a destination for <see cref="Normalize(ReadOnlySpan{char}, Span{char})"/>.</summary>
    public static int MaxLength(ReadOnlySpan<char> text) => text.Length * 2;

    /// <summary>Writes the key of <paramref name="text"/> to <paramref name="destination"/> and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                Emit(destination, ref length, ref pendingSpace, char.ToLowerInvariant(c));
                continue;
            }
            if (IsIgnored(c))
            {
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            var folded = Fold(c);
            if (folded is null)
            {
                Emit(destination, ref length, ref pendingSpace, char.ToLowerInvariant(c));
            }
            else
            {
                foreach (var f in folded)
                {
                    Emit(destination, ref length, ref pendingSpace, f);
                }
            }
        }
        return length;
    }

    /// <summary>Whether <paramref name="text"/> has a lower-case letter: "US" is a country, "us" is not.</summary>
    public static bool HasLowercase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The key without a leading "the": "the UK", "The U.S." and "the Donbas" are looked up again without it.</summary>
    internal static bool TryStripArticle(ReadOnlySpan<char> key, out ReadOnlySpan<char> rest)
    {
        rest = key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : default;
        return !rest.IsEmpty;
    }

    private static void Emit(Span<char> destination, ref int length, ref bool pendingSpace, char c)
    {
        if (pendingSpace)
        {
            destination[length++] = ' ';
            pendingSpace = false;
        }
        destination[length++] = c;
    }

    private static bool IsIgnored(char c) => c switch
    {
        '\'' or '.' or '`' or '"' or '´' => true,
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E' => true,
        '\u02B9' or '\u02BA' or '\u02BB' or '\u02BC' or '\u02BD' or '\u02BE' or '\u02BF' or '\u2032' or '\u2033' => true,
        _ => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format,
    };

    private static string? Fold(char c) => c switch
    {
        >= '\u0080' and < '\u0530' => LatinAndCyrillic[c - 0x0080],
        >= '\u1E00' and < '\u1F00' => LatinExtendedAdditional[c - 0x1E00],
        _ => null,
    };

    private static string?[] BuildFoldTable(int from, int to)
    {
        var table = new string?[to - from];
        var builder = new StringBuilder(4);
        for (var code = from; code < to; code++)
        {
            var c = (char)code;
            builder.Clear();
            var special = Special(char.ToLowerInvariant(c));
            if (special is not null)
            {
                builder.Append(special);
            }
            else
            {
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                {
                    if (char.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(char.ToLowerInvariant(d));
                    }
                }
            }
            var folded = builder.ToString();
            table[code - from] = folded.Length == 1 && folded[0] == char.ToLowerInvariant(c) ? null : folded;
        }
        return table;
    }

    // Letters that do not decompose into a base letter and a mark.
    private static string? Special(char c) => c switch
    {
        'ø' => "o",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ŧ' => "t",
        'ŀ' => "l",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => null,
    };
}
