using Briefings.Ingestion.Events;

namespace Briefings.Ingestion.Stories;

/// <summary>
/// A stored event as the cross-article steps see it: where it is (file, index), the event
/// itself (with its actor and place keys), and who published it and under which wire credits.
/// </summary>
public sealed record StoryEvent(string File, int EventIndex, ArticleEvent Event)
{
    public string? Publisher { get; init; }
    public IReadOnlyList<string> Wire { get; init; } = [];

    /// <summary>
    /// The keys of the first-level regions the event's places lie in ("donetsk-oblast" for a town
    /// there), so that a town named by one outlet meets the region named by another.
    /// </summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public EventRef Ref => new(File, EventIndex);
}
