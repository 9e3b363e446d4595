using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Regions;

/// <summary>A country, region or place with where it lies and how often it is named.</summary>
public sealed record AreaRow(EntityRef Entity, string? Country, string? Region, int Mentions);

/// <summary>The areas query both region pages share: entities with their mention counts, counted in the database.</summary>
internal static class Areas
{
    public static IQueryable<AreaRow> WithMentions(BriefingsDb db, IQueryable<Entity> entities) =>
        entities.AsNoTracking().Select(e => new AreaRow(new EntityRef(e.Slug, e.Name, e.Type), e.Country, e.Region,
            db.Mentions.Count(m => m.EntityId == e.Id)));
}
