using Briefings.Ingestion.Entities;
using Briefings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Regions;

public sealed record PlaceEntry(EntityRef Place, int Mentions);

/// <summary>A first-level region of a country and its places; <see cref="Region"/> is null when places name a region no article does (or none).</summary>
public sealed record RegionBlock(string? Name, EntityRef? Region, int Mentions, IReadOnlyList<PlaceEntry> Places)
{
    public int Total => Mentions + Places.Sum(p => p.Mentions);
}

/// <summary>
/// A country with its regions and their places, or a region with its places; and the latest events
/// that happen there. A place lies in a region when its region name and country match the region's;
/// a region in a country by ISO2.
/// </summary>
public sealed class ShowModel(BriefingsDb db) : PageModel
{
    public const int MaxEvents = 25;

    public EntityRef Area { get; private set; } = null!;
    public string? Iso { get; private set; }
    public int Mentions { get; private set; }
    public EntityRef? Country { get; private set; }
    public IReadOnlyList<RegionBlock> Blocks { get; private set; } = [];
    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public bool IsCountry => Area.Type == EntityType.Country;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var area = await Areas.WithMentions(db, db.Entities.Where(e => e.Slug == slug)).FirstOrDefaultAsync(cancellationToken);
        if (area is null || area.Entity.Type is EntityType.Person or EntityType.Organisation)
            return NotFound();
        // A place has no places of its own; its entity page says where it is.
        if (area.Entity.Type == EntityType.Place)
            return Redirect(area.Entity.Href);
        Area = area.Entity;
        Iso = area.Country;
        Mentions = area.Mentions;

        var iso = area.Country;
        var name = area.Entity.Name;
        List<AreaRow> rows = iso is null ? [] : IsCountry
            ? await Areas.WithMentions(db, db.Entities.Where(e => e.Country == iso && (e.Type == EntityType.Region || e.Type == EntityType.Place || e.Type == EntityType.Country)))
                .ToListAsync(cancellationToken)
            : await Areas.WithMentions(db, db.Entities.Where(e => e.Country == iso && ((e.Type == EntityType.Place && e.Region == name) || e.Type == EntityType.Country)))
                .ToListAsync(cancellationToken);
        Country = IsCountry ? null : rows.FirstOrDefault(r => r.Entity.Type == EntityType.Country)?.Entity;
        Blocks = IsCountry ? CountryBlocks(rows) : [new RegionBlock(name, Area, area.Mentions, Places(rows))];

        // The area itself and everything in it, as the events name their places (and actors: a country acts).
        List<string> slugs = [slug, .. rows.Where(r => r.Entity.Type != EntityType.Country).Select(r => r.Entity.Slug)];
        Events = await Notes.EventsAsync(db.Events.Where(e => e.Participants.Any(p => slugs.Contains(p.EntitySlug))), newestFirst: true, MaxEvents, cancellationToken);
        return Page();
    }

    private static List<PlaceEntry> Places(IEnumerable<AreaRow> rows) =>
        [.. rows.Where(r => r.Entity.Type == EntityType.Place)
            .OrderByDescending(r => r.Mentions).ThenBy(r => r.Entity.Name, StringComparer.CurrentCulture)
            .Select(r => new PlaceEntry(r.Entity, r.Mentions))];

    /// <summary>One block per region name, whether a region entity or only the places name it; places with no region last.</summary>
    private static List<RegionBlock> CountryBlocks(List<AreaRow> rows)
    {
        var regions = rows.Where(r => r.Entity.Type == EntityType.Region)
            .GroupBy(r => r.Entity.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var places = rows.Where(r => r.Entity.Type == EntityType.Place).ToLookup(r => r.Region ?? "", StringComparer.Ordinal);
        var named = regions.Keys.Union(places.Select(p => p.Key).Where(k => k.Length > 0), StringComparer.Ordinal);
        var blocks = named
            .Select(n => new RegionBlock(n, regions.GetValueOrDefault(n)?.Entity, regions.GetValueOrDefault(n)?.Mentions ?? 0, Places(places[n])))
            .OrderByDescending(b => b.Total).ThenBy(b => b.Name, StringComparer.CurrentCulture)
            .ToList();
        if (places.Contains(""))
            blocks.Add(new RegionBlock(null, null, 0, Places(places[""])));
        return blocks;
    }
}
