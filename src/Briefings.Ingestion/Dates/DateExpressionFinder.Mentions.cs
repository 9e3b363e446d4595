using System.Text.RegularExpressions;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Dates;

/// <summary>
/// The wider reading of the finder, for the dates a reader would mark in a text rather than the
/// few that date an event: besides what <see cref="Find"/> gives, bare years and decades,
/// quarters and halves, seasons, holidays, durations ("three years", "the past 24 hours"),
/// sets ("every week", "annually"), clock times, counts of units away ("two years ago",
/// "a year earlier") and references to the present, past or future ("now", "recently").
/// </summary>
public static partial class DateExpressionFinder
{
    private const string NumberWords =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";

    /// <summary>How many: digits, number words ("twenty four", "thirty-six"), or a vague count ("a few", "several").</summary>
    private const string Amount =
        "(?<n>\\d+(?:[.,]\\d+)?(?:\\s+\\d/\\d)?|(?:" + NumberWords + ")(?:[\\s-]+(?:and\\s+)?(?:" + NumberWords + ")){0,3}"
        + "|a\\s+couple(?:\\s+of)?|a\\s+few|a\\s+hundred|a\\s+dozen|a\\s+number\\s+of|dozens\\s+of|hundreds\\s+of|half\\s+an?|an?|several|many|some|few)";

    private const string Unit = "(?<unit>second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ies))";

    private const string WeekdayPlurals = "Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays";

    [GeneratedRegex(
        "\\b(?:(?<det>the|its|their|his|her|our|this|that|these|those)\\s+)?"
        + "(?:(?<adj>past|last|next|first|previous|coming|final|latest|recent|following|initial|remaining|full|entire|whole|other|further|additional|fiscal)\\s+)?"
        + "(?:(?:nearly|almost|about|around|approximately|roughly|some|only|just|over|under|at\\s+least|more\\s+than|less\\s+than|fewer\\s+than|up\\s+to)\\s+)?"
        + Amount + "[\\s-]+(?:fiscal\\s+)?" + Unit + "(?<pl>s)?(?![\\w])(?:[\\s-]+(?<dir>ago|earlier|later|old)\\b)?", Options)]
    private static partial Regex CountedUnits();

    [GeneratedRegex(
        "\\b(?:(?<det>the|these|those)\\s+)?(?:(?<adj>past|last|next|coming|recent|few|several|many|ensuing|following|previous|future)\\s+)?"
        + "(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters)\\b(?:\\s+(?<dir>ago|earlier|later)\\b)?", Options)]
    private static partial Regex PluralUnits();

    [GeneratedRegex(
        "\\b(?<det>the|this|that)\\s+(?<adj>past|last|next|coming|previous|preceding|following|full|entire|whole|same|current|latest|final|prior)?\\s*"
        + "(?<fiscal>fiscal\\s+)?(?<unit>day|night|week|weekend|month|year|decade|century)(?![-\\w])", Options)]
    private static partial Regex TheUnit();

    [GeneratedRegex("\\b(?<unit>year|month|week|quarter)-(?<dir>ago|earlier|before)\\b", Options)]
    private static partial Regex UnitAgoAdjective();

    [GeneratedRegex(
        "\\b(?:(?<det>the|this|last|next|that|its|their|a)\\s+)?"
        + "(?:(?<yrel>this|last|next)\\s+year['’]s\\s+|(?<y1>(?:19|20)\\d\\d)(?:['’]s)?\\s+)?"
        + "(?:(?:fiscal|calendar)[\\s-]+)?"
        + "(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|previous|past|same|year-ago|year-earlier|year-before|comparable|recent|most\\s+recent|just-ended|just\\s+ended)[\\s-]+)?"
        + "(?:(?:fiscal|calendar)[\\s-]+)?(?<q>quarter|period)(?![-\\w])"
        + "(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<y2>(?:19|20)\\d\\d)|(?<yrel2>this|last|next)\\s+year))?", Options)]
    private static partial Regex QuarterName();

    [GeneratedRegex(
        "\\b(?:the\\s+)?(?<ord>first|second|last|latter)[\\s-]+half(?![-\\w])(?:\\s+of\\s+(?:(?<y>(?:19|20)\\d\\d)|(?<yrel>this|last|next)\\s+year|the\\s+year))?", Options)]
    private static partial Regex HalfName();

