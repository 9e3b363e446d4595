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

    public static string Publisher(string? publisher) => string.IsNullOrWhiteSpace(publisher) ? "unknown outlet" : publisher;

    public static string Title(string? title, string fileName) => string.IsNullOrWhiteSpace(title) ? fileName : title;
}
