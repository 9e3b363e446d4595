using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Dates;

/// <summary>The two dates of a claim, as ISW keeps them: when it was said, and when what it is about happened.</summary>
public sealed record ClaimDates(ResolvedDate? Said, ResolvedDate? Happened);

/// <summary>
/// Dates a sentence: finds its dating expressions, sets aside those that only give background
/// (inside a quotation, after "since", in a "who ..."/"which ..." aside) and resolves the one
/// that dates the main clause. A sentence without dating words takes the publication date,
/// marked as not stated; in an undated article it stays undated.
/// </summary>
public sealed partial class SentenceDater(DateResolver? resolver = null)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private readonly DateResolver _resolver = resolver ?? new DateResolver();

    [GeneratedRegex(
        "\\b(?:said|says|say|told|tells|reported|reports|claimed|claims|announced|announces|stated|states|added|wrote|writes|"
        + "confirmed|confirms|denied|denies|insisted|warned|warns|accused|alleged|posted|noted|declared|acknowledged|admitted|"
        + "asserted|argued|explained|revealed|disclosed|maintained|estimated|assessed|according\\s+to)\\b", Options)]
    private static partial Regex ReportingVerb();

    /// <summary>Words between a reporting verb and a date that show the date belongs to another verb ("said troops had taken ... on Monday").</summary>
    [GeneratedRegex("\\b(?:that|had|has|have|was|were|is|are|will|would|did|could|\\w+ed)\\b|[“”\"«»;:]", Options)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(
        "\\b(?:will|won[’']t|shall|due\\s+to|set\\s+to|scheduled|expected\\s+to|plans?\\s+to|planned|upcoming|ahead\\s+of|if)\\b", Options)]
    private static partial Regex FutureMarker();

    [GeneratedRegex("\\b(?:since|who|which|whose|whom)\\b", Options)]
    private static partial Regex BackgroundMarker();

    private static readonly SearchValues<char> OpeningBreaks = SearchValues.Create(",;:(—–");
    private static readonly SearchValues<char> ClosingBreaks = SearchValues.Create(",;:)—–");

    /// <summary>
    /// The date of the main clause of <paramref name="sentence"/>; the publication date (not
    /// stated) when no words date it; null when neither exists. <paramref name="paragraph"/>,
    /// when given, lends its weekday words to settle an all-numeric date's reading.
    /// </summary>
    public ResolvedDate? DateFor(string sentence, DateOnly? published, string? paragraph = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var expressions = Find(sentence, paragraph);
        var quoted = QuotedRegions(sentence);
        DateExpression? main = null;
        foreach (var e in expressions)
        {
            if (!IsQuoted(quoted, e) && !IsBackground(sentence, e))
            {
                main = e;
                break;
            }
        }
        if (main is null)
            return Unstated(published);
        return _resolver.Resolve(main, published, LooksAhead(sentence, main));
    }

    /// <summary>
    /// For a claim: the statement's date (the expression attached to the reporting verb, as in
    /// "said on Sunday" or "on Tuesday reported") and the date of what it reports (another
    /// expression). A statement with no date of its own takes the publication date (not
    /// stated); a report with no date of its own takes the statement's. Relative words inside a
    /// quotation count from the statement's date, since that is when they were spoken.
    /// </summary>
    public ClaimDates SaidAndHappened(string sentence, DateOnly? published, string? paragraph = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var expressions = Find(sentence, paragraph);
        var quoted = QuotedRegions(sentence);
        var statement = StatementExpression(sentence, expressions, quoted);
        var said = statement is null ? Unstated(published) : _resolver.Resolve(statement, published);
        foreach (var e in expressions)
        {
            if (ReferenceEquals(e, statement) || IsBackground(sentence, e))
                continue;
            var inQuote = IsQuoted(quoted, e);
            var anchor = inQuote && said is { Stated: true, Precision: DatePrecision.Day } ? said.Date : published;
            return new ClaimDates(said, _resolver.Resolve(e, anchor, LooksAhead(sentence, e)));
        }
        return new ClaimDates(said, said);
    }

    private static IReadOnlyList<DateExpression> Find(string sentence, string? paragraph)
    {
        var expressions = DateExpressionFinder.Find(sentence);
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i] is { Kind: DateExpressionKind.NumericDate, Order: null } numeric)
            {
                var settled = DateExpressionFinder.WithFittingReading(numeric, sentence);
                if (settled.Order is null && paragraph is not null)
                    settled = DateExpressionFinder.WithFittingReading(numeric, paragraph);
                if (!ReferenceEquals(settled, numeric))
                    expressions = [.. expressions.Take(i), settled, .. expressions.Skip(i + 1)];
            }
        }
        return expressions;
    }

    private static ResolvedDate? Unstated(DateOnly? published) =>
        published is { } date ? ResolvedDate.FromPublication(date) : null;

    /// <summary>The expression attached to the first reporting verb outside quotation marks, after it ("said on Sunday") or before it ("on Sunday said").</summary>
    private static DateExpression? StatementExpression(string sentence, IReadOnlyList<DateExpression> expressions, List<(int Start, int End)> quoted)
    {
        foreach (var verb in ReportingVerb().EnumerateMatches(sentence))
        {
            if (InRegions(quoted, verb.Index))
                continue;
            var verbEnd = verb.Index + verb.Length;
            DateExpression? before = null;
            foreach (var e in expressions)
            {
                if (IsQuoted(quoted, e))
                    continue;
                if (e.Span.Start >= verbEnd && IsAttached(sentence.AsSpan(verbEnd, e.Span.Start - verbEnd)))
                    return e;
                if (e.Span.End <= verb.Index)
                {
                    var between = sentence.AsSpan(e.Span.End, verb.Index - e.Span.End).TrimStart();
                    // "On Sunday, the newspaper reported": a sentence-opening date may be set off by a comma.
                    if (between is [',', ..] && sentence.AsSpan(0, e.Span.Start).Trim().Trim("“\"").IsEmpty)
                        between = between[1..];
                    if (IsAttached(between))
                        before = e;
                }
            }
            if (before is not null)
                return before;
            return null;
        }
        return null;
    }

    private static bool IsAttached(ReadOnlySpan<char> between)
    {
        if (between.Contains(',') || ClauseBreak().IsMatch(between))
            return false;
        var words = 0;
        for (var i = 0; i < between.Length; i++)
        {
            if (!char.IsWhiteSpace(between[i]) && (i == 0 || char.IsWhiteSpace(between[i - 1])))
                words++;
        }
        return words <= 6;
    }

    /// <summary>Whether a "since ..." phrase or a "who ..."/"which ..." aside holds the expression, looking back within its clause.</summary>
    private static bool IsBackground(string sentence, DateExpression e)
    {
        if (e.Since)
            return true;
        var clauseStart = sentence.AsSpan(0, e.Span.Start).LastIndexOfAny(OpeningBreaks) + 1;
        return BackgroundMarker().IsMatch(sentence.AsSpan(clauseStart, e.Span.Start - clauseStart));
    }

    /// <summary>Whether the expression's clause speaks of the future ("will meet on Tuesday", "ahead of Sunday's vote").</summary>
    private static bool LooksAhead(string sentence, DateExpression e)
    {
        var head = sentence.AsSpan(0, e.Span.Start);
        var start = head.LastIndexOfAny(OpeningBreaks) + 1;
        var tail = sentence.AsSpan(e.Span.End);
        var end = tail.IndexOfAny(ClosingBreaks);
        // A sentence-opening date set off by a comma belongs to the clause after it.
        if (start == 0 && end >= 0 && tail[..end].Trim().IsEmpty)
        {
            var rest = tail[(end + 1)..];
            var next = rest.IndexOfAny(ClosingBreaks);
            end = end + 1 + (next < 0 ? rest.Length : next);
        }
        var stop = end < 0 ? sentence.Length : e.Span.End + end;
        return FutureMarker().IsMatch(sentence.AsSpan(start, stop - start));
    }

    /// <summary>The stretches between opening and closing quotation marks (curly, guillemets, or paired straight quotes).</summary>
    private static List<(int Start, int End)> QuotedRegions(string sentence)
    {
        var regions = new List<(int, int)>();
        var open = -1;
        var straightOpen = -1;
        for (var i = 0; i < sentence.Length; i++)
        {
            switch (sentence[i])
            {
                case '“' or '«' when open < 0:
                    open = i;
                    break;
                case '”' or '»' when open >= 0:
                    regions.Add((open, i));
                    open = -1;
                    break;
                case '"' when straightOpen < 0:
                    straightOpen = i;
                    break;
                case '"':
                    regions.Add((straightOpen, i));
                    straightOpen = -1;
                    break;
            }
        }
        // An unclosed quotation runs to the end: sentence splitting can cut a quotation in two.
        if (open >= 0)
            regions.Add((open, sentence.Length));
        return regions;
    }

    private static bool IsQuoted(List<(int Start, int End)> quoted, DateExpression e) => InRegions(quoted, e.Span.Start);

    private static bool InRegions(List<(int Start, int End)> regions, int index) =>
        regions.Exists(r => r.Start < index && index < r.End);
}
