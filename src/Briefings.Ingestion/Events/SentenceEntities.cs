using Briefings.Ingestion.Entities;

namespace Briefings.Ingestion.Events;

/// <summary>
/// The entities named inside one sentence of a paragraph, by their mentions' offsets: persons,
/// organisations and countries as actors, regions and places as places, each key once in order.
/// </summary>
public static class SentenceEntities
{
    public static (IReadOnlyList<string> Actors, IReadOnlyList<string> Places) In(
        IEnumerable<ArticleEntity> entities, int paragraph, int start, int end)
    {
        var hits = new List<(int At, ArticleEntity Entity)>();
        foreach (var entity in entities)
        {
            var first = entity.Mentions
                .Where(m => m.Paragraph == paragraph && m.Start >= start && m.Start < end)
                .Select(m => (int?)m.Start)
                .Min();
            if (first is not null)
                hits.Add((first.Value, entity));
        }
        hits.Sort((a, b) => a.At.CompareTo(b.At));
        var actors = hits.Where(h => h.Entity.Type is EntityType.Person or EntityType.Organisation or EntityType.Country)
            .Select(h => h.Entity.Key).Distinct().ToList();
        var places = hits.Where(h => h.Entity.Type is EntityType.Region or EntityType.Place)
            .Select(h => h.Entity.Key).Distinct().ToList();
        return (actors, places);
    }
}
