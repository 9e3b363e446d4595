using System.Text;

namespace Briefings.Web.Queries.Search;

/// <summary>One thing the reader asked for: a word, a "quoted phrase", a prefix (<c>drone*</c>) or an excluded word (<c>-drill</c>).</summary>
public sealed record SearchTerm(string Text, bool Phrase = false, bool Prefix = false, bool Excluded = false);

/// <summary>
/// Splits what a reader typed into terms, the way search boxes are read: words in any order, phrases
/// in straight or curly quotes, a trailing <c>*</c> for a prefix, a leading <c>-</c> to leave a word
/// out. Nothing typed is ever passed on as query syntax: terms are quoted when the query is built.
/// </summary>
public static class SearchTerms
{
    public const int MaxTerms = 16;

    public static IReadOnlyList<SearchTerm> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<SearchTerm>();
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
                i++;
            string word;
            var phrase = IsOpeningQuote(text[i]);
            if (phrase)
            {
                var close = text.IndexOfAny(ClosingQuotes, i + 1);
                var end = close < 0 ? text.Length : close;
                word = text[(i + 1)..end];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                    i++;
                word = text[start..i];
            }
            var prefix = !phrase && word.EndsWith('*');
            word = Tidy(prefix ? word.TrimEnd('*') : word);
            if (HasWordCharacter(word))
                terms.Add(new SearchTerm(word, phrase, prefix, excluded));
        }
        return terms;
    }

    private static readonly char[] ClosingQuotes = ['"', '”', '“', '»', '«'];

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    /// <summary>True when the text has something a full-text index would keep: a letter or a digit.</summary>
    public static bool HasWordCharacter(string text) => text.Any(char.IsLetterOrDigit);

    private static string Tidy(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Trim())
        {
            if (char.IsControl(c))
                continue;
            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        return builder.ToString();
    }
}
