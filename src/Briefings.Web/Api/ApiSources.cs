using System.Globalization;
using Briefings.Web.Pages;

namespace Briefings.Web.Api;

/// <summary>How the API, the feed and the CSV name an article's source and link its paragraph, the same way everywhere.</summary>
public static class ApiSources
{
    /// <summary>See <see cref="Display.Source"/>.</summary>
    public static string Outlet(string? publisher, IReadOnlyList<string>? wire) => Display.Source(publisher, wire);

    /// <summary>The article page at the paragraph's anchor, relative to the site.</summary>
    public static string ParagraphLink(int articleId, int paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"/articles/{articleId}#p{paragraph}");

    public static string ArticleLink(int articleId) => string.Create(CultureInfo.InvariantCulture, $"/articles/{articleId}");

    public static string EntityLink(string slug) => "/entities/" + Uri.EscapeDataString(slug);

    public static ApiSource Source(int articleId, int paragraph, string? publisher, IReadOnlyList<string>? wire, string? title, string fileName, DateOnly? published, string? url) =>
        new(articleId, paragraph, Outlet(publisher, wire), Display.Title(title, fileName), published, Display.HttpLink(url), ParagraphLink(articleId, paragraph));
}
