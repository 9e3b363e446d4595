using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Stories;

/// <summary>Points at one event of one stored article: the file and the event's index in its article.</summary>
public sealed record EventRef(string File, int EventIndex);

/// <summary>
/// One happening told by one or more articles. Every member keeps its provenance; <see cref="Why"/>
/// says why the members were merged (shared actors, places, words, close dates).
/// </summary>
public sealed record Story(string Title, ResolvedDate? Date, IReadOnlyList<EventRef> Members, string Why);

/// <summary>One source's value for a disputed quantity: "10,000" by Antony Blinken in file X, paragraph 7.</summary>
public sealed record FigureValue(string File, int Paragraph, string Value, string? By);

/// <summary>A quantity the sources disagree on, with every value side by side.</summary>
public sealed record Figure(string What, IReadOnlyList<FigureValue> Values);
