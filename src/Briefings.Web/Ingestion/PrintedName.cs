using System.Globalization;
using System.Text;

namespace Briefings.Web.Ingestion;

/// <summary>
/// A file name (or a reason quoting one) made safe to print on one line: a name may hold a line
/// break, a terminal escape or a bidirectional override, and printed raw it could forge an
/// output line or rewrite the terminal. Such characters, and the backslash that introduces an
/// escape, are written as C-style escapes; everything else prints as it is.
/// </summary>
public static class PrintedName
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Unsafe))
            return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case '\n': escaped.Append(@"\n"); break;
                case '\r': escaped.Append(@"\r"); break;
                case '\t': escaped.Append(@"\t"); break;
                default:
                    if (IsUnsafe(c))
                        escaped.Append(c < 0x100 ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
                    else
                        escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => c == '\\' || IsUnsafe(c))]);

    // Controls (C0, DEL, C1), line and paragraph separators, and the bidirectional embeddings,
    // overrides and isolates that reorder what follows them on screen.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
