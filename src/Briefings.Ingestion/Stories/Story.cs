using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Stories;

/// <summary>Points at one event of one stored article: the file and the event's index in its article.</summary>
public sealed record EventRef(string File, int EventIndex);

/// <summary>
/// One happening told by one or more articles. Every member keeps its provenance; <see cref="Why"/>
/// says why the members were merged (shared actors, places, words, close dates).
/// </summary>
public sealed record Story(string Title, ResolvedDate? Date, IReadOnlyList<EventRef> Members, string Why)
{
    /// <summary>The files that report it, each once, in the order of <see cref="Members"/>.</summary>
    public IReadOnlyList<string> Files => Members.Select(m => m.File).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The outlets that carried it (the file name where the publisher is unknown).</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>How many sources told it independently: syndicated copies of one wire story count once.</summary>
    public int IndependentSources { get; init; } = 1;

    /// <summary>Files that carried the same wire copy, each group of two or more.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SyndicatedGroups { get; init; } = [];

    /// <summary>Members that deny what other members report: the story is disputed when there are any.</summary>
    public IReadOnlyList<EventRef> Denials { get; init; } = [];

    /// <summary>The linked denials (from claims or events anywhere) whose report or denial is a member.</summary>
    public IReadOnlyList<Contradiction> DeniedBy { get; init; } = [];

    /// <summary>Someone denies what the story reports, inside it or from outside.</summary>
    public bool Disputed => Denials.Count > 0 || DeniedBy.Count > 0;
}

/// <summary>One source's value for a disputed quantity: "10,000" by Antony Blinken in file X, paragraph 7.</summary>
public sealed record FigureValue(string File, int Paragraph, string Value, string? By);

/// <summary>A quantity the sources disagree on, with every value side by side.</summary>
public sealed record Figure(string What, IReadOnlyList<FigureValue> Values);
