using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Decides when the article was published. A date the file declares or prints on a date line
/// is stated; an all-numeric one (11/12/2024) is read the way the weekdays the text names
/// fit, else in the configured order. Without one, the date is inferred from what the text
/// pins down: its explicit dates ("on November 10", a holiday), whose year is the one that
/// fits the weekdays it names, pushed forward to the earliest day that keeps every weekday it
/// names within the week before. Never the file's time, never today.
/// </summary>
public sealed partial class PublicationDateReader(IngestionOptions options) : IIngestionStage
{
    private static readonly IReadOnlyList<(Regex Pattern, int Month, int Day, string Name)> Holidays = LoadHolidays();

    [GeneratedRegex(@"\b(?:19[5-9]\d|20\d{2})\b")]
    private static partial Regex Year();

    public void Run(ArticleContext article)
    {
        var text = string.Join('\n', article.Lines.Where(l => l.Role is LineRole.Unclassified or LineRole.Body or LineRole.Caption
            or LineRole.Standfirst or LineRole.Heading or LineRole.Title).Select(l => l.Content));
        var weekdays = PlainWeekdays(text);
        article.Published = Declared(article) ?? Stated(article, weekdays) ?? Inferred(text, weekdays) ?? PublicationDate.Unknown;
    }

    private static PublicationDate? Declared(ArticleContext article)
    {
        var declared = article.Source.Declared.Published;
        if (string.IsNullOrWhiteSpace(declared))
            return null;
        if (DateTimeOffset.TryParse(declared, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return new PublicationDate(DateOnly.FromDateTime(instant.UtcDateTime), true, declared.Trim());
        return DateLineParser.ReadAtStart(declared) is { Readings.Count: > 0 } m
            ? new PublicationDate(m.Readings[0], true, declared.Trim())
            : null;
    }

    private PublicationDate? Stated(ArticleContext article, IReadOnlyList<DayOfWeek> weekdays)
    {
        var candidates = new List<(DateOnly Date, string Evidence)>();
        foreach (var line in article.Lines)
        {
            DateLineMatch? match = line.Role switch
            {
                LineRole.Dateline => DateLineParser.ReadWholeLine(line.Trimmed),
                LineRole.Title => DateLineParser.ReadAtStart(line.Trimmed),
                _ => null,
            };
            if (match is null)
                continue;
            var readings = match.StatedWeekday is { } stated
                ? match.Readings.Where(r => r.DayOfWeek == stated).ToList()
                : match.Readings.ToList();
            if (readings.Count > 0)
                candidates.Add((Choose(readings, weekdays), match.Evidence));
        }
        if (candidates.Count == 0)
            return null;
        // Of several date lines, the one that fits the text: the days it names come before it.
        var best = candidates.OrderByDescending(c => Fit(c.Date, weekdays)).First();
        return new PublicationDate(best.Date, true, best.Evidence);
    }

    private DateOnly Choose(List<DateOnly> readings, IReadOnlyList<DayOfWeek> weekdays)
    {
        if (readings.Count == 1)
            return readings[0];
        var scored = readings.Select(r => (Reading: r, Score: Fit(r, weekdays))).OrderByDescending(x => x.Score).ToList();
        if (scored[0].Score > scored[1].Score)
            return scored[0].Reading;
        // readings[0] is month first (11/12 = 12 November), readings[1] day first.
        return options.DefaultNumericDateOrder == NumericDateOrder.MonthFirst ? readings[0] : readings[1];
    }

    /// <summary>How many of the weekdays the text names are the day itself or the day before: a daily's own news.</summary>
    private static int Fit(DateOnly date, IReadOnlyList<DayOfWeek> weekdays) =>
        weekdays.Distinct().Count(d => d == date.DayOfWeek || d == date.AddDays(-1).DayOfWeek);

    private static PublicationDate? Inferred(string text, IReadOnlyList<DayOfWeek> weekdays)
    {
        var years = Year().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var dated = new List<(DateOnly Date, string Evidence)>();
        var yearless = new List<(int Month, int Day, string Evidence)>();
        foreach (var expression in DateExpressionFinder.Find(text))
        {
            if (expression is not { Kind: DateExpressionKind.CalendarDate, Month: { } month, Day: { } day })
                continue;
            if (expression.Year is { } year)
            {
                if (day <= DateTime.DaysInMonth(year, month))
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
        var yearChoices = yearless.Count == 0 ? [0] : firstYear is { } y0 ? Enumerable.Range(y0, 4).ToList() : [];
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
