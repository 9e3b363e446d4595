using System.Buffers;
using System.Text.RegularExpressions;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Dates;

/// <summary>The two dates of a claim, as ISW keeps them: when it was said, and when what it is about happened.</summary>
public sealed record ClaimDates(ResolvedDate? Said, ResolvedDate? Happened);

/// <summary>
/// A happening a sentence tells in passing, with a date of its own: "since the invasion began in
/// February 2022", "Kim, who signed the pact in June", "a treaty signed by both leaders in June",
/// "a day after record drone attacks". <see cref="Clause"/> is the span of its words.
/// </summary>
public sealed record BackgroundHappening(TextSpan Clause, string Text, ResolvedDate Date);

/// <summary>
/// Dates a sentence: finds its dating expressions, sets aside those that only give background
/// (inside a quotation, after "since", in a "who ..."/"which ..." aside, in a participle phrase
/// after a noun such as "a treaty signed by both leaders in June") and resolves the one that
/// dates the main clause. When that one only dates a report ("the Post said on Sunday that they
/// had spoken on Thursday"), the reported happening's own past date wins. A sentence without
/// dating words takes the publication date, marked as not stated; in an undated article it
/// stays undated. The background expressions are not lost: <see cref="Background"/> gives each
/// as a happening of its own.
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

    [GeneratedRegex("\\b(?:would|will|shall|could|might|to)\\b", Options)]
    private static partial Regex PlanInThePast();

    [GeneratedRegex("\\G\\s*(?:that\\b)?\\s*", Options)]
    private static partial Regex ThatWord();

    [GeneratedRegex("\\b(?:since|who|which|whose|whom)\\b", Options)]
    private static partial Regex BackgroundMarker();

    /// <summary>
    /// A past participle right after a noun, as in "a treaty signed by ..." or "strikes launched
    /// in ...": the word before it must not be an auxiliary, a pronoun, a conjunction or an adverb.
    /// </summary>
    [GeneratedRegex(
        "(?<before>\\b[\\p{L}’'-]+)\\s+(?<participle>[a-z]+ed|made|held|built|taken|given|sent|struck|shot|brought|won|begun|fought|seen|known|written|drawn|found|laid|caught|sold|spent|kept|lost|broken|spoken|chosen|frozen)\\b(?<by>\\s+by\\b)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Participle();

    /// <summary>A verb that heads a clause: an auxiliary or a past form.</summary>
    [GeneratedRegex("\\b(?:has|have|had|is|are|was|were|will|would|did|does|do|[a-z]+ed)\\b", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierVerb();

    /// <summary>"a day after ...", "two days before ...": a happening dated from the main clause's day.</summary>
    [GeneratedRegex("\\b(?:(?<n>a|one|two|three|four|five|six|seven|\\d)\\s+days?|the\\s+day)\\s+(?<rel>after|before)\\s+", Options)]
    private static partial Regex DaysApart();

    private static readonly HashSet<string> NotANoun = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "to", "and", "or",
        "but", "then", "not", "also", "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "just", "already",
        "never", "later", "earlier", "reportedly", "allegedly", "recently", "first", "once", "having", "newly", "jointly",
    };

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
        var main = MainExpression(sentence, expressions, quoted);
        if (main is null)
            return Unstated(published);
        return _resolver.Resolve(main, published, LooksAhead(sentence, main));
    }

    /// <summary>
    /// The happenings <paramref name="sentence"/> tells in passing, each dated by its own words:
    /// the "since ...", "who ..."/"which ..." and participle asides set aside by
    /// <see cref="DateFor"/>, and "a day after ..." phrases, dated from the main clause's day.
    /// An aside inside a quotation, or one that resolves to no date, is left out.
    /// </summary>
    public IReadOnlyList<BackgroundHappening> Background(string sentence, DateOnly? published, string? paragraph = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var expressions = Find(sentence, paragraph);
        var quoted = QuotedRegions(sentence);
        var found = new List<BackgroundHappening>();
        foreach (var e in expressions)
        {
            // "since 1945" only says how long something has lasted: there is no happening to tell.
            if (e.Since || IsQuoted(quoted, e) || BackgroundStart(sentence, e) is not { } start)
                continue;
            if (_resolver.Resolve(e, published, LooksAhead(sentence, e)) is not { Future: false } date)
                continue;
            var bracket = sentence.IndexOf(']', e.Span.End);
            var end = bracket >= 0 && sentence.LastIndexOf('[', e.Span.Start) > sentence.LastIndexOf(']', e.Span.Start)
                ? bracket + 1
                : ClauseEnd(sentence, e.Span.End);
            found.Add(Happening(sentence, start, end, date));
        }
        var main = MainExpression(sentence, expressions, quoted);
        if (main is not null && Reported(sentence, expressions, quoted, main, published) is { } reported)
            found.Add(reported);
        if (main is not null && _resolver.Resolve(main, published, LooksAhead(sentence, main)) is { Precision: DatePrecision.Day, Future: false } day)
        {
            foreach (Match apart in DaysApart().Matches(sentence))
            {
                if (apart.Index < main.Span.End || InRegions(quoted, apart.Index))
                    continue;
                var n = apart.Groups["n"].Success ? Count(apart.Groups["n"].Value) : 1;
                var sign = apart.Groups["rel"].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
                var start = apart.Index + apart.Length;
                var evidence = apart.Value.Trim() + " " + day.Evidence;
                var date = day with { Date = day.Date.AddDays(sign * n), Evidence = evidence };
                found.Add(Happening(sentence, start, ClauseEnd(sentence, start), date));
            }
        }
        return found;
    }

    private static BackgroundHappening Happening(string sentence, int start, int end, ResolvedDate date)
    {
        var text = sentence[start..end].Trim().TrimEnd('.', ',', ';', ':').Trim();
        if (text.Length > 0)
            text = char.ToUpperInvariant(text[0]) + text[1..];
        return new BackgroundHappening(new TextSpan(start, end - start), text, date);
    }

    private static int Count(string word) => word.ToLowerInvariant() switch
    {
        "a" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        var digits => DecimalDigits.Parse(digits),
    };

    /// <summary>Where the clause that ends a background aside stops: the next break after the expression, or the sentence's end.</summary>
    private static int ClauseEnd(string sentence, int from)
    {
        var end = sentence.AsSpan(from).IndexOfAny(ClosingBreaks);
        return end < 0 ? sentence.Length : from + end;
    }

    /// <summary>The first expression outside quotations and background asides.</summary>
    private static DateExpression? MainExpression(string sentence, IReadOnlyList<DateExpression> expressions, List<(int Start, int End)> quoted)
    {
        foreach (var e in expressions)
        {
            if (!IsQuoted(quoted, e) && !IsBackground(sentence, e))
                return e;
        }
        return null;
    }

    /// <summary>
    /// When the main expression only dates a report ("the Post said on Sunday that Trump had
    /// spoken by phone on Thursday"), the reported happening with its own date, not after the
    /// report's: the timeline shows the call on Thursday as well as the report on Sunday.
    /// </summary>
    private BackgroundHappening? Reported(string sentence, IReadOnlyList<DateExpression> expressions, List<(int Start, int End)> quoted,
        DateExpression main, DateOnly? published)
    {
        if (!ReferenceEquals(main, StatementExpression(sentence, expressions, quoted)) || _resolver.Resolve(main, published) is not { } said)
            return null;
        foreach (var e in expressions)
        {
            if (e.Span.Start < main.Span.End || IsQuoted(quoted, e) || IsBackground(sentence, e))
                continue;
            if (_resolver.Resolve(e, published, LooksAhead(sentence, e)) is not { Future: false } reported || reported.Date > said.Date)
                return null;
            var start = main.Span.End;
            foreach (var verb in ReportingVerb().EnumerateMatches(sentence.AsSpan(0, e.Span.Start)))
                start = Math.Max(start, verb.Index + verb.Length);
            // "said the leaders would meet on Thursday" tells of a plan, not of something that happened.
            if (start < e.Span.Start && PlanInThePast().IsMatch(sentence.AsSpan(start, e.Span.Start - start)))
                return null;
            var that = ThatWord().Match(sentence, start);
            if (that.Success && that.Index == start)
                start += that.Length;
            return Happening(sentence, start, ClauseEnd(sentence, e.Span.End), reported);
        }
        return null;
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
    private static bool IsBackground(string sentence, DateExpression e) => BackgroundStart(sentence, e) is not null;

    /// <summary>
    /// Where the aside that holds the expression starts, or null when the expression dates its
    /// clause: after "since", at the antecedent of a "who"/"which" aside, at the determiner of a
    /// noun that a participle phrase follows ("a treaty signed by both leaders in June").
    /// </summary>
    private static int? BackgroundStart(string sentence, DateExpression e)
    {
        var clauseStart = sentence.AsSpan(0, e.Span.Start).LastIndexOfAny(OpeningBreaks) + 1;
        var clause = sentence[clauseStart..e.Span.Start];
        // "the US election [on November 5]": an editor's bracketed date dates the noun before it.
        if (clause.TrimEnd().EndsWith('['))
        {
            var bracket = clause.LastIndexOf('[');
            return clauseStart + Determiner(clause, bracket, bracket);
        }
        if (e.Since)
            return e.Span.Start + e.Text.Length - e.Text.TrimStart().Length + "since".Length;
        var marker = BackgroundMarker().Match(clause);
        if (marker.Success)
        {
            if (marker.Value.Equals("since", StringComparison.OrdinalIgnoreCase))
                return clauseStart + marker.Index + marker.Length;
            return Antecedent(sentence, clauseStart + marker.Index);
        }
        return ParticipleStart(sentence, clauseStart, clause);
    }

    /// <summary>
    /// The noun phrase a "who"/"which" aside hangs on, across the comma that sets it off: back to
    /// its determiner, or to the word after a preposition, conjunction or verb, five words at most.
    /// </summary>
    private static int Antecedent(string sentence, int marker)
    {
        var head = sentence.AsSpan(0, marker).TrimEnd().TrimEnd(',').TrimEnd();
        var start = head.LastIndexOfAny(OpeningBreaks) + 1;
        var at = head.Length;
        for (var words = 0; words < 5; words++)
        {
            var space = head[..at].TrimEnd().LastIndexOf(' ');
            var wordStart = Math.Max(space + 1, start);
            if (wordStart >= at)
                break;
            var word = head[wordStart..at].Trim().ToString();
            if (AntecedentStops.Contains(word))
                break;
            at = wordStart;
            if (Array.Exists(Determiners, d => d.TrimEnd().Equals(word, StringComparison.OrdinalIgnoreCase)) || wordStart == start)
                break;
        }
        return at;
    }

    private static readonly HashSet<string> AntecedentStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "to", "of", "in", "on", "at", "for", "from", "by", "against", "into", "over", "near", "as", "than", "and", "or",
        "but", "that", "is", "are", "was", "were", "has", "have", "had", "said", "says", "told", "where", "when",
    };

    /// <summary>
    /// A participle phrase after a noun, when the clause already has its verb ("North Korea has
    /// ratified a treaty signed in June") or the participle takes an agent ("a treaty signed by
    /// both leaders"). A clause whose first verb is the participle ("Troops invaded Kursk on 6
    /// August") or that reports someone's words ("Kyiv said Russia attacked on Monday") is not one.
    /// </summary>
    private static int? ParticipleStart(string sentence, int clauseStart, string clause)
    {
        if (ReportingVerb().IsMatch(clause) || clause.Contains(" that ", StringComparison.OrdinalIgnoreCase))
            return null;
        foreach (Match m in Participle().Matches(clause))
        {
            var before = m.Groups["before"].Value;
            if (NotANoun.Contains(before) || before.EndsWith("ly", StringComparison.Ordinal))
                continue;
            var participle = m.Groups["participle"];
            if (!m.Groups["by"].Success && !EarlierVerb().IsMatch(clause.AsSpan(0, m.Index)))
                continue;
            return clauseStart + Determiner(clause, m.Index, participle.Index);
        }
        return null;
    }

    private static readonly string[] Determiners = ["a ", "an ", "the ", "its ", "their ", "his ", "her ", "this ", "that "];

    /// <summary>The start of the noun phrase ending before <paramref name="participle"/>: its nearest determiner within eight words, else the word before the participle.</summary>
    private static int Determiner(string clause, int nounStart, int participle)
    {
        var words = 0;
        for (var i = participle - 1; i > 0 && words < 8; i--)
        {
            if (!char.IsWhiteSpace(clause[i - 1]) || char.IsWhiteSpace(clause[i]))
                continue;
            words++;
            foreach (var d in Determiners)
            {
                if (clause.AsSpan(i).StartsWith(d, StringComparison.OrdinalIgnoreCase))
                    return i;
            }
        }
        return nounStart;
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
        return WithoutBrackets(sentence, regions);
    }

    /// <summary>Square brackets in a quotation hold the editor's words ("until the US election [on November 5]"), not the speaker's.</summary>
    private static List<(int Start, int End)> WithoutBrackets(string sentence, List<(int Start, int End)> regions)
    {
        if (!sentence.Contains('['))
            return regions;
        var split = new List<(int, int)>();
        foreach (var (start, end) in regions)
        {
            var from = start;
            for (var open = sentence.IndexOf('[', from + 1); open >= 0 && open < end; open = sentence.IndexOf('[', from + 1))
            {
                var close = sentence.IndexOf(']', open);
                if (close < 0 || close >= end)
                    break;
                split.Add((from, open));
                from = close;
            }
            split.Add((from, end));
        }
        return split;
    }

    private static bool IsQuoted(List<(int Start, int End)> quoted, DateExpression e) => InRegions(quoted, e.Span.Start);

    private static bool InRegions(List<(int Start, int End)> regions, int index) =>
        regions.Exists(r => r.Start < index && index < r.End);
}
