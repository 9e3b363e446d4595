using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Events;

/// <summary>
/// Something that happened, as one article tells it: its kind (attack, meeting, denial...),
/// its text (the sentence that tells it, then the sentences that give its details), its date, the
/// keys of its actors and places, and its first paragraph.
/// </summary>
public sealed record ArticleEvent(string Kind, string Text, ResolvedDate? Date, int Paragraph)
{
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public Hedge Hedge { get; init; }

    /// <summary>Every paragraph that tells this happening, the first included.</summary>
    public IReadOnlyList<int> Paragraphs
    {
        get => _paragraphs.Count == 0 ? [Paragraph] : _paragraphs;
        init => _paragraphs = value;
    }

    /// <summary>Told only by a photo caption: the body does not tell the same happening.</summary>
    public bool FromCaption { get; init; }

    /// <summary>Told in passing with a date of its own ("since the invasion in February 2022"), not the sentence's main happening.</summary>
    public bool Background { get; init; }

    private readonly IReadOnlyList<int> _paragraphs = [];
}
