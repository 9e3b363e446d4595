using Briefings.Ingestion.Entities;
using Briefings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Entities;

/// <summary>An entity in the index: how many articles name it, and where it is when it is a place.</summary>
public sealed record IndexEntry(EntityRef Entity, string? Role, string? Where, int Articles);

public sealed record TypeGroup(EntityType Type, IReadOnlyList<IndexEntry> Entries);

/// <summary>Every stored entity, grouped by type, most named first; <see cref="Q"/> narrows by name or slug.</summary>
public sealed class IndexModel(BriefingsDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<TypeGroup> Groups { get; private set; } = [];
    public int Total => Groups.Sum(g => g.Entries.Count);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entities = db.Entities.AsNoTracking();
        var q = Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            // LIKE with the wildcards in the query escaped, so "%" finds a percent sign, not everything.
            var pattern = "%" + q.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            entities = entities.Where(e => EF.Functions.Like(e.Name, pattern, "\\") || EF.Functions.Like(e.Slug, pattern, "\\"));
        }
        var rows = await entities
            .Select(e => new
            {
                Ref = new EntityRef(e.Slug, e.Name, e.Type),
                e.Role,
                e.Region,
                e.Country,
                Articles = db.Appearances.Count(a => a.EntityId == e.Id),
            })
            .ToListAsync(cancellationToken);
        Groups = [.. rows
            .GroupBy(r => r.Ref.Type)
            .OrderBy(g => g.Key)
            .Select(g => new TypeGroup(g.Key, [.. g
                .OrderByDescending(r => r.Articles).ThenBy(r => r.Ref.Name, StringComparer.CurrentCulture)
                .Select(r => new IndexEntry(r.Ref, r.Role, Where(r.Ref.Type, r.Region, r.Country), r.Articles))]))];
    }

    private static string? Where(EntityType type, string? region, string? country) => type switch
    {
        EntityType.Place when region is not null && country is not null => $"{region}, {country}",
        EntityType.Place or EntityType.Region => country,
        _ => null,
    };
}
