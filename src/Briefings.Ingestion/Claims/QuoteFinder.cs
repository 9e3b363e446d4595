using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Claims;

/// <summary>
/// Finds the quoted words of a sentence from its quotation-mark tokens. A quotation left
/// open runs to the end of the text, as a quote that continues into the next paragraph does.
/// </summary>
internal static class QuoteFinder
{
    public static List<TextSpan> Find(IReadOnlyList<Token> tokens, int textLength)
    {
        var quotes = new List<TextSpan>();
        var open = -1;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.OpenQuote && open < 0)
            {
                open = t.End;
            }
            else if (t.Kind == TokenKind.CloseQuote && open >= 0)
            {
                if (t.Start > open)
                    quotes.Add(new TextSpan(open, t.Start - open));
                open = -1;
            }
        }
        if (open >= 0 && textLength > open)
            quotes.Add(new TextSpan(open, textLength - open));
        return quotes;
    }

    public static bool Inside(IReadOnlyList<TextSpan> quotes, int position) =>
        quotes.Any(q => position >= q.Start && position < q.End);

    /// <summary>The quoted words joined, or null when the text quotes nothing.</summary>
    public static string? Words(string text, IReadOnlyList<TextSpan> quotes)
    {
        if (quotes.Count == 0)
            return null;
        var parts = quotes.Select(q => q.Of(text).Trim().TrimEnd(',').Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? null : string.Join(" … ", parts);
    }
}
