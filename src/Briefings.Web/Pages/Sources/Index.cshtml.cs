using Briefings.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Sources;

/// <summary>One article of an outlet: its date, the wires it credits, its perspective labels, and how many of its events other outlets also told.</summary>
public sealed record SourceArticle(int Id, string Title, DateOnly? Published, bool PublishedStated, string? Original,
    IReadOnlyList<string> Wire, IReadOnlyList<string> Perspectives, int Events, int Corroborated);

/// <summary>An outlet (or wire, or "unknown outlet") with its articles, newest first.</summary>
public sealed record SourceOutlet(string Name, IReadOnlyList<SourceArticle> Articles)
{
    public string Anchor { get; } = "outlet-" + Slug(Name);
    public int Events => Articles.Sum(a => a.Events);
    public int Corroborated => Articles.Sum(a => a.Corroborated);
    public IReadOnlyList<string> Wires => [.. Articles.SelectMany(a => a.Wire).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture)];
    public IReadOnlyList<string> Perspectives => [.. Articles.SelectMany(a => a.Perspectives).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture)];
    public DateOnly? First => Articles.Min(a => a.Published);
    public DateOnly? Last => Articles.Max(a => a.Published);

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-') is { Length: > 0 } s ? s : "unnamed";
}

/// <summary>
/// Every outlet the corpus holds, named as everywhere else (<see cref="Display.Source"/>), most
/// articles first: its articles and dates, the wires it credits, the perspective labels of its
/// sections, and how many of its events at least one other, independent source also reported.
/// </summary>
public sealed class IndexModel(BriefingsDb db) : PageModel
{
    public IReadOnlyList<SourceOutlet> Outlets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Three flat queries, whatever the corpus size: articles, their perspective labels, their corroborated events.
        var articles = await db.Articles.AsNoTracking()
            .Select(a => new { a.Id, a.Title, a.FileName, a.Publisher, a.Wire, a.Published, a.PublishedStated, a.Url, Events = a.Events.Count })
            .ToListAsync(cancellationToken);
        var perspectives = (await db.Sections.AsNoTracking()
                .Where(s => s.Perspective != null)
                .Select(s => new { s.ArticleId, Perspective = s.Perspective! })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ArticleId, s => s.Perspective);
        // Told by another source too: a member of a story with more than one independent source.
        var corroborated = await db.StoryMembers.AsNoTracking()
            .Where(m => m.Story.IndependentSources > 1)
            .Select(m => new { m.Event.ArticleId, m.EventId })
            .Distinct()
            .GroupBy(m => m.ArticleId)
            .Select(g => new { ArticleId = g.Key, Events = g.Count() })
            .ToDictionaryAsync(g => g.ArticleId, g => g.Events, cancellationToken);
        Outlets = [.. articles
            .GroupBy(a => Display.Source(a.Publisher, a.Wire), StringComparer.OrdinalIgnoreCase)
            .Select(g => new SourceOutlet(g.First() is var first ? Display.Source(first.Publisher, first.Wire) : g.Key, [.. g
                .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
                .Select(a => new SourceArticle(a.Id, Display.Title(a.Title, a.FileName), a.Published, a.PublishedStated, Display.HttpLink(a.Url),
                    a.Wire, [.. perspectives[a.Id]], a.Events, corroborated.GetValueOrDefault(a.Id)))]))
            .OrderBy(o => o.Name == Display.UnknownOutlet)
            .ThenByDescending(o => o.Articles.Count)
            .ThenBy(o => o.Name, StringComparer.CurrentCulture)];
    }
}
