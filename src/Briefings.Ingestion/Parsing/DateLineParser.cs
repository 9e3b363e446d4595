using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Parsing;

/// <summary>A date read from a date line; an all-numeric date such as 11/12/2024 gives both readings.</summary>
public sealed record DateLineMatch(IReadOnlyList<DateOnly> Readings, string Evidence, int Length, DayOfWeek? StatedWeekday);

/// <summary>
/// Reads the full dates a scraper or a page prints on a line of its own, or at the start of
/// one: 2024-11-05, 2024-11-13T04:37Z, 11/12/2024, 13 Nov 2024, November 13, 2024,
/// Wednesday, 13 November 2024 04:37, with any "date", "Published" or "Updated" label.
/// </summary>
public static partial class DateLineParser
{
    private const string Month = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private const string Weekday = "(?:(?<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private const string Label = "^[\\s•·▪*-]*(?:(?:date|dated|published|posted|updated|last updated|first published)(?:\\s+on)?\\s*:?\\s*)?";
    private const string Time = "(?:[\\s,T]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:Z|(?:GMT|UTC)?[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{2,5}(?:[+-]\\d{1,2})?)?)?";

    [GeneratedRegex(Label + Weekday + "(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(Label + Weekday + "(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<y>\\d{4})" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(Label + Weekday + "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Month + ",?\\s+(?<y>\\d{4})" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(Label + Weekday + Month + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    /// <summary>Reads a date at the start of <paramref name="line"/>; null when the line does not start with one.</summary>
    public static DateLineMatch? ReadAtStart(string line)
    {
        foreach (var regex in new[] { IsoDate(), DayMonthYear(), MonthDayYear(), NumericDate() })
        {
            var m = regex.Match(line);
            if (!m.Success)
                continue;
            var readings = Readings(m);
            if (readings.Count == 0)
                continue;
            DayOfWeek? weekday = m.Groups["weekday"].Success ? ParseWeekday(m.Groups["weekday"].Value) : null;
            return new DateLineMatch(readings, m.Value.Trim().TrimStart('•', '·', '▪', '*', '-', ' '), m.Length, weekday);
        }
        return null;
    }

    /// <summary>Reads a line that is nothing but a date (with its label, weekday and time).</summary>
    public static DateLineMatch? ReadWholeLine(string line)
    {
        var match = ReadAtStart(line);
        return match is not null && (string.IsNullOrWhiteSpace(line[match.Length..]) || UpdateNote().IsMatch(line[match.Length..]))
            ? match
            : null;
    }

    // What a page prints after its date: "Updated 2 hours ago", "Last updated: 14:02".
    [GeneratedRegex(@"^\W*(?:(?:last\s+)?updated|modified|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)\b[^.!?]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateNote();

    public static int? MonthNumber(string name) =>
        name.Length < 3 ? null : name[..3].ToLowerInvariant() switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => null,
        };

    public static DayOfWeek? ParseWeekday(string name) =>
        name.Length < 3 ? null : name[..3].ToLowerInvariant() switch
        {
            "mon" => DayOfWeek.Monday,
            "tue" => DayOfWeek.Tuesday,
            "wed" => DayOfWeek.Wednesday,
            "thu" => DayOfWeek.Thursday,
            "fri" => DayOfWeek.Friday,
            "sat" => DayOfWeek.Saturday,
            "sun" => DayOfWeek.Sunday,
            _ => null,
        };

    private static List<DateOnly> Readings(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var result = new List<DateOnly>();
        if (m.Groups["a"].Success)
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            AddIfValid(result, year, a, b);
            if (a != b)
                AddIfValid(result, year, b, a);
            return result;
        }
        var month = m.Groups["month"].Success
            ? MonthNumber(m.Groups["month"].Value) ?? 0
            : int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        AddIfValid(result, year, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        return result;
    }

    private static void AddIfValid(List<DateOnly> into, int year, int month, int day)
    {
        if (year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            into.Add(new DateOnly(year, month, day));
    }
}