    [GeneratedRegex("\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<c>1[5-9]|20)(?<d>\\d)0['’]?s|['’](?<d2>\\d)0s)(?![\\w])", Options)]
    private static partial Regex DecadeName();

    [GeneratedRegex("\\b(?:the\\s+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<rel>this|the\\s+current))[\\s-]+century\\b", Options)]
    private static partial Regex CenturyName();

    [GeneratedRegex(
        "\\b(?:(?<rel>this|last|next|past|coming|the|early|late|mid)[\\s-]+){0,2}(?<s>spring|summer|fall|autumn|winter)(?![-\\w])"
        + "(?:\\s+(?:of\\s+)?(?<y>(?:19|20)\\d\\d)(?!\\d))?", Options)]
    private static partial Regex SeasonName();

    [GeneratedRegex(
        "\\b(?:(?<rel>last|next|this)\\s+)?(?<h>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?"
        + "|Halloween|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Valentine['’]s\\s+Day|Veterans\\s+Day|Election\\s+Day)(?:,?\\s+(?<y>(?:19|20)\\d\\d)(?!\\d))?\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HolidayName();

    [GeneratedRegex(
        "(?<![\\w:.])(?<h>[01]?\\d|2[0-3])(?:[:.](?<m>[0-5]\\d))?\\s*(?<ap>a\\.\\s?m\\b\\.?|p\\.\\s?m\\b\\.?|am\\b|pm\\b)"
        + "(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\\s+time)\\b)?"
        + "|(?<![\\w:.])(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)\\s*(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\\s+time)\\b"
        + "|\\b(?:(?<mod>early|late|mid|about|around)[\\s-]+)?(?<word>noon|midday|midnight|mid[\\s-]?afternoon|mid[\\s-]?morning)\\b", Options)]
    private static partial Regex ClockTime();

    [GeneratedRegex(
        "\\b(?:(?<present>now|currently|presently|nowadays|at\\s+present|these\\s+days|current|for\\s+the\\s+time\\s+being)"
        + "|(?<past>recently|lately|the\\s+(?:recent\\s+|distant\\s+)?past)"
        + "|(?<future>the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|the\\s+(?:near|short|long)\\s+term|a\\s+(?:later|future)\\s+date))(?![-\\w])", Options)]
    private static partial Regex ReferenceWord();

    [GeneratedRegex(
        "\\b(?:a\\s+while|some\\s+time|a\\s+long\\s+time|a\\s+(?:(?:fairly|very|relatively)\\s+)?(?:long|short|lengthy|brief)\\s+(?:time|period|while|spell))\\b", Options)]
    private static partial Regex VagueDuration();

    [GeneratedRegex(
        "\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?<t>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b", Options)]
    private static partial Regex DecadeWord();

    /// <summary>A year said in words, as transcripts write it: "nineteen ninety-six", "two thousand".</summary>
    [GeneratedRegex(
        "\\b(?:(?<c>eighteen|nineteen|twenty)[\\s-]+(?<t>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
        + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)"
        + "|(?:the\\s+year\\s+)two\\s+thousand(?:[\\s-]+(?:and\\s+)?(?<u>one|two|three|four|five|six|seven|eight|nine|ten))?)\\b", Options)]
    private static partial Regex SpelledYear();

    [GeneratedRegex("\\b(?:the\\s+)?(?:year['’]s|year)[\\s-]end\\b", Options)]
    private static partial Regex YearEnd();

    [GeneratedRegex(
        "\\b(?:(?:every|each|per)\\s+(?:other\\s+|single\\s+)?(?<unit>second|minute|hour|day|night|morning|evening|afternoon|week|weekend|month|quarter|year|decade|summer|winter|spring|fall|"
        + Weekdays + ")|(?<adv>daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|biweekly|semiannually)|(?<wd>" + WeekdayPlurals + "))\\b", Options)]
    private static partial Regex SetWord();

    [GeneratedRegex(
        "\\b(?:(?:the|that)\\s+)?(?<rel>next|following|previous|preceding|same|prior)\\s+day\\b|\\b(?<rel>that)\\s+day\\b|\\bthe\\s+day\\s+(?<rel>before|after)\\b", Options)]
    private static partial Regex AnchoredDayName();

    [GeneratedRegex(
        "(?<![\\d$£€#.,/-])(?:(?<fiscal>fiscal|FY|calendar|model|the\\s+year)\\s+)?(?<year>(?:1[6-9]|20)\\d\\d)"
        + "(?![\\d%]|['’]?s\\b|\\s*(?:percent|per\\s+cent)|[-–/][\\d]|[.,]\\d|\\s+(?:tons|people|jobs|points|km|miles|shares|troops|cars|units|feet|meters|metres|votes|residents|workers|soldiers)\\b)", Options)]
    private static partial Regex BareYear();

    /// <summary>
    /// Every temporal expression in <paramref name="text"/> a reader would mark, in order, none
    /// overlapping: <see cref="Find"/>'s dates without the preposition in front, and the wider kinds.
    /// </summary>
    public static IReadOnlyList<DateExpression> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateExpression>();
        Add(found, text, CountedUnits(), FromCountedUnits);
        Add(found, text, PluralUnits(), FromPluralUnits);
        Add(found, text, TheUnit(), FromTheUnit);
        Add(found, text, UnitAgoAdjective(), FromUnitAgoAdjective);
        Add(found, text, QuarterName(), FromQuarter);
        Add(found, text, HalfName(), FromHalf);
        Add(found, text, SeasonName(), FromSeason);
        Add(found, text, HolidayName(), FromHoliday);
        Add(found, text, ClockTime(), FromClock);
        Add(found, text, ReferenceWord(), FromReference);
        Add(found, text, SetWord(), FromSet);
        Add(found, text, AnchoredDayName(), FromAnchoredDay);
        Add(found, text, VagueDuration(), (m, t) => Make(DateExpressionKind.Duration, m, t) with { Fixed = "PXX" });
        Add(found, text, DecadeWord(), FromDecadeWord);
        Add(found, text, SpelledYear(), FromSpelledYear);
        Add(found, text, YearEnd(), (m, t) => Make(DateExpressionKind.UnitShift, m, t) with { Unit = TimeUnit.Year, Offset = 0 });
        Add(found, text, CenturyName(), FromCentury);
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            Add(found, text, DecadeName(), FromDecade);
            Add(found, text, BareYear(), FromBareYear);
        }
        Add(found, text, MonthOfRelativeYear(), FromMonthOfRelativeYear);
        foreach (var expression in Find(text))
            found.Add(WithoutPreposition(expression, text));
        // Trimmed before the longest wins, so "in the past 24 hours" as a day and "the past 24 hours" as a duration tie and the wider reading, first collected, stays.
        for (var i = 0; i < found.Count; i++)
            found[i] = AsAReaderMarksIt(found[i], text);
        return found.Count <= 1 ? found : WithoutOverlaps(found);
    }

    /// <summary>
    /// The words a reader marks, as TimeBank does: without a preposition or a hedge in front
    /// ("over the weekend", "about five hours"), a possessive ("Friday's"), the article of a
    /// quarter used as an adjective ("a third-quarter loss") or of a bare plural ("the weeks"),
    /// and with "the end of" and the like in front when the text has them.
    /// </summary>
    private static DateExpression AsAReaderMarksIt(DateExpression e, string text)
    {
        var start = e.Span.Start;
        var end = e.Span.End;
        var lead = LeadingNoise().Match(text, start, end - start);
        if (lead.Success && lead.Length < end - start)
            start += lead.Length;
        if (e.Kind == DateExpressionKind.Quarter || (e.Kind == DateExpressionKind.Duration && e.Fixed is { } v && v.Contains('X', StringComparison.Ordinal)))
        {
            var article = AdjectiveArticle().Match(text, start, end - start);
            if (article.Success && article.Length < end - start)
                start += article.Length;
        }
        if (end - start > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’')
            end -= 2;
        if (e.Kind is not (DateExpressionKind.Duration or DateExpressionKind.Set or DateExpressionKind.Reference))
        {
            var from = Math.Max(0, start - 24);
            var part = PartOfSpan().Match(text, from, start - from);
            if (part.Success)
                start = part.Index;
        }
        if (start == e.Span.Start && end == e.Span.End)
            return e;
        var span = new TextSpan(start, end - start);
        return e with { Span = span, Text = span.Of(text) };
    }

    [GeneratedRegex("\\G(?:(?:in|on|at|over|during|since|for|from|until|till|by|throughout|within|through|about|around|approximately|roughly|only|just)\\s+)+", Options)]
    private static partial Regex LeadingNoise();

    /// <summary>The article or possessive before "third-quarter" or "fourth quarter" used as an adjective, or before a bare plural ("the weeks").</summary>
    [GeneratedRegex("\\G(?:a|an|its|their|his|her|our|that|the)\\s+(?=(?:first|second|third|fourth)-quarter|(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b)", Options)]
    private static partial Regex AdjectiveArticle();

    [GeneratedRegex("(?:\\bthe\\s+)?\\b(?:end|beginning|start|middle|close|turn)\\s+of\\s+$", Options)]
    private static partial Regex PartOfSpan();

    [GeneratedRegex("\\b(?<month>" + MonthNames + ")\\s+(?<rel>last|this|next)\\s+year\\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthOfRelativeYear();

    private static DateExpression? FromMonthOfRelativeYear(Match m, string text) =>
        Make(DateExpressionKind.Month, m, text) with
        {
            Month = ParseMonth(m.Groups["month"].ValueSpan),
            YearOffset = m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 },
        };

    private static void Add(List<DateExpression> found, string text, Regex regex, Func<Match, string, DateExpression?> build)
    {
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Length > 0 && build(match, text) is { } expression)
                found.Add(expression);
        }
    }

    /// <summary>A reader marks "late August" in "in late August", not the preposition that governs it.</summary>
    private static DateExpression WithoutPreposition(DateExpression expression, string text)
    {
        if (expression.Preposition is not { } preposition || !expression.Text.StartsWith(preposition, StringComparison.OrdinalIgnoreCase))
            return expression;
        var cut = preposition.Length;
        while (cut < expression.Text.Length && char.IsWhiteSpace(expression.Text[cut]))
            cut++;
        if (cut == preposition.Length || cut >= expression.Text.Length)
            return expression;
        var span = new TextSpan(expression.Span.Start + cut, expression.Span.Length - cut);
        return expression with { Span = span, Text = span.Of(text) };
    }

    private static DateExpression Make(DateExpressionKind kind, Match m, string text) =>
        new(kind, new TextSpan(m.Index, m.Length), text.Substring(m.Index, m.Length));

    private static DateExpression? FromCountedUnits(Match m, string text)
    {
        var unit = ParseUnit(m.Groups["unit"].Value);
        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        var amount = m.Groups["n"].Value;
        // "a five-year-old" is an age, not a time.
        if (dir == "old")
            return null;
        var count = ParseAmount(amount);
        // "three-quarters of its food", "more than a quarter of the market" are shares, not spans of time.
        if (unit == TimeUnit.Quarter && (m.Groups["det"].Length + m.Groups["adj"].Length == 0 || FollowedBy(text, m, "of")))
            return null;
        // "the 1988 quarter" is a year's quarter, not 1,988 of them.
        if (count is >= 1000 && !m.Groups["pl"].Success)
            return null;
        if (dir is "ago" or "earlier" or "later")
        {
            return Make(DateExpressionKind.UnitShift, m, text) with
            {
                Unit = unit,
                Offset = (dir == "later" ? 1 : -1) * (int)Math.Max(1, Math.Round(count ?? 1)),
                FromAnchor = dir != "ago",
                Fixed = count is null ? (dir == "later" ? "FUTURE_REF" : "PAST_REF") : null,
            };
        }
        return Make(DateExpressionKind.Duration, m, text) with { Unit = unit, Fixed = DurationValue(count, unit) };
    }

    private static DateExpression? FromPluralUnits(Match m, string text)
    {
        var unit = ParseUnit(m.Groups["unit"].Value);
        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        var adj = m.Groups["adj"].Value.ToLowerInvariant();
        if (dir.Length > 0)
            return Make(DateExpressionKind.Reference, m, text) with { Fixed = dir == "later" ? "FUTURE_REF" : "PAST_REF" };
        if (adj == "recent")
            return Make(DateExpressionKind.Reference, m, text) with { Fixed = "PAST_REF" };
        if (adj is "future" or "coming" && unit == TimeUnit.Quarter)
            return Make(DateExpressionKind.Reference, m, text) with { Fixed = "FUTURE_REF" };
        // "three-quarters of the vote" is a share; quarters of a year come with a word that counts them in time.
        if (unit == TimeUnit.Quarter && adj.Length == 0)
            return null;
        return Make(DateExpressionKind.Duration, m, text) with { Unit = unit, Fixed = DurationValue(null, unit) };
    }

    private static DateExpression? FromTheUnit(Match m, string text)
    {
        var unit = ParseUnit(m.Groups["unit"].Value);
        var adj = m.Groups["adj"].Value.ToLowerInvariant();
        var det = m.Groups["det"].Value.ToLowerInvariant();
        // "the weekend" is the one just gone or coming, which the weekend rule of Find reads.
        if (adj.Length == 0 && m.Groups["unit"].Value.Equals("weekend", StringComparison.OrdinalIgnoreCase))
            return null;
        switch (adj)
        {
            case "" when det == "the" && unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week:
            case "current" or "this" or "full" when unit is TimeUnit.Year:
            case "current" or "this":
                return Make(DateExpressionKind.UnitShift, m, text) with { Unit = unit, Offset = 0 };
            case "" when det == "this" && unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week:
                return Make(DateExpressionKind.UnitShift, m, text) with { Unit = unit, Offset = 0 };
            case "" when det == "that" && unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week:
                return Make(DateExpressionKind.UnitShift, m, text) with { Unit = unit, Offset = 0, FromAnchor = true };
            case "latest" or "previous" or "preceding" or "prior" when unit != TimeUnit.Day:
                return Make(DateExpressionKind.UnitShift, m, text) with { Unit = unit, Offset = -1 };
            case "next" or "following" or "same" or "previous" or "preceding" or "prior" when unit == TimeUnit.Day:
                return Make(DateExpressionKind.AnchoredDay, m, text) with
                {
                    Offset = adj switch { "same" => 0, "next" or "following" => 1, _ => -1 },
                    FromAnchor = true,
                };
            case "past" or "last" or "next" or "coming" or "full" or "entire" or "whole" or "following" or "final":
                return Make(DateExpressionKind.Duration, m, text) with { Unit = unit, Fixed = DurationValue(1, unit) };
            default:
                return null;
        }
    }

    private static DateExpression? FromUnitAgoAdjective(Match m, string text) =>
        Make(DateExpressionKind.UnitShift, m, text) with { Unit = ParseUnit(m.Groups["unit"].Value), Offset = -1, FromAnchor = true };

    private static DateExpression? FromQuarter(Match m, string text)
    {
        var det = m.Groups["det"].Value.ToLowerInvariant();
        var ord = m.Groups["ord"].Value.ToLowerInvariant().Replace('\u2019', '\'');
        var period = m.Groups["q"].Value.Equals("period", StringComparison.OrdinalIgnoreCase);
        var hasYear = m.Groups["y1"].Success || m.Groups["y2"].Success || m.Groups["yrel"].Success || m.Groups["yrel2"].Success;
        int? number = ord switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, "fourth" or "4th" => 4, _ => null };
        if (period && number is null && !m.Groups["y1"].Success && ord is not ("latest" or "same" or "year-ago" or "year-earlier" or "year-before" or "comparable" or "most recent"))
            return null;
        // "a quarter of the vote" is a share, not three months.
        if (ord.Length == 0 && !hasYear && det is "" or "a")
            return null;
        if (det == "a" && number is null)
            return null;
        int? year = m.Groups["y1"].Success ? DecimalDigits.Parse(m.Groups["y1"].ValueSpan)
            : m.Groups["y2"].Success ? DecimalDigits.Parse(m.Groups["y2"].ValueSpan)
            : null;
        var yearRelation = (m.Groups["yrel"].Success ? m.Groups["yrel"].Value : m.Groups["yrel2"].Value).ToLowerInvariant();
        var offset = yearRelation switch { "last" => -1, "next" => 1, "this" => 0, _ => 0 };
        var relation = det switch
        {
            "last" when number is null => DateRelation.Last,
            "next" when number is null => DateRelation.Next,
            "this" when number is null => DateRelation.This,
            _ => ord switch
            {
                "previous" or "past" or "latest" or "recent" or "most recent" or "just-ended" or "just ended" => DateRelation.Last,
                "current" => DateRelation.This,
                _ => DateRelation.None,
            },
        };
        return Make(DateExpressionKind.Quarter, m, text) with
        {
            Number = number,
            Year = year,
            YearOffset = yearRelation.Length > 0 ? offset : null,
            Relation = relation,
            FromAnchor = number is null && year is null && relation == DateRelation.None,
            Modifier = ord is "year-ago" or "year-earlier" or "year-before" or "comparable" ? DateModifier.Earlier : DateModifier.None,
        };
    }

    private static DateExpression? FromHalf(Match m, string text)
    {
        var ord = m.Groups["ord"].Value.ToLowerInvariant();
        int? year = m.Groups["y"].Success ? DecimalDigits.Parse(m.Groups["y"].ValueSpan) : null;
        var rel = m.Groups["yrel"].Value.ToLowerInvariant();
        return Make(DateExpressionKind.Half, m, text) with
        {
            Number = ord == "first" ? 1 : 2,
            Year = year,
            YearOffset = rel switch { "last" => -1, "next" => 1, _ => null },
        };
    }

    private static DateExpression? FromSeason(Match m, string text)
    {
        var season = m.Groups["s"].Value.ToLowerInvariant() switch
        {
            "spring" => "SP",
            "summer" => "SU",
            "fall" or "autumn" => "FA",
            _ => "WI",
        };
        var relations = m.Groups["rel"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
        var hasYear = m.Groups["y"].Success;
        var named = relations.Exists(r => r is "this" or "last" or "next" or "past" or "coming" or "early" or "late" or "mid");
        // "fall" and "spring" are also a drop and a leap or a source: take them only where the words make them a season.
        if (season is "FA" or "SP" && !hasYear && !named)
        {
            if (relations.Count == 0)
                return null;
            var after = text.AsSpan(m.Index + m.Length).TrimStart();
            if (after.Length > 0 && (char.IsLetterOrDigit(after[0]) || after[0] == '$'))
                return null;
        }
        var relation = relations.LastOrDefault(r => r is "this" or "last" or "next" or "past" or "coming") switch
        {
            "this" => DateRelation.This,
            "last" or "past" => DateRelation.Last,
            "next" or "coming" => DateRelation.Next,
            _ => DateRelation.None,
        };
        return Make(DateExpressionKind.Season, m, text) with
        {
            Season = season,
            Relation = relation,
            Year = hasYear ? DecimalDigits.Parse(m.Groups["y"].ValueSpan) : null,
        };
    }

    private static DateExpression? FromHoliday(Match m, string text)
    {
        var name = m.Groups["h"].Value;
        var relation = m.Groups["rel"].Value switch
        {
            "last" => DateRelation.Last,
            "next" => DateRelation.Next,
            "this" => DateRelation.This,
            _ => DateRelation.None,
        };
        return Make(DateExpressionKind.Holiday, m, text) with
        {
            Fixed = name.StartsWith("Christmas", StringComparison.Ordinal) ? (name.EndsWith("Eve", StringComparison.Ordinal) ? "12-24" : "12-25")
                : name.StartsWith("New", StringComparison.Ordinal) ? (name.EndsWith("Eve", StringComparison.Ordinal) ? "12-31" : "01-01")
                : name.StartsWith("Thanksgiving", StringComparison.Ordinal) ? "thanksgiving"
                : name.StartsWith("Halloween", StringComparison.Ordinal) ? "10-31"
                : name.StartsWith("Independence", StringComparison.Ordinal) ? "07-04"
                : name.StartsWith("Labor", StringComparison.Ordinal) ? "labor"
                : name.StartsWith("Memorial", StringComparison.Ordinal) ? "memorial"
                : name.StartsWith("Valentine", StringComparison.Ordinal) ? "02-14"
                : name.StartsWith("Election", StringComparison.Ordinal) ? "election"
                : "11-11",
            Relation = relation,
            Year = m.Groups["y"].Success ? DecimalDigits.Parse(m.Groups["y"].ValueSpan) : null,
        };
    }

    private static DateExpression? FromClock(Match m, string text)
    {
        if (m.Groups["word"].Success)
        {
            var word = string.Concat(m.Groups["word"].Value.ToLowerInvariant().Where(char.IsLetter));
            return Make(DateExpressionKind.Clock, m, text) with
            {
                Hour = word switch { "noon" or "midday" => 12, "midnight" => 0, _ => null },
                Minute = word is "noon" or "midday" or "midnight" ? 0 : null,
                Fixed = word switch { "midafternoon" => "AF", "midmorning" => "MO", _ => null },
            };
        }
        var hour = DecimalDigits.Parse(m.Groups["h"].ValueSpan);
        var minute = m.Groups["m"].Success ? DecimalDigits.Parse(m.Groups["m"].ValueSpan) : 0;
        var ap = m.Groups["ap"].Value.ToLowerInvariant();
        if (ap.Length > 0 && hour is 0 or > 12)
            return null;
        if (ap.StartsWith('p') && hour < 12)
            hour += 12;
        else if (ap.StartsWith('a') && hour == 12)
            hour = 0;
        return Make(DateExpressionKind.Clock, m, text) with { Hour = hour, Minute = minute };
    }

    private static DateExpression? FromReference(Match m, string text) =>
        Make(DateExpressionKind.Reference, m, text) with
        {
            Fixed = m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["past"].Success ? "PAST_REF" : "FUTURE_REF",
        };

    private static DateExpression? FromSet(Match m, string text)
    {
        // "its quarterly dividend", "the Party daily": an adjective or a noun, not how often something happens.
        if (m.Groups["adv"].Success && (NextWordIsLowerCase(text, m) || PreviousWordIsCapitalised(text, m)))
            return null;
        var value = m.Groups["adv"].Value.ToLowerInvariant() switch
        {
            "daily" or "nightly" => "P1D",
            "weekly" => "P1W",
            "biweekly" => "P2W",
            "monthly" => "P1M",
            "quarterly" => "P3M",
            "semiannually" => "P6M",
            "annually" or "yearly" => "P1Y",
            "hourly" => "PT1H",
            _ when m.Groups["wd"].Success => "XXXX-WXX-" + ((((int)ParseWeekday(m.Groups["wd"].ValueSpan)) + 6) % 7 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "second" => "PT1S",
                "minute" => "PT1M",
                "hour" => "PT1H",
                "week" or "weekend" => "P1W",
                "month" => "P1M",
                "quarter" => "P3M",
                "year" or "summer" or "winter" or "spring" or "fall" => "P1Y",
                "decade" => "P10Y",
                _ => "P1D",
            },
        };
        return Make(DateExpressionKind.Set, m, text) with { Fixed = value };
    }

    private static DateExpression? FromAnchoredDay(Match m, string text) =>
        Make(DateExpressionKind.AnchoredDay, m, text) with
        {
            Offset = m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "next" or "following" or "after" => 1,
                "same" or "that" => 0,
                _ => -1,
            },
            FromAnchor = true,
        };

    private static DateExpression? FromDecade(Match m, string text)
    {
        var year = m.Groups["c"].Success
            ? Int(m, "c") * 100 + Int(m, "d") * 10
            : (Int(m, "d2") >= 2 ? 1900 : 2000) + Int(m, "d2") * 10;
        var modifier = m.Groups["mod"].Value.ToLowerInvariant() switch
        {
            "early" => DateModifier.Early,
            "mid" => DateModifier.Mid,
            "late" => DateModifier.Late,
            _ => DateModifier.None,
        };
        return Make(DateExpressionKind.Decade, m, text) with { Year = year, Modifier = modifier };
    }

    private static DateExpression? FromDecadeWord(Match m, string text)
    {
        var tens = Array.IndexOf(Tens, m.Groups["t"].Value.ToLowerInvariant()[..^3] + "y");
        // "in his forties" is an age; a decade of the calendar comes with "the".
        if (tens < 2 || !m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase))
            return null;
        return Make(DateExpressionKind.Decade, m, text) with { Year = 1900 + tens * 10 };
    }

    private static DateExpression? FromSpelledYear(Match m, string text)
    {
        int year;
        if (m.Groups["c"].Success)
        {
            var century = m.Groups["c"].Value.ToLowerInvariant() switch { "eighteen" => 18, "nineteen" => 19, _ => 20 };
            if (ParseAmount(m.Groups["t"].Value) is not { } rest)
                return null;
            year = century * 100 + (int)rest;
        }
        else
        {
            year = 2000 + (m.Groups["u"].Success ? (int)(ParseAmount(m.Groups["u"].Value) ?? 0) : 0);
        }
        return Make(DateExpressionKind.Year, m, text) with { Year = year };
    }

    private static bool FollowedBy(string text, Match m, string word)
    {
        var after = text.AsSpan(m.Index + m.Length).TrimStart();
        return after.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (after.Length == word.Length || !char.IsLetter(after[word.Length]));
    }

    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "since", "to", "for", "in", "at", "on", "until", "by", "with", "from", "during", "basis", "than", "as",
    };

    private static bool NextWordIsLowerCase(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length);
        if (after.Length < 2 || after[0] != ' ' || !char.IsLower(after[1]))
            return false;
        var end = 1;
        while (end < after.Length && char.IsLetter(after[end]))
            end++;
        return !Connectives.Contains(after[1..end].ToString());
    }

    private static bool PreviousWordIsCapitalised(string text, Match m)
    {
        var before = text.AsSpan(0, m.Index).TrimEnd();
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
            start--;
        return start < before.Length && char.IsUpper(before[start]) && start > 0 && before[start - 1] == ' '
            && start > 1 && before[start - 2] is not ('.' or '?' or '!');
    }

    private static DateExpression? FromCentury(Match m, string text) =>
        Make(DateExpressionKind.Century, m, text) with { Number = m.Groups["n"].Success ? Int(m, "n") : null };

    private static DateExpression? FromBareYear(Match m, string text) =>
        Make(DateExpressionKind.Year, m, text) with { Year = Int(m, "year") };

    private static TimeUnit ParseUnit(string unit) => unit.ToLowerInvariant().TrimEnd('s') switch
    {
        "second" => TimeUnit.Second,
        "minute" => TimeUnit.Minute,
        "hour" => TimeUnit.Hour,
        "day" or "night" => TimeUnit.Day,
        "week" or "weekend" or "fortnight" => TimeUnit.Week,
        "month" => TimeUnit.Month,
        "quarter" => TimeUnit.Quarter,
        "decade" => TimeUnit.Decade,
        "century" or "centurie" => TimeUnit.Century,
        _ => TimeUnit.Year,
    };

    /// <summary>The TIMEX3 duration: "P3Y", "PT24H", "PXM" when the count is vague.</summary>
    private static string DurationValue(double? count, TimeUnit unit)
    {
        var n = count is { } c ? c.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Month => "P" + n + "M",
            TimeUnit.Quarter => "P" + n + "Q",
            TimeUnit.Decade => "P" + n + "DE",
            TimeUnit.Century => "P" + n + "CE",
            _ => "P" + n + "Y",
        };
    }

    /// <summary>The number an amount says ("twenty four" → 24, "a" → 1), or null for a vague one ("several").</summary>
    internal static double? ParseAmount(string amount)
    {
        var words = amount.ToLowerInvariant().Replace('-', ' ');
        if (double.TryParse(words.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var digits))
            return digits;
        switch (words)
        {
            case "a" or "an":
                return 1;
            case var w when w.StartsWith("a couple", StringComparison.Ordinal):
                return 2;
            case "a hundred":
                return 100;
            case "a dozen":
                return 12;
            case var w when w.StartsWith("half", StringComparison.Ordinal):
                return 0.5;
        }
        double total = 0, current = 0;
        var any = false;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "and")
                continue;
            if (word == "hundred")
                current = Math.Max(1, current) * 100;
            else if (word == "thousand")
            {
                total += Math.Max(1, current) * 1000;
                current = 0;
            }
            else if (Array.IndexOf(SmallNumbers, word) is var small and >= 0)
                current += small;
            else if (Array.IndexOf(Tens, word) is var ten and >= 2)
                current += ten * 10;
            else
                return null;
            any = true;
        }
        return any ? total + current : null;
    }

    private static readonly string[] SmallNumbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
}
