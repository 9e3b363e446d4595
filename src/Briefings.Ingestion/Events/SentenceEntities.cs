using Briefings.Ingestion.Entities;

namespace Briefings.Ingestion.Events;

/// <summary>
/// The entities named inside one sentence of a paragraph, by their mentions' offsets: persons,
/// organisations and countries as actors, regions and places as places, each key once in order.
/// </summary>
public sealed class SentenceEntities
{
    private readonly Dictionary<int, List<(int Start, ArticleEntity Entity)>> _byParagraph = [];

    /// <summary>
    /// Indexes the mentions by paragraph and offset once, so asking for each sentence costs the
    /// sentence's own mentions, not every mention of the article (quadratic on a long article).
    /// </summary>
    public SentenceEntities(IEnumerable<ArticleEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (!_byParagraph.TryGetValue(mention.Paragraph, out var list))
                    _byParagraph[mention.Paragraph] = list = [];
                list.Add((mention.Start, entity));
            }
        }
        foreach (var list in _byParagraph.Values)
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public static (IReadOnlyList<string> Actors, IReadOnlyList<string> Places) In(
        IEnumerable<ArticleEntity> entities, int paragraph, int start, int end) =>
        new SentenceEntities(entities).Within(paragraph, start, end);

    public (IReadOnlyList<string> Actors, IReadOnlyList<string> Places) Within(int paragraph, int start, int end)
    {
        if (!_byParagraph.TryGetValue(paragraph, out var mentions))
            return ([], []);
        var first = LowerBound(mentions, start);
        var actors = new List<string>();
        var places = new List<string>();
        for (var i = first; i < mentions.Count && mentions[i].Start < end; i++)
        {
            var entity = mentions[i].Entity;
            var into = entity.Type switch
            {
                EntityType.Person or EntityType.Organisation or EntityType.Country => actors,
                EntityType.Region or EntityType.Place => places,
                _ => null,
            };
            if (into is not null && !into.Contains(entity.Key))
                into.Add(entity.Key);
        }
        return (actors, places);
    }

    private static int LowerBound(List<(int Start, ArticleEntity Entity)> mentions, int start)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].Start < start)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
}
