using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Web.Queries;

/// <summary>
/// The query parameters every list of events takes (the timeline now; the API, feed and CSV later):
/// <c>region</c> and <c>actor</c> (entity slugs), <c>from</c> and <c>to</c> (ISO dates, inclusive),
/// <c>q</c> (text), <c>affiliates</c> (an actor includes the entities affiliated to it) and
/// <c>before</c> (paging: only days before this one). Read by hand, not by model binding, so every
/// bad value gets a sentence saying what is wrong instead of a bare 400.
/// </summary>
public sealed partial record TimelineFilter
{
    public const int MaxQueryLength = 200;

    public string? Region { get; init; }
    public string? Actor { get; init; }
    public bool Affiliates { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Q { get; init; }
    public DateOnly? Before { get; init; }

    /// <summary>True when something narrows what happened (not only which days): such views leave out days with articles but no matching events.</summary>
    public bool NarrowsEvents => Region is not null || Actor is not null || Q is not null;

    public bool IsEmpty => !NarrowsEvents && From is null && To is null;

    /// <summary>Reads the parameters; <paramref name="problems"/> gets one sentence per bad value. Unknown parameters are ignored.</summary>
    public static TimelineFilter Read(IQueryCollection query, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(problems);
        var filter = new TimelineFilter
        {
            Region = Slug(query, "region", problems),
            Actor = Slug(query, "actor", problems),
            Affiliates = Flag(query, "affiliates", problems),
            From = Date(query, "from", problems),
            To = Date(query, "to", problems),
            Q = Text(query, "q", problems),
            Before = Date(query, "before", problems),
        };
        if (filter.From is { } from && filter.To is { } to && from > to)
            problems.Add($"“from” ({Iso(from)}) is after “to” ({Iso(to)}): the range would be empty. Swap them or change one.");
        return filter;
    }

    /// <summary>This filter as a query string ("?region=kharkiv-oblast&amp;from=…"), or "" when empty; <paramref name="before"/> sets the paging day.</summary>
    public string ToQueryString(DateOnly? before = null)
    {
        var parts = new List<string>();
        Add(parts, "region", Region);
        Add(parts, "actor", Actor);
        if (Affiliates)
            parts.Add("affiliates=true");
        Add(parts, "from", From is { } from ? Iso(from) : null);
        Add(parts, "to", To is { } to ? Iso(to) : null);
        Add(parts, "q", Q);
        Add(parts, "before", before is { } b ? Iso(b) : null);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
            parts.Add(name + "=" + Uri.EscapeDataString(value));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The single, trimmed value of a parameter; empty means absent (an untouched form field sends "").</summary>
    private static string? Single(IQueryCollection query, string name, List<string> problems)
    {
        if (!query.TryGetValue(name, out var values))
            return null;
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (given.Count > 1)
        {
            problems.Add($"“{name}” is given {given.Count} times ({string.Join(", ", given.Select(v => $"“{Shorten(v)}”"))}); give it once.");
            return null;
        }
        return given.Count == 1 ? given[0] : null;
    }

    private static string? Slug(IQueryCollection query, string name, List<string> problems)
    {
        var value = Single(query, name, problems);
        if (value is null)
            return null;
        if (value.Length <= 120 && SlugPattern().IsMatch(value))
            return value;
        problems.Add($"“{name}” must be an entity slug, lower-case words joined by hyphens such as “kursk-oblast”; “{Shorten(value)}” is not one.");
        return null;
    }

    private static DateOnly? Date(IQueryCollection query, string name, List<string> problems)
    {
        var value = Single(query, name, problems);
        if (value is null)
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add($"“{name}” must be a date written year-month-day, such as 2024-11-11; “{Shorten(value)}” is not one.");
        return null;
    }

    private static bool Flag(IQueryCollection query, string name, List<string> problems)
    {
        var value = Single(query, name, problems);
        switch (value?.ToUpperInvariant())
        {
            case null or "FALSE" or "0" or "OFF":
                return false;
            case "TRUE" or "1" or "ON":
                return true;
            default:
                problems.Add($"“{name}” must be true or false; “{Shorten(value)}” is neither.");
                return false;
        }
    }

    private static string? Text(IQueryCollection query, string name, List<string> problems)
    {
        var value = Single(query, name, problems);
        if (value is null)
            return null;
        if (value.Length > MaxQueryLength)
        {
            problems.Add($"“{name}” is {value.Length} characters long; at most {MaxQueryLength} are searched.");
            return null;
        }
        return value.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The parameter a problem sentence is about: every sentence of <see cref="Read"/> and of
    /// <see cref="TimelineQuery.ResolveAsync"/> opens with it in quotes (“region”: …), so the API can
    /// name it without a second parser. Null for a sentence that does not.
    /// </summary>
    public static string? ParameterOf(string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var match = LeadingParameter().Match(problem);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("^“([A-Za-z]+)”", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingParameter();

    /// <summary>Bad values are echoed in the message, so long ones are cut (the page encodes them; nothing is rendered as markup).</summary>
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
