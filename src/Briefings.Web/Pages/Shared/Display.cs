using System.Globalization;

namespace Briefings.Web.Pages;

/// <summary>Small formatting rules shared by the pages.</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Wednesday 13 November 2024".</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"13 Nov 2024".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", English);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The address when it is an absolute http(s) one, else null: nothing else (javascript:, data:, relative) is ever linked.</summary>
    public static string? HttpLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <summary>
    /// The one name of an article's source, on every page, in the API, the feed and the CSV: the
    /// outlet, else the first wire credited, else "unknown outlet" (the title goes beside it); never a file name.
    /// </summary>
    public static string Source(string? publisher, IReadOnlyList<string>? wire) =>
        !string.IsNullOrWhiteSpace(publisher) ? publisher.Trim()
        : wire?.FirstOrDefault(w => !string.IsNullOrWhiteSpace(w))?.Trim() ?? UnknownOutlet;

    public const string UnknownOutlet = "unknown outlet";

    public static string Title(string? title, string fileName) => string.IsNullOrWhiteSpace(title) ? fileName : title;
}
