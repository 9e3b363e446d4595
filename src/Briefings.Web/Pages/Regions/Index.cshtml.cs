using Briefings.Ingestion.Entities;
using Briefings.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Regions;

/// <summary>A country and the mentions of it and of every region and place in it.</summary>
public sealed record CountryEntry(EntityRef Country, string Iso, int Mentions, int Regions, int Places);

/// <summary>A region or place whose country has no entity of its own (or no country at all).</summary>
public sealed record LooseArea(EntityRef Area, string? Country, int Mentions);

/// <summary>The countries the articles name, directly or through their regions and places, most named first.</summary>
public sealed class IndexModel(BriefingsDb db) : PageModel
{
    public IReadOnlyList<CountryEntry> Countries { get; private set; } = [];
    public IReadOnlyList<LooseArea> Elsewhere { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var areas = await Areas.WithMentions(db, db.Entities.Where(e => e.Type == EntityType.Country || e.Type == EntityType.Region || e.Type == EntityType.Place))
            .ToListAsync(cancellationToken);
        var countries = areas.Where(a => a.Entity.Type == EntityType.Country && a.Country is not null)
            .GroupBy(a => a.Country!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var inside = areas.Where(a => a.Entity.Type != EntityType.Country).ToLookup(a => a.Country ?? "", StringComparer.Ordinal);
        Countries = [.. countries.Values
            .Select(c => new CountryEntry(c.Entity, c.Country!, c.Mentions + inside[c.Country!].Sum(a => a.Mentions),
                inside[c.Country!].Count(a => a.Entity.Type == EntityType.Region && a.Mentions > 0),
                inside[c.Country!].Count(a => a.Entity.Type == EntityType.Place && a.Mentions > 0)))
            .Where(c => c.Mentions > 0)
            .OrderByDescending(c => c.Mentions).ThenBy(c => c.Country.Name, StringComparer.CurrentCulture)];
        Elsewhere = [.. areas
            .Where(a => a.Entity.Type != EntityType.Country && a.Mentions > 0 && (a.Country is null || !countries.ContainsKey(a.Country)))
            .OrderByDescending(a => a.Mentions).ThenBy(a => a.Entity.Name, StringComparer.CurrentCulture)
            .Select(a => new LooseArea(a.Entity, a.Country, a.Mentions))];
    }
}
