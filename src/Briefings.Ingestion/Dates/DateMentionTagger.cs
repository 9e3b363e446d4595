using System.Text.RegularExpressions;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Dates;

/// <summary>
/// Marks every temporal expression of the body (<see cref="ArticleContext.Dates"/>): reads the
/// paragraphs with <see cref="DateExpressionFinder.FindMentions"/>, resolves each expression
/// against the publication date with <see cref="DateResolver.Timex"/> (forward when its clause
/// speaks of what will happen, else back, as news mostly tells what happened), lets later
/// expressions count from earlier ones ("a year earlier"), and joins a clock time to the day
/// beside it ("4 a.m. Thursday"). Without a usable publication date only the expressions that
/// carry their own year get a value, and a diagnostic says so.
/// </summary>
public sealed partial class DateMentionTagger(DateResolver? resolver = null) : IIngestionStage
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private readonly DateResolver _resolver = resolver ?? new DateResolver();

    [GeneratedRegex(
        "\\b(?:will|shall|won['’]t|going\\s+to|plans?\\s+to|planning\\s+to|planned\\s+to|would|as\\s+(?:soon|early)\\s+as|until|postponed|scheduled|expected\\s+to|expects\\s+to|due\\s+to|set\\s+to|is\\s+to|are\\s+to|upcoming)\\b|['’]ll\\b", Options)]
    private static partial Regex FutureMarker();

    /// <summary>Where the clause a date hangs on starts: the complement of a reporting verb, a "that" clause, a break in the sentence.</summary>
    [GeneratedRegex("\\b(?:that|said|says|say|told|announced|reported|added|and|but|when|after|before|because)\\b|[,;:—–(]", Options)]
    private static partial Regex ClauseStart();

    /// <summary>Where the clause after a sentence-opening date stops.</summary>
    [GeneratedRegex("\\b(?:that|said|says|say|told|announced|reported|and|but|when|after|before|because)\\b|[;:—–(]", Options)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex("^[\\s,]*(?:(?:on|at|of)\\s+)?$", Options)]
    private static partial Regex ClockJoint();

    [GeneratedRegex("\\b(?<part>morning|afternoon|evening|night|tonight|overnight)\\b", Options)]
    private static partial Regex PartOfDay();

    public void Run(ArticleContext article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var published = article.Published.Date;
        // A date far outside the calendar a news text can mean (0001-01-01 for "unknown") resolves nothing relative.
        if (published is { Year: < 1000 or > 9000 } odd)
        {
            article.Report(nameof(DateMentionTagger), $"publication date {odd:yyyy-MM-dd} is not a real date; relative dates are left without a value");
            published = null;
        }
        else if (published is null && article.Paragraphs.Count > 0)
        {
            article.Report(nameof(DateMentionTagger), "no publication date; relative dates are left without a value");
        }
        var anchor = new TimexAnchor();
        foreach (var paragraph in article.Paragraphs)
            article.Dates.AddRange(Tag(paragraph, published, anchor));
    }

    /// <summary>The mentions of one paragraph, in order; <paramref name="anchor"/> carries the last date named on to the next paragraph.</summary>
    public IReadOnlyList<DateMention> Tag(Paragraph paragraph, DateOnly? published, TimexAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(anchor);
        var text = paragraph.Text;
        var expressions = DateExpressionFinder.FindMentions(text);
        var mentions = new List<DateMention>(expressions.Count);
        for (var i = 0; i < expressions.Count; i++)
        {
            var e = DateExpressionFinder.WithFittingReading(expressions[i], text);
            var reading = _resolver.Timex(e, published, LooksAhead(text, e.Span), anchor);
            if (e.Kind == DateExpressionKind.Clock && i + 1 < expressions.Count && IsDay(expressions[i + 1])
                && ClockJoint().IsMatch(text.AsSpan(e.Span.End, expressions[i + 1].Span.Start - e.Span.End)))
            {
                // "4 a.m. Thursday": one time, on that day.
                var day = expressions[++i];
                var dayReading = _resolver.Timex(day, published, LooksAhead(text, day.Span), anchor);
                Remember(anchor, day, dayReading);
                mentions.Add(Mention(paragraph, text, e.Span.Start, day.Span.End, Joined(dayReading.Value, e), DateMentionType.Time));
                continue;
            }
            if (IsDay(e) && i + 1 < expressions.Count && expressions[i + 1].Kind == DateExpressionKind.Clock
                && ClockJoint().IsMatch(text.AsSpan(e.Span.End, expressions[i + 1].Span.Start - e.Span.End)))
            {
                var clock = expressions[++i];
                Remember(anchor, e, reading);
                mentions.Add(Mention(paragraph, text, e.Span.Start, clock.Span.End, Joined(reading.Value, clock), DateMentionType.Time));
                continue;
            }
            Remember(anchor, e, reading);
            mentions.Add(Mention(paragraph, text, e.Span.Start, e.Span.End, WithPartOfDay(reading.Value, e), TypeOf(e)));
        }
        return mentions;
    }

    private static DateMention Mention(Paragraph paragraph, string text, int start, int end, string? value, DateMentionType type) =>
        new(text[start..end], value, type, paragraph.Index, start, end);

    /// <summary>Later expressions count from dates the text names itself, not from ones it counted from another.</summary>
    private static void Remember(TimexAnchor anchor, DateExpression e, TimexReading reading)
    {
        if (reading.Point is { } point && e.Kind is not (DateExpressionKind.Clock or DateExpressionKind.AnchoredDay)
            && !(e.Kind == DateExpressionKind.UnitShift && (e.FromAnchor || e.Offset != 0))
            && !(e.Kind == DateExpressionKind.Quarter && e.Modifier == DateModifier.Earlier))
            anchor.Remember(point);
    }

    private static bool IsDay(DateExpression e) => e.Kind is DateExpressionKind.Weekday or DateExpressionKind.RelativeDay
        or DateExpressionKind.CalendarDate or DateExpressionKind.NumericDate;

    private static string? Joined(string? dayValue, DateExpression clock) =>
        dayValue is null ? null : dayValue.Split('T')[0] + DateResolver.ClockSuffix(clock);

    private static string? WithPartOfDay(string? value, DateExpression e)
    {
        if (value is null || value.Length != 10 || e.Kind is not (DateExpressionKind.Weekday or DateExpressionKind.RelativeDay or DateExpressionKind.NightBetween))
            return value;
        var part = PartOfDay().Match(e.Text);
        return !part.Success ? value : value + "T" + part.Groups["part"].Value.ToLowerInvariant() switch
        {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            _ => "NI",
        };
    }

    private static DateMentionType TypeOf(DateExpression e) => e.Kind switch
    {
        DateExpressionKind.Duration => DateMentionType.Duration,
        DateExpressionKind.Set => DateMentionType.Set,
        DateExpressionKind.Clock => DateMentionType.Time,
        DateExpressionKind.Weekday or DateExpressionKind.RelativeDay or DateExpressionKind.NightBetween when PartOfDay().IsMatch(e.Text) => DateMentionType.Time,
        _ => DateMentionType.Date,
    };

    /// <summary>
    /// Whether the clause the expression hangs on speaks of what will happen: a future marker
    /// between the start of that clause and the expression ("said it will meet on Friday"), or,
    /// for an expression opening its clause, in the words after it ("On Friday, the board will
    /// vote"). "Said on Friday that it will send" is last Friday: the "will" is another clause's.
    /// </summary>
    public static bool LooksAhead(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentenceStart = SentenceStart(text, span.Start);
        var before = text.AsSpan(sentenceStart, span.Start - sentenceStart).ToString();
        var clause = before;
        var lastBreak = ClauseStart().Matches(before).LastOrDefault();
        if (lastBreak is not null)
            clause = before[(lastBreak.Index + lastBreak.Length)..];
        if (FutureMarker().IsMatch(clause))
            return true;
        if (clause.Trim().Length > 0 && HasVerbBefore(clause))
            return false;
        var sentenceEnd = SentenceEnd(text, span.End);
        var after = text[span.End..sentenceEnd];
        var stop = ClauseEnd().Match(after);
        if (stop.Success)
            after = after[..stop.Index];
        return FutureMarker().IsMatch(after);
    }

    /// <summary>A clause with a few words before the date already has its verb: what follows belongs elsewhere.</summary>
    private static bool HasVerbBefore(string clause) =>
        clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;

    private static int SentenceStart(string text, int at)
    {
        for (var i = at - 1; i > 0; i--)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '?' or '!' && i + 1 < text.Length && char.IsUpper(text[i + 1]))
                return i + 1;
        }
        return 0;
    }

    private static int SentenceEnd(string text, int at)
    {
        for (var i = at; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '?' or '!' && text[i + 1] == ' ')
                return i;
        }
        return text.Length;
    }
}
