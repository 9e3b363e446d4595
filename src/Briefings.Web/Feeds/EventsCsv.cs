using System.Globalization;
using System.Text;
using Briefings.Ingestion.Dates;
using Briefings.Web.Api;
using Briefings.Web.Pages;
using CsvHelper;
using CsvHelper.Configuration;

namespace Briefings.Web.Feeds;

/// <summary>
/// Writes events as CSV in ACLED-like columns, one row per event: the first place gives the location
/// columns (ACLED has one location a row), actors are joined with "; ". A date less precise than a
/// day is its first day, and the notes say the span. Cells that a spreadsheet would run as a formula
/// are escaped (CsvHelper's injection guard): the text comes from the open web.
/// </summary>
public static class EventsCsv
{
    public static readonly string[] Columns =
        ["event_date", "actors", "country", "admin1", "location", "latitude", "longitude", "source", "source_url", "notes"];

    public static async Task WriteAsync(Stream output, IReadOnlyDictionary<string, string> countries, IAsyncEnumerable<FeedEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(events);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await using var csv = new CsvWriter(writer, configuration);
        foreach (var column in Columns)
            csv.WriteField(column);
        await csv.NextRecordAsync();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            var place = e.Places.Count > 0 ? e.Places[0] : null;
            csv.WriteField(e.Date is { } d ? Display.Iso(d) : "");
            csv.WriteField(string.Join("; ", e.Actors));
            csv.WriteField(place?.Country is { } iso ? countries.GetValueOrDefault(iso, iso) : "");
            csv.WriteField(place?.Region ?? "");
            csv.WriteField(place?.Name ?? "");
            csv.WriteField(place?.Latitude is { } lat ? lat.ToString("0.#####", CultureInfo.InvariantCulture) : "");
            csv.WriteField(place?.Longitude is { } lon ? lon.ToString("0.#####", CultureInfo.InvariantCulture) : "");
            csv.WriteField(ApiSources.Outlet(e.Publisher, e.Wire));
            csv.WriteField(Display.HttpLink(e.Url) ?? "");
            csv.WriteField(Notes(e));
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }

    /// <summary>The event's text, the span when the date is not a day, and the other places when there are several.</summary>
    public static string Notes(FeedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var notes = e.Text;
        if (e.Date is { } date && e.Precision is not (null or DatePrecision.Day))
            notes += $" [date: {When(date, e.Precision)}]";
        if (e.Places.Count > 1)
            notes += $" [also: {string.Join("; ", e.Places.Skip(1).Select(p => p.Name))}]";
        return notes;
    }

    /// <summary>"13 November 2024", "week of 4 November 2024", "November 2024", "2024".</summary>
    public static string When(DateOnly date, DatePrecision? precision)
    {
        var english = CultureInfo.GetCultureInfo("en-GB");
        return precision switch
        {
            DatePrecision.Week => "week of " + date.ToString("d MMMM yyyy", english),
            DatePrecision.PartOfMonth => "part of " + date.ToString("MMMM yyyy", english) + " from " + date.ToString("d MMMM", english),
            DatePrecision.Month => date.ToString("MMMM yyyy", english),
            DatePrecision.Year => date.ToString("yyyy", english),
            _ => date.ToString("d MMMM yyyy", english),
        };
    }
}
