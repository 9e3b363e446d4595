using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Decides when the article was published. A date the file declares (metadata, tried in its
/// order of trust) is kept as the page's own local day, and a placeholder or impossible one
/// (0001-01-01, 1970-01-01, a year before 1990 on a web page, one after the page's own
/// modified date) is passed over so it never reaches a later stage; the address's date
/// (/2024/11/19/) corrects a declared instant a day off. Else a date the page marks as its
/// date line, else a full date in the header block (a date line, or one at the end of a line
/// or after a label; published wins over updated) is stated; an all-numeric one (11/12/2024)
/// is read the way the weekdays and the text's other dates fit, else in the configured order.
/// Without one, the date is inferred from what the text pins down: its explicit dates ("on
/// November 10", a holiday), whose year is the one that fits the weekdays it names, pushed
/// forward to the earliest day that keeps every weekday it names within the week before;
/// never from a photo caption, a forecast's year ("by 2030") or a lower bound ("since May 3").
/// Never the file's time, never today.
/// </summary>
public sealed partial class PublicationDateReader(IngestionOptions options) : IIngestionStage
{
    private static readonly IReadOnlyList<(Regex Pattern, int Month, int Day, string Name)> Holidays = LoadHolidays();

    /// <summary>How many lines from the top count as the header block, where a full date is the article's own.</summary>
    private const int HeaderLines = 12;

    [GeneratedRegex(@"\b(?:19[5-9]\d|20\d{2})\b")]
    private static partial Regex Year();

    // A year the text looks ahead to or back from: "by 2030", "until 2027", "since 2014".
    [GeneratedRegex(@"\b(?:by|until|till|through|before|after|since|to|from|in the year|bis|ab|seit|d'ici|hasta|entro)\s+(?:the\s+end\s+of\s+|end\s+of\s+|early\s+|late\s+|mid-?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundBefore();

    // The date of the article's address: /2024/11/19/, /2024-11-19, /20241119, /2020-02/19/.
    [GeneratedRegex(@"(?<![\d])(?<y>(?:199|20[0-4])\d)(?<s>[/_.-]?)(?<m>0[1-9]|1[0-2])[/_.-]?(?<d>0[1-9]|[12]\d|3[01])(?![\d])")]
    private static partial Regex UrlDate();

    // A day-first date in an address: /19-11-2024, /19112024.
    [GeneratedRegex(@"(?<![\d])(?<d>0[1-9]|[12]\d|3[01])[-_.]?(?<m>0[1-9]|1[0-2])[-_.]?(?<y>(?:199|20[0-4])\d)(?![\d])")]
    private static partial Regex UrlDayFirst();

    // The shape Java's Date.toString() leaves in metadata: "Tue Jul 30 09:35:14 CEST 2019".
    [GeneratedRegex(@"^\p{L}{3}\s+(?<month>\p{L}{3})\s+(?<d>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+)?(?<y>\d{4})$")]
    private static partial Regex JavaDate();

    [GeneratedRegex(@"\b(?:as\s+of|since|starting|effective|from|ab|seit)\s+(?:the\s+)?(?:\p{L}+,?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LowerBound();

    // The finder keeps a date's lead words: "since February 10, 2025".
    [GeneratedRegex(@"^(?:as\s+of|since|starting|effective|from|by|until|till|before|after)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoundLead();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:$|[T\s])")]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ](?<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(?:Z|[+-]00:?00)$")]
    private static partial Regex UtcInstant();

    [GeneratedRegex(@"^\d{10}(?:\d{3})?$")]
    private static partial Regex UnixTime();

    public void Run(ArticleContext article)
    {
        var text = string.Join('\n', article.Lines.Where(l => l.Role is LineRole.Unclassified or LineRole.Body or LineRole.Caption
            or LineRole.Standfirst or LineRole.Heading or LineRole.Title).Select(l => l.Content));
        // A caption may date its photo's day, but its year is often an archive photo's.
        var yearText = string.Join('\n', article.Lines.Where(l => l.Role is LineRole.Unclassified or LineRole.Body
            or LineRole.Standfirst or LineRole.Heading or LineRole.Title).Select(l => l.Content));
        var weekdays = PlainWeekdays(text);
        var order = NumericOrder(article);
        article.Published = Declared(article, weekdays, order) ?? Marked(article, weekdays, order) ?? Stated(article, weekdays, order)
            ?? Inferred(text, yearText, weekdays) ?? PublicationDate.Unknown;
    }

    private PublicationDate? Declared(ArticleContext article, IReadOnlyList<DayOfWeek> weekdays, NumericDateOrder? order)
    {
        var declared = article.Source.Declared;
        var web = article.Source.Format == SourceFormat.Html;
        var zone = LocalZone(declared.Language);
        var modified = declared.Modified is { } m ? ReadDeclared(m, weekdays, order, zone) : null;
        var fromUrl = UrlDay(article.Url ?? declared.Url);
        foreach (var value in new[] { declared.Published }.Concat(declared.OtherPublished))
        {
            if (string.IsNullOrWhiteSpace(value) || ReadDeclared(value, weekdays, order, zone) is not { } date || !Plausible(date, web))
                continue;
            // Published well after the page's own last change is impossible: a placeholder or a
            // re-stamp. (A few days either way is a CMS's usual disorder.)
            if (modified is { } changed && Plausible(changed, web) && date.DayNumber > changed.DayNumber + 30)
                continue;
            // A UTC instant can fall a day off the day the page was filed under its address.
            if (fromUrl is { } filed && UtcInstant().IsMatch(value.Trim()) && Math.Abs(filed.DayNumber - date.DayNumber) == 1)
                return new PublicationDate(filed, true, article.Url ?? declared.Url);
            return new PublicationDate(date, true, value.Trim());
        }
        if (fromUrl is { } day && (modified is not { } last || day <= last))
            return new PublicationDate(day, true, article.Url ?? declared.Url);
        return null;
    }

    /// <summary>
    /// The day a declared date names, as the file wrote it: the page's own local day, never
    /// converted to UTC. An instant the page gives in UTC is taken to the local time of the
    /// country its language names (de: Central Europe, en-US: the US East), since an outlet
    /// dates its articles by its own clock; a bare midnight is a date without a time and stays.
    /// </summary>
    private DateOnly? ReadDeclared(string value, IReadOnlyList<DayOfWeek> weekdays, NumericDateOrder? order, TimeZoneInfo? zone)
    {
        var trimmed = value.Trim();
        if (zone is not null && UtcInstant().Match(trimmed) is { Success: true } utc && utc.Groups["time"].Value is not ("00:00" or "00:00:00")
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            && moment.Year is > 1 and < 9999)
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
        if (IsoStart().Match(trimmed) is { Success: true } iso)
            return Date(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        if (UnixTime().IsMatch(trimmed))
        {
            var seconds = long.Parse(trimmed, CultureInfo.InvariantCulture);
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(trimmed.Length == 13 ? seconds / 1000 : seconds).UtcDateTime);
        }
        if (JavaDate().Match(trimmed) is { Success: true } java && DateLineParser.MonthNumber(java.Groups["month"].Value) is { } month)
            return Date(java.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), java.Groups["d"].Value);
        if (DateLineParser.ReadAtStart(trimmed) is { Readings.Count: > 0 } line)
            return Choose([.. line.Readings], weekdays, order);
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return DateOnly.FromDateTime(instant.DateTime);
        return DateLineParser.FindAll(trimmed) is [var found, ..] ? Choose([.. found.Readings], weekdays, order) : null;
    }

    /// <summary>The time zone of the country a page's language tag names, where it names one with confidence; null otherwise.</summary>
    internal static TimeZoneInfo? LocalZone(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        var parts = language.Trim().Replace('_', '-').ToLowerInvariant().Split('-');
        var region = parts.Length > 1 ? parts[1] : null;
        var id = (parts[0], region) switch
        {
            ("en", "us") => "America/New_York",
            ("en", "gb" or "ie") or ("pt", "pt") => "Europe/London",
            ("de" or "fr" or "it" or "es" or "nl" or "pl" or "cs" or "sk" or "sl" or "hu" or "hr" or "sr" or "bs" or "da" or "sv" or "nb" or "nn" or "no" or "ca" or "lb",
                null or "de" or "at" or "ch" or "fr" or "be" or "lu" or "it" or "es" or "nl" or "pl" or "cz" or "sk" or "si" or "hu" or "hr" or "rs" or "ba" or "dk" or "se" or "no") => "Europe/Berlin",
            ("fi" or "et" or "lv" or "lt" or "el" or "ro" or "bg", _) => "Europe/Helsinki",
            ("uk", _) => "Europe/Kyiv",
            ("ru", null or "ru") => "Europe/Moscow",
            ("ja", _) => "Asia/Tokyo",
            ("ko", _) => "Asia/Seoul",
            ("zh", null or "cn" or "hans") => "Asia/Shanghai",
            _ => null,
        };
        if (id is null)
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without the system's time zone data the UTC day stands.
            return null;
        }
    }

    private static DateOnly? Date(string year, string month, string day)
    {
        var y = DecimalDigits.Parse(year);
        var m = DecimalDigits.Parse(month);
        var d = DecimalDigits.Parse(day);
        return y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    /// <summary>
    /// Whether a date can be a publication date: not a placeholder (0001-01-01, 1970-01-01, a
    /// first of January before the web for a web page) nor past any calendar a newsroom uses.
    /// </summary>
    internal static bool Plausible(DateOnly date, bool web) =>
        date.Year >= (web ? 1990 : 1900) && date.Year <= 2100 && date != new DateOnly(1970, 1, 1);

    /// <summary>The date the article's address carries, if it carries a full one.</summary>
    internal static DateOnly? UrlDay(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return null;
        // Only the path: a query's session ids and the host's digits are not dates.
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        foreach (var regex in new[] { UrlDate(), UrlDayFirst() })
        {
            foreach (Match m in regex.Matches(path))
            {
                if (Date(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } date)
                    return date;
            }
        }
        return null;
    }

    /// <summary>A date in the elements the page marks as its date line: the first published one, else the first updated one.</summary>
    private PublicationDate? Marked(ArticleContext article, IReadOnlyList<DayOfWeek> weekdays, NumericDateOrder? order)
    {
        var web = article.Source.Format == SourceFormat.Html;
        DateLineMatch? update = null;
        foreach (var text in article.Source.Declared.DateTexts)
        {
            foreach (var match in DateLineParser.FindAll(text))
            {
                var date = Choose([.. match.Readings], weekdays, order);
                if (!Plausible(date, web))
                    continue;
                if (!match.IsUpdate)
                    return new PublicationDate(date, true, text);
                update ??= match with { Readings = [date] };
            }
        }
        return update is null ? null : new PublicationDate(update.Readings[0], true, update.Evidence);
    }

    private PublicationDate? Stated(ArticleContext article, IReadOnlyList<DayOfWeek> weekdays, NumericDateOrder? order)
    {
        var web = article.Source.Format == SourceFormat.Html;
        var candidates = new List<(DateOnly Date, string Evidence, bool Update, bool DateLine, int Line)>();
        var header = HeaderBlock(article);
        foreach (var line in article.Lines)
        {
            DateLineMatch? whole = line.Role switch
            {
                LineRole.Dateline => DateLineParser.ReadWholeLine(line.Trimmed),
                LineRole.Title => DateLineParser.ReadAtStart(line.Trimmed),
                _ => null,
            };
            var matches = whole is not null ? [whole] : header.Contains(line) ? DateLineParser.FindAll(line.Trimmed) : [];
            foreach (var match in matches)
            {
                // In a sentence of the text a date is news, not the article's own; a byline's or a short line's is.
                if (whole is null && line.Role == LineRole.Body && TextShape.WordCount(line.Trimmed) > 12
                    && match.Index + match.Length < line.Trimmed.Length - 2)
                    continue;
                // "As of 3 March 2025", "since 1 May 2024": a bound, not the day of the article.
                if (whole is null && (IsBound(line.Trimmed, match.Index) || LowerBound().IsMatch(Before(line.Trimmed, match.Index))))
                    continue;
                var readings = match.StatedWeekday is { } stated
                    ? match.Readings.Where(r => r.DayOfWeek == stated).ToList()
                    : match.Readings.ToList();
                if (readings.Count == 0)
                    continue;
                var date = Choose(readings, weekdays, order);
                if (Plausible(date, web))
                    candidates.Add((date, match.Evidence, match.IsUpdate, whole is not null, line.Number));
            }
        }
        if (candidates.Count == 0)
            return null;
        // Published wins over updated; a date line over a date inside a line; then the one that
        // fits the text (the days it names come before it); then the first.
        var best = candidates.OrderBy(c => c.Update).ThenByDescending(c => c.DateLine).ThenByDescending(c => Fit(c.Date, weekdays))
            .ThenBy(c => c.Line).First();
        return new PublicationDate(best.Date, true, best.Evidence);
    }

    /// <summary>
    /// The lines around the headline where a page or a scraper prints the article's own date:
    /// from the top (or the title) to the second line of body text, at most a dozen lines;
    /// never a photo caption.
    /// </summary>
    private static HashSet<SourceLine> HeaderBlock(ArticleContext article)
    {
        var lines = article.Lines.Where(l => l.Role != LineRole.Blank).ToList();
        var title = lines.FindIndex(l => l.Role == LineRole.Title);
        var block = new HashSet<SourceLine>();
        var body = 0;
        foreach (var line in lines.Skip(Math.Max(0, title)).Take(HeaderLines))
        {
            if (line.Role is LineRole.Caption or LineRole.CaptionRepeat)
                continue;
            block.Add(line);
            if (line.Role == LineRole.Body && ++body == 2)
                break;
        }
        return block;
    }

    /// <summary>Which way the text writes its all-numeric dates, where one of them settles it (25/03/2024 is day first).</summary>
    private static NumericDateOrder? NumericOrder(ArticleContext article)
    {
        int dayFirst = 0, monthFirst = 0;
        foreach (var line in article.Lines)
        {
            foreach (var match in DateLineParser.FindAll(line.Trimmed))
            {
                if (match.Readings.Count != 1 || !match.Evidence.Contains('/', StringComparison.Ordinal))
                    continue;
                var first = DecimalDigits.Parse(match.Evidence.Split('/')[0]);
                if (first > 12)
                    dayFirst++;
                else
                    monthFirst++;
            }
        }
        return dayFirst == monthFirst ? null : dayFirst > monthFirst ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst;
    }

    private DateOnly Choose(List<DateOnly> readings, IReadOnlyList<DayOfWeek> weekdays, NumericDateOrder? order)
    {
        if (readings.Count == 1)
            return readings[0];
        var scored = readings.Select(r => (Reading: r, Score: Fit(r, weekdays))).OrderByDescending(x => x.Score).ToList();
        if (scored[0].Score > scored[1].Score)
            return scored[0].Reading;
        // readings[0] is month first (11/12 = 12 November), readings[1] day first.
        return (order ?? options.DefaultNumericDateOrder) == NumericDateOrder.MonthFirst ? readings[0] : readings[1];
    }

    /// <summary>How many of the weekdays the text names are the day itself or the day before: a daily's own news.</summary>
    private static int Fit(DateOnly date, IReadOnlyList<DayOfWeek> weekdays) =>
        weekdays.Distinct().Count(d => d == date.DayOfWeek || d == date.AddDays(-1).DayOfWeek);

    private static PublicationDate? Inferred(string text, string yearText, IReadOnlyList<DayOfWeek> weekdays)
    {
        // A year the text looks ahead to ("by 2030") or counts from ("since 2014") is not its own.
        var years = Year().Matches(yearText).Where(m => !IsBound(yearText, m.Index))
            .Select(m => DecimalDigits.Parse(m.Value)).ToList();
        var dated = new List<(DateOnly Date, string Evidence)>();
        var yearless = new List<(int Month, int Day, string Evidence)>();
        foreach (var expression in DateExpressionFinder.Find(text))
        {
            if (expression is not { Kind: DateExpressionKind.CalendarDate, Month: { } month, Day: { } day })
                continue;
            // "as of May 3", "since March 1": a lower bound, not the day of the news.
            if (IsBound(text, expression.Span.Start) || LowerBound().IsMatch(Before(text, expression.Span.Start)) || BoundLead().IsMatch(expression.Text))
                continue;
            if (expression.Year is { } year)
            {
                if (day <= DateTime.DaysInMonth(year, month) && Plausible(new DateOnly(year, month, day), web: false))
                    dated.Add((new DateOnly(year, month, day), expression.Text));
            }
            else
            {
                yearless.Add((month, day, expression.Text));
            }
        }
        foreach (var (pattern, month, day, name) in Holidays)
        {
            if (pattern.Match(text) is { Success: true } h)
                yearless.Add((month, day, h.Value.Trim()));
        }
        if (dated.Count == 0 && yearless.Count == 0)
            return null;

        // The year of a date given without one: of the years from the latest the text names,
        // the one whose calendar fits the weekdays it names best.
        (DateOnly Date, int Span, string Evidence)? best = null;
        var firstYear = years.Count > 0 ? years.Max() : (int?)null;
        var yearChoices = yearless.Count == 0 ? [0] : firstYear is { } y0 && y0 <= 2100 ? Enumerable.Range(y0, 4).ToList() : [];
        foreach (var year in yearChoices)
        {
            var pinned = new List<(DateOnly Date, string Evidence)>(dated);
            foreach (var (month, day, said) in yearless)
            {
                if (year > 0 && day <= DateTime.DaysInMonth(year, month))
                    pinned.Add((new DateOnly(year, month, day), said));
            }
            if (pinned.Count == 0)
                continue;
            var latest = pinned.MaxBy(p => p.Date);
            var (date, span) = EarliestCompactDate(latest.Date, weekdays);
            if (best is null || span < best.Value.Span)
                best = (date, span, latest.Evidence);
        }
        if (best is not { } found)
            return null;
        var named = weekdays.Distinct().Select(d => d.ToString());
        var evidence = weekdays.Count == 0
            ? $"inferred from “{found.Evidence}”"
            : $"inferred from “{found.Evidence}” and the weekdays the text names ({string.Join(", ", named)})";
        return new PublicationDate(found.Date, false, evidence);
    }

    private static bool IsBound(string text, int start) => BoundBefore().IsMatch(Before(text, start));

    private static ReadOnlySpan<char> Before(string text, int start) =>
        text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40));

    /// <summary>
    /// The earliest day on or after <paramref name="latest"/> that puts the days the weekdays
    /// name (each the most recent such day on or before it) closest together with the pinned day.
    /// </summary>
    private static (DateOnly Date, int Span) EarliestCompactDate(DateOnly latest, IReadOnlyList<DayOfWeek> weekdays)
    {
        var best = (Date: latest, Span: int.MaxValue);
        for (var offset = 0; offset < 7; offset++)
        {
            var candidate = latest.AddDays(offset);
            var days = weekdays.Distinct().Select(w => MostRecent(w, candidate)).Append(latest).ToList();
            var span = days.Max().DayNumber - days.Min().DayNumber;
            if (span < best.Span)
                best = (candidate, span);
        }
        return best;
    }

    private static DateOnly MostRecent(DayOfWeek day, DateOnly onOrBefore) =>
        onOrBefore.AddDays(-(((int)onOrBefore.DayOfWeek - (int)day + 7) % 7));

    /// <summary>
    /// The weekdays the text names as its own recent days: not "last Friday", "next Tuesday",
    /// "Tuesday's election" or "Thursday and Friday last week", which point elsewhere; and only
    /// the first of a sentence, since a later one is usually inside what was reported ("said on
    /// Sunday that he had spoken on Thursday") and counts from the report, not from the article.
    /// </summary>
    internal static IReadOnlyList<DayOfWeek> PlainWeekdays(string text)
    {
        var days = new List<DayOfWeek>();
        foreach (var sentence in text.Split('\n').SelectMany(line => SentenceSplitter.Sentences(line)))
        {
            if (FirstPlainWeekday(sentence) is { } day)
                days.Add(day);
        }
        return days;
    }

    private static DayOfWeek? FirstPlainWeekday(string sentence)
    {
        foreach (var found in DateExpressionFinder.Find(sentence))
        {
            // "last Friday", "Thursday last week", "Tuesday's election" point elsewhere.
            // "on Sunday, September 15" names its weekday too.
            if (found is { Kind: DateExpressionKind.CalendarDate, Weekday: { } dateDay })
                return dateDay;
            if (found is { Kind: DateExpressionKind.Weekday, Relation: DateRelation.None, Weekday: { } day }
                && !found.Text.EndsWith("'s", StringComparison.Ordinal) && !found.Text.EndsWith("’s", StringComparison.Ordinal))
                return day;
        }
        return null;
    }

    private static List<(Regex, int, int, string)> LoadHolidays()
    {
        using var stream = typeof(PublicationDateReader).Assembly.GetManifestResourceStream("Briefings.Ingestion.Data.holidays.tsv")
            ?? throw new InvalidOperationException("holidays.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var list = new List<(Regex, int, int, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var f = line.Split('\t');
            var md = f[1].Split('-');
            var name = Regex.Escape(f[0]).Replace("'", "['’]", StringComparison.Ordinal).Replace("\\ ", "\\s+", StringComparison.Ordinal);
            var pattern = new Regex(@"\bon\s+(?:the\s+)?(?:\p{Lu}\p{L}*['’]s\s+)?" + name + @"\b", RegexOptions.CultureInvariant);
            list.Add((pattern, int.Parse(md[0], CultureInfo.InvariantCulture), int.Parse(md[1], CultureInfo.InvariantCulture), f[0]));
        }
        return list;
    }
}
