using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Events;

/// <summary>
/// Something that happened, as one article tells it: its kind (attack, meeting, statement...),
/// a short readable text, its date, the keys of its actors and places, and its paragraph.
/// </summary>
public sealed record ArticleEvent(string Kind, string Text, ResolvedDate? Date, int Paragraph)
{
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public Hedge Hedge { get; init; }
}
