using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Parsing;

/// <summary>A date read from a date line; an all-numeric date such as 11/12/2024 gives both readings.</summary>
public sealed record DateLineMatch(IReadOnlyList<DateOnly> Readings, string Evidence, int Length, DayOfWeek? StatedWeekday)
{
    /// <summary>Where in the line the date starts.</summary>
    public int Index { get; init; }

    /// <summary>Whether a label before the date calls it an update ("Updated", "Last modified") rather than the publication.</summary>
    public bool IsUpdate { get; init; }
}

/// <summary>
/// Reads the full dates a scraper or a page prints: 2024-11-05, 2024-11-13T04:37Z, 11/12/2024,
/// 13.11.2024, 13 Nov 2024, November 13, 2024, Wednesday, 13 November 2024 04:37, with any
/// "date", "Published" or "Updated" label, and month names in the main European languages
/// (13. November 2024, 13 novembre 2024, 13 de noviembre de 2024). A date written with dots or
/// hyphens (13.11.2024, 13-11-2024) is day first, as everywhere those are used; one with slashes
/// gives both readings.
/// </summary>
public static partial class DateLineParser
{
    private const string Month = @"(?<month>\p{L}{3,10})\.?";
    private const string Weekday = @"(?:(?<weekday>mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)[a-z]*\.?,?\s+|(?:mo|di|mi|do|fr|sa|so)\.,?\s+)?";
    private const string Labels = @"date|dated|datum|published|posted|updated|last updated|last modified|modified|first published|veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato";
    private const string Label = @"^[\s•·▪*|/-]*(?:(?:" + Labels + @")(?:\s+(?:on|am|le|el|il))?\s*:?\s*)?";
    private const string Anywhere = @"(?<![\p{L}\d])";
    private const string Time = @"(?:[\s,T-]+(?:at\s+|um\s+|à\s+|alle\s+|a las\s+)?\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:uhr\b|Z|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?";

    private const string IsoCore = @"(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)";
    private const string NumericCore = @"(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})(?!\d)";
    private const string DayMonthYearCore = @"(?<d>\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:of\s+|de\s+)?" + Month + @",?\s+(?:de\s+)?(?<y>\d{4})(?!\d)";
    private const string MonthDayYearCore = Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)";

    /// <summary>Month names in English, German, French, Spanish, Italian, Portuguese and Dutch; a month word is a prefix of one.</summary>
    private static readonly string[][] MonthNames =
    [
        ["january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"],
        ["february", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"],
        ["march", "märz", "maerz", "mrz", "mars", "marzo", "março", "maart"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maggio", "maio", "mei"],
        ["june", "juni", "juin", "junio", "giugno", "junho"],
        ["july", "juli", "juillet", "julio", "luglio", "julho"],
        ["august", "août", "aout", "agosto", "augustus"],
        ["september", "septembre", "septiembre", "settembre", "setembro"],
        ["october", "oktober", "octobre", "octubre", "ottobre", "outubro"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"],
    ];

    [GeneratedRegex(Label + Weekday + IsoCore + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(Label + Weekday + NumericCore + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(Label + Weekday + DayMonthYearCore + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(Label + Weekday + MonthDayYearCore + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(Anywhere + "(?:" + IsoCore + "|" + NumericCore + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericAnywhere();

    [GeneratedRegex(Anywhere + DayMonthYearCore, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearAnywhere();

    [GeneratedRegex(Anywhere + MonthDayYearCore, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYearAnywhere();

    // A label just before a date that makes it an update, not the publication.
    [GeneratedRegex(@"(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt)\W{0,3}(?:\w+\W{1,3}){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateLabel();

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
            return new DateLineMatch(readings, m.Value.Trim().TrimStart('•', '·', '▪', '*', '-', '|', '/', ' '), m.Length, weekday)
            {
                IsUpdate = StartsWithUpdate(m.Value),
            };
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

    /// <summary>
    /// Every full date anywhere in a line, in order: "… by Anna Berg, 04.03.2025", "Posted on
    /// 5 May 2024 | Updated 6 May 2024". Each says whether a label before it makes it an update.
    /// </summary>
    public static IReadOnlyList<DateLineMatch> FindAll(string line)
    {
        var found = new List<DateLineMatch>();
        foreach (var regex in new[] { NumericAnywhere(), DayMonthYearAnywhere(), MonthDayYearAnywhere() })
        {
            foreach (Match m in regex.Matches(line))
            {
                if (found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length))
                    continue;
                var readings = Readings(m);
                if (readings.Count == 0)
                    continue;
                var before = line[Math.Max(0, m.Index - 40)..m.Index];
                found.Add(new DateLineMatch(readings, m.Value.Trim(), m.Length, null)
                {
                    Index = m.Index,
                    IsUpdate = UpdateLabel().IsMatch(before),
                });
            }
        }
        return found.OrderBy(f => f.Index).ToList();
    }

    private static bool StartsWithUpdate(string value) =>
        value.TrimStart('•', '·', '▪', '*', '-', '|', '/', ' ').StartsWith("updated", StringComparison.OrdinalIgnoreCase)
        || value.Contains("last updated", StringComparison.OrdinalIgnoreCase)
        || value.Contains("modified", StringComparison.OrdinalIgnoreCase)
        || value.Contains("aktualisiert", StringComparison.OrdinalIgnoreCase)
        || value.Contains("mis à jour", StringComparison.OrdinalIgnoreCase)
        || value.Contains("actualizado", StringComparison.OrdinalIgnoreCase)
        || value.Contains("aggiornato", StringComparison.OrdinalIgnoreCase);

    // What a page prints after its date: "Updated 2 hours ago", "Last updated: 14:02".
    [GeneratedRegex(@"^\W*(?:(?:last\s+)?updated|modified|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)\b[^.!?]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateNote();

    /// <summary>The month a name or abbreviation stands for ("Sept", "März", "janv."), in the languages above; null for any other word.</summary>
    public static int? MonthNumber(string name)
    {
        var word = name.Trim().TrimEnd('.').ToLowerInvariant();
        if (word.Length < 3)
            return null;
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].Any(full => full.StartsWith(word, StringComparison.Ordinal)))
            {
                // "jui" is June or July in French: it needs its fourth letter.
                if (word == "jui")
                    return null;
                return i + 1;
            }
        }
        return null;
    }

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
        var year = DecimalDigits.Parse(m.Groups["y"].Value);
        var result = new List<DateOnly>();
        if (m.Groups["a"].Success)
        {
            var a = DecimalDigits.Parse(m.Groups["a"].Value);
            var b = DecimalDigits.Parse(m.Groups["b"].Value);
            if (m.Groups["sep"].Value != "/")
            {
                AddIfValid(result, year, b, a);
                return result;
            }
            AddIfValid(result, year, a, b);
            if (a != b)
                AddIfValid(result, year, b, a);
            return result;
        }
        var month = m.Groups["month"].Success
            ? MonthNumber(m.Groups["month"].Value) ?? 0
            : DecimalDigits.Parse(m.Groups["m"].Value);
        AddIfValid(result, year, month, DecimalDigits.Parse(m.Groups["d"].Value));
        return result;
    }

    private static void AddIfValid(List<DateOnly> into, int year, int month, int day)
    {
        if (year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            into.Add(new DateOnly(year, month, day));
    }
}
