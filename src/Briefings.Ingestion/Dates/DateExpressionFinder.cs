using System.Text.RegularExpressions;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Dates;

/// <summary>
/// Finds the dating expressions in a sentence: absolute dates in their common written forms,
/// named months and weekdays, relative days, weeks, months and years, and war-day counts,
/// each with its span, kind and words. Where two matches overlap the longer one wins, so
/// "Wednesday, 13 November 2024 04:37" is one expression, not three. Pure and allocation-light:
/// it runs on every sentence of every article.
/// </summary>
public static partial class DateExpressionFinder
{
    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string MonthAbbreviations = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Month = "(?<month>" + MonthNames + "|(?:" + MonthAbbreviations + ")\\.?)(?![a-z])";
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string WeekdayPrefix =
        "(?:(?<wd>" + Weekdays + "|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s+)?";
    private const string Year = "(?<year>(?:19|20)\\d{2})(?!\\d)";
    private const string Time =
        "(?:,?\\s+(?:at\\s+)?(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:\\s*[ap]\\.?m\\.?)?"
        + "(?:\\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT|Kyiv\\s+time|local\\s+time)\\b)?)?";
    private const string Count = "(?<n>\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(
        "(?<![\\d-])(?<year>(?:19|20)\\d{2})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])"
        + "(?:[T\\s](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-][01]\\d:?[0-5]\\d)?)?(?!\\d)", Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex(
        "(?<![\\d/.-])(?<a>[0-3]?\\d)(?<sep>[/.-])(?<b>[0-3]?\\d)\\k<sep>(?<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/-]|\\.\\d)", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(
        "\\b" + WeekdayPrefix + "(?:the\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + Month
        + "(?:,?\\s+" + Year + ")?" + Time, Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(
        "\\b" + WeekdayPrefix + Month + "\\s+(?:the\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?![:.,]\\d)"
        + "(?:,?\\s+" + Year + ")?" + Time, Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex("\\b(?:(?<rel>last|this|next)\\s+)?" + Month + "(?:,?\\s+(?:of\\s+)?" + Year + ")?", Options)]
    private static partial Regex MonthName();

    [GeneratedRegex(
        "\\b(?:(?<rel>last|this|next|coming)\\s+)?(?<wd>" + Weekdays + ")(?![a-z])"
        + "(?!\\s+(?:Times|Telegraph|Express|Mirror|Herald)\\b)"
        + "(?:(?<poss>['’]s)(?![a-z])|\\s+(?<part>night|evening|morning|afternoon)\\b)?"
        + "(?:\\s+(?:of\\s+)?(?<week>last|this|next)\\s+week\\b)?(?:\\s+local\\s+time\\b)?", Options)]
    private static partial Regex WeekdayName();

    [GeneratedRegex(
        "\\b(?:the\\s+)?night\\s+(?:between|from|of)\\s+(?<wd>" + Weekdays + ")\\s+(?:and|to|into|on)\\s+(?<wd2>" + Weekdays + ")\\b"
        + "(?:\\s+(?:of\\s+)?(?<week>last|this)\\s+week\\b)?"
        + "|\\b(?:overnight|(?:the\\s+)?night)\\s+(?:into|to|before)\\s+(?<wd2>" + Weekdays + ")\\b"
        + "(?:\\s+(?:of\\s+)?(?<week>last|this)\\s+week\\b)?", Options)]
    private static partial Regex NightBetween();

    [GeneratedRegex(
        "\\b(?:(?<word>yesterday|today|tonight|tomorrow|overnight)\\b(?:\\s+(?<part>morning|afternoon|evening|night)\\b)?"
        + "|(?<before>(?:the\\s+)?day\\s+before\\s+yesterday)\\b"
        + "|(?<rel>last|this)\\s+(?<part>night|morning|afternoon|evening)\\b"
        + "|(?<past>(?:over|in|during|within|for)\\s+the\\s+(?:past|last|previous)\\s+(?:24|twenty[-\\s]four)\\s+hours|(?:over|in|during|within)\\s+the\\s+(?:past|last)\\s+day)\\b)", Options)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(
        "\\b(?:(?<rel>this|last|next|coming)\\s+(?<unit>week|month|year)|" + Count + "\\s+(?<unit>day|week|month|year)s?\\s+ago)\\b", Options)]
    private static partial Regex RelativeUnit();

    [GeneratedRegex("\\b(?:(?<rel>last|this|next|past|coming)\\s+weekend|(?:over|at|during|on)\\s+the\\s+weekend)\\b", Options)]
    private static partial Regex Weekend();

    [GeneratedRegex(
        "(?<=\\b(?:in|since|during|from|until|till|by|throughout|early|late|before|after)\\s+|\\bmid-)" + Year
        + "(?![%]|\\s*%|[-–/]\\d|[.,]\\d)", Options)]
    private static partial Regex YearNumber();

    [GeneratedRegex(
        "\\b(?:day\\s+(?<n>\\d{1,4})|(?<n>\\d{1,4})(?:st|nd|rd|th)\\s+day)\\s+of\\s+(?<what>(?:[\\p{L}’'-]+\\s+){0,4}?)(?:war|invasion|conflict)\\b", Options)]
    private static partial Regex WarDay();

    [GeneratedRegex(
        "(?<lead>\\b(?<word>on|in|since|during|from|until|till|by|through|throughout|before|after|early|late|earlier|later)\\s+|\\b(?<word>mid)-)$", Options)]
    private static partial Regex LeadWord();

    [GeneratedRegex("\\b(?:" + Weekdays + ")\\b", Options)]
    private static partial Regex AnyWeekday();

    [GeneratedRegex("\\b" + WeekdayPrefix + "$", Options)]
    private static partial Regex WeekdayBefore();

    private static readonly string[] FullMonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Words allowed in "day N of the ... war" besides lower-case ones: the count is Russia's war on Ukraine.</summary>
    private static readonly HashSet<string> WarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "full", "scale", "full-scale", "russia", "russian", "ukraine", "ukrainian", "moscow", "kremlin", "putin", "kyiv", "kiev",
    };

    /// <summary>Every dating expression in <paramref name="text"/>, in order, none overlapping.</summary>
    public static IReadOnlyList<DateExpression> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateExpression>();
        // Most sentences have no digits; the patterns that need one are skipped for them.
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            Collect(found, text, IsoDate(), FromIso);
            Collect(found, text, NumericDate(), FromNumeric);
            Collect(found, text, DayMonth(), FromCalendar);
            Collect(found, text, MonthDay(), FromCalendar);
            Collect(found, text, WarDay(), FromWarDay);
            Collect(found, text, YearNumber(), FromYear);
        }
        Collect(found, text, NightBetween(), FromNight);
        Collect(found, text, WeekdayName(), FromWeekday);
        Collect(found, text, RelativeDay(), FromRelativeDay);
        Collect(found, text, RelativeUnit(), FromRelativeUnit);
        Collect(found, text, Weekend(), FromWeekend);
        Collect(found, text, MonthName(), FromMonth);
        return found.Count <= 1 ? found : WithoutOverlaps(found);
    }

    /// <summary>
    /// The reading of an all-numeric date whose weekday is named in <paramref name="text"/>
    /// ("on Tuesday, 11/12/2024" is 12 November 2024, a Tuesday); null when no weekday, or
    /// both or neither reading, fits.
    /// </summary>
    public static NumericDateOrder? FittingReading(DateExpression numeric, string text)
    {
        ArgumentNullException.ThrowIfNull(numeric);
        ArgumentNullException.ThrowIfNull(text);
        if (numeric.MonthFirst is not { } monthFirst || numeric.DayFirst is not { } dayFirst || monthFirst == dayFirst)
            return null;
        bool monthFirstFits = false, dayFirstFits = false;
        foreach (var match in AnyWeekday().EnumerateMatches(text))
        {
            var day = ParseWeekday(text.AsSpan(match.Index, match.Length));
            monthFirstFits |= monthFirst.DayOfWeek == day;
            dayFirstFits |= dayFirst.DayOfWeek == day;
        }
        return (monthFirstFits, dayFirstFits) switch
        {
            (true, false) => NumericDateOrder.MonthFirst,
            (false, true) => NumericDateOrder.DayFirst,
            _ => null,
        };
    }

    /// <summary><paramref name="numeric"/> with <see cref="DateExpression.Order"/> set when the weekdays in the text settle it.</summary>
    public static DateExpression WithFittingReading(DateExpression numeric, string text)
    {
        ArgumentNullException.ThrowIfNull(numeric);
        return numeric.Kind == DateExpressionKind.NumericDate && numeric.Order is null && FittingReading(numeric, text) is { } order
            ? numeric with { Order = order }
            : numeric;
    }

    private static void Collect(List<DateExpression> found, string text, Regex regex, Func<Match, TextSpan, string, DateExpression?> build)
    {
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            var (span, preposition, modifier) = WithLeadWords(text, match.Index, match.Length);
            if (build(match, span, text) is not { } expression)
                continue;
            // A builder that narrowed the span back to the match ("in Sunday's runoff") keeps no lead words.
            found.Add(expression.Span.Start != span.Start ? expression
                : expression with { Preposition = preposition, Modifier = expression.Modifier == DateModifier.None ? modifier : expression.Modifier });
        }
    }

    /// <summary>Widens a match over the preposition and modifier in front of it ("in late August", "late on Sunday").</summary>
    private static (TextSpan Span, string? Preposition, DateModifier Modifier) WithLeadWords(string text, int start, int length)
    {
        string? preposition = null;
        var modifier = DateModifier.None;
        var end = start + length;
        for (var words = 0; words < 2 && start > 0; words++)
        {
            var from = Math.Max(0, start - 16);
            var lead = LeadWord().Match(text, from, start - from);
            if (!lead.Success || (lead.Index > 0 && char.IsLetter(text[lead.Index - 1])))
                break;
            var word = lead.Groups["word"].Value.ToLowerInvariant();
            switch (word)
            {
                case "early": modifier = modifier == DateModifier.None ? DateModifier.Early : modifier; break;
                case "late": modifier = modifier == DateModifier.None ? DateModifier.Late : modifier; break;
                case "mid": modifier = modifier == DateModifier.None ? DateModifier.Mid : modifier; break;
                case "earlier": modifier = modifier == DateModifier.None ? DateModifier.Earlier : modifier; break;
                case "later": modifier = modifier == DateModifier.None ? DateModifier.Later : modifier; break;
                default:
                    if (preposition is not null)
                        return (new TextSpan(start, end - start), preposition, modifier);
                    preposition = word;
                    break;
            }
            start = lead.Index;
        }
        return (new TextSpan(start, end - start), preposition, modifier);
    }

    private static DateExpression? FromIso(Match m, TextSpan span, string text)
    {
        var (year, month, day) = (Int(m, "year"), Int(m, "month"), Int(m, "day"));
        return IsValid(year, month, day)
            ? new DateExpression(DateExpressionKind.CalendarDate, span, span.Of(text)) { Year = year, Month = month, Day = day }
            : null;
    }

    private static DateExpression? FromNumeric(Match m, TextSpan span, string text)
    {
        var yearText = m.Groups["year"].Value;
        if (yearText.Length == 2 && m.Groups["sep"].Value != "/")
            return null;
        var year = yearText.Length == 2 ? 2000 + Int(m, "year") : Int(m, "year");
        var (a, b) = (Int(m, "a"), Int(m, "b"));
        DateOnly? monthFirst = IsValid(year, a, b) ? new DateOnly(year, a, b) : null;
        DateOnly? dayFirst = IsValid(year, b, a) ? new DateOnly(year, b, a) : null;
        if (monthFirst is null && dayFirst is null)
            return null;
        // The weekday is looked for behind the match rather than in the pattern: an optional
        // leading group there makes the regex try every position of every sentence.
        DayOfWeek? weekday = null;
        var from = Math.Max(0, m.Index - 12);
        var before = WeekdayBefore().Match(text, from, m.Index - from);
        if (before.Success && before.Groups["wd"].Success && (before.Index == 0 || !char.IsLetter(text[before.Index - 1])))
        {
            weekday = ParseWeekday(before.Groups["wd"].ValueSpan);
            span = new TextSpan(before.Index, span.End - before.Index);
        }
        // A weekday written beside the date ("Tuesday 11/12/2024") settles which reading is meant.
        NumericDateOrder? order = monthFirst is null ? NumericDateOrder.DayFirst
            : dayFirst is null || monthFirst == dayFirst ? NumericDateOrder.MonthFirst
            : weekday == monthFirst.Value.DayOfWeek && weekday != dayFirst.Value.DayOfWeek ? NumericDateOrder.MonthFirst
            : weekday == dayFirst.Value.DayOfWeek && weekday != monthFirst.Value.DayOfWeek ? NumericDateOrder.DayFirst
            // Dotted dates ("12.11.2024") are the European and Slavic style, which is always day first.
            : m.Groups["sep"].Value == "." ? NumericDateOrder.DayFirst
            : null;
        return new DateExpression(DateExpressionKind.NumericDate, span, span.Of(text))
        {
            Year = year,
            Weekday = weekday,
            MonthFirst = monthFirst,
            DayFirst = dayFirst,
            Order = order,
        };
    }

    private static DateExpression? FromCalendar(Match m, TextSpan span, string text)
    {
        var monthGroup = m.Groups["month"];
        if (!char.IsUpper(text[monthGroup.Index]))
            return null;
        var month = ParseMonth(monthGroup.ValueSpan);
        var day = Int(m, "day");
        int? year = m.Groups["year"].Success ? Int(m, "year") : null;
        if (!IsValid(year ?? 2024, month, day))
            return null;
        return new DateExpression(DateExpressionKind.CalendarDate, span, span.Of(text))
        {
            Year = year,
            Month = month,
            Day = day,
            Weekday = m.Groups["wd"].Success ? ParseWeekday(m.Groups["wd"].ValueSpan) : null,
        };
    }

    private static DateExpression? FromMonth(Match m, TextSpan span, string text)
    {
        var monthGroup = m.Groups["month"];
        if (!char.IsUpper(text[monthGroup.Index]))
            return null;
        var name = monthGroup.Value.TrimEnd('.');
        var full = Array.Exists(FullMonthNames, n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        var hasYear = m.Groups["year"].Success;
        var relation = Relation(m.Groups["rel"].Value, week: null);
        if (!full && !hasYear)
            return null;
        if (!hasYear && relation == DateRelation.None && (name.Equals("May", StringComparison.OrdinalIgnoreCase) || name.Equals("March", StringComparison.OrdinalIgnoreCase))
            && !LeadsAMonth(text, m.Index))
            return null;
        return new DateExpression(DateExpressionKind.Month, span, span.Of(text))
        {
            Year = hasYear ? Int(m, "year") : null,
            Month = ParseMonth(monthGroup.ValueSpan),
            Relation = relation,
        };
    }

    /// <summary>"May" and "March" are also a modal and a verb: take them as months only after a word that leads a date.</summary>
    private static bool LeadsAMonth(string text, int start)
    {
        var from = Math.Max(0, start - 16);
        var lead = LeadWord().Match(text, from, start - from);
        return lead.Success && (lead.Index == 0 || !char.IsLetter(text[lead.Index - 1])) && lead.Groups["word"].Value.ToLowerInvariant() is "in" or "on" or "since" or "early" or "late" or "mid"
            or "until" or "till" or "by" or "from" or "during" or "through" or "throughout" or "before" or "after";
    }

    private static DateExpression? FromWeekday(Match m, TextSpan span, string text)
    {
        // "Sunday's runoff": the weekday is an attribute of a noun, so a preposition in front governs the noun.
        if (m.Groups["poss"].Success)
            span = new TextSpan(m.Index, m.Length);
        return new(DateExpressionKind.Weekday, span, span.Of(text))
        {
            Weekday = ParseWeekday(m.Groups["wd"].ValueSpan),
            Relation = Relation(m.Groups["rel"].Value, m.Groups["week"].Success ? m.Groups["week"].Value : null),
            Night = m.Groups["part"].Value.Equals("night", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static DateExpression? FromNight(Match m, TextSpan span, string text)
    {
        var morning = ParseWeekday(m.Groups["wd2"].ValueSpan);
        var start = m.Groups["wd"].Success ? ParseWeekday(m.Groups["wd"].ValueSpan) : (DayOfWeek)(((int)morning + 6) % 7);
        // "between Thursday and Saturday" is not one night; leave the weekdays to match on their own.
        if (((int)start + 1) % 7 != (int)morning)
            return null;
        return new DateExpression(DateExpressionKind.NightBetween, span, span.Of(text))
        {
            Weekday = start,
            Relation = Relation("", m.Groups["week"].Success ? m.Groups["week"].Value : null),
            Night = true,
        };
    }

    private static DateExpression? FromRelativeDay(Match m, TextSpan span, string text)
    {
        var word = m.Groups["word"].Value.ToLowerInvariant();
        var part = m.Groups["part"].Value.ToLowerInvariant();
        var offset = word switch
        {
            "yesterday" or "overnight" => -1,
            "today" or "tonight" => 0,
            "tomorrow" => 1,
            _ when m.Groups["before"].Success => -2,
            _ when m.Groups["past"].Success => -1,
            _ => m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : 0,
        };
        return new DateExpression(DateExpressionKind.RelativeDay, span, span.Of(text))
        {
            Offset = offset,
            Night = word is "tonight" or "overnight" || part == "night",
        };
    }

    private static DateExpression? FromRelativeUnit(Match m, TextSpan span, string text)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var offset = m.Groups["n"].Success
            ? -ParseCount(m.Groups["n"].Value)
            : m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" or "coming" => 1, _ => 0 };
        var kind = unit switch
        {
            "day" => DateExpressionKind.RelativeDay,
            "week" => DateExpressionKind.RelativeWeek,
            "month" => DateExpressionKind.RelativeMonth,
            _ => DateExpressionKind.RelativeYear,
        };
        return new DateExpression(kind, span, span.Of(text)) { Offset = offset };
    }

    private static DateExpression? FromWeekend(Match m, TextSpan span, string text) =>
        new(DateExpressionKind.Weekend, span, span.Of(text))
        {
            Offset = m.Groups["rel"].Value.ToLowerInvariant() switch { "this" => 0, "next" or "coming" => 1, _ => -1 },
        };

    private static DateExpression? FromYear(Match m, TextSpan span, string text) =>
        new(DateExpressionKind.Year, span, span.Of(text)) { Year = Int(m, "year") };

    private static DateExpression? FromWarDay(Match m, TextSpan span, string text)
    {
        foreach (var word in m.Groups["what"].Value.Split([' ', '\t', '\n', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
            if (char.IsUpper(bare[0]) && !WarWords.Contains(bare))
                return null;
        }
        var number = Int(m, "n");
        return number < 1 ? null : new DateExpression(DateExpressionKind.WarDay, span, span.Of(text)) { Number = number };
    }

    /// <summary>Keeps the longest of overlapping matches; at equal length, the kind collected first.</summary>
    private static List<DateExpression> WithoutOverlaps(List<DateExpression> found)
    {
        var order = new int[found.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (x, y) => found[x].Span.Length != found[y].Span.Length
            ? found[y].Span.Length.CompareTo(found[x].Span.Length)
            : x.CompareTo(y));
        var kept = new List<DateExpression>(found.Count);
        foreach (var i in order)
        {
            var span = found[i].Span;
            if (!kept.Exists(k => k.Span.Start < span.End && span.Start < k.Span.End))
                kept.Add(found[i]);
        }
        kept.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return kept;
    }

    private static DateRelation Relation(string relation, string? week) => week?.ToLowerInvariant() switch
    {
        "last" => DateRelation.LastWeek,
        "this" => DateRelation.ThisWeek,
        "next" => DateRelation.NextWeek,
        _ => relation.ToLowerInvariant() switch
        {
            "last" => DateRelation.Last,
            "this" => DateRelation.This,
            "next" or "coming" => DateRelation.Next,
            _ => DateRelation.None,
        },
    };

    private static int Int(Match m, string group) => DecimalDigits.Parse(m.Groups[group].ValueSpan);

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int ParseMonth(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < FullMonthNames.Length; i++)
        {
            if (name.Length >= 3 && FullMonthNames[i].AsSpan().StartsWith(name[..3], StringComparison.OrdinalIgnoreCase))
                return i + 1;
        }
        throw new ArgumentException($"Not a month: {name}", nameof(name));
    }

    private static DayOfWeek ParseWeekday(ReadOnlySpan<char> name) => char.ToLowerInvariant(name[0]) switch
    {
        'm' => DayOfWeek.Monday,
        'w' => DayOfWeek.Wednesday,
        'f' => DayOfWeek.Friday,
        't' => char.ToLowerInvariant(name[1]) == 'u' ? DayOfWeek.Tuesday : DayOfWeek.Thursday,
        _ => char.ToLowerInvariant(name[1]) == 'a' ? DayOfWeek.Saturday : DayOfWeek.Sunday,
    };

    private static int ParseCount(string count) => count.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        var digits => DecimalDigits.Parse(digits),
    };
}
