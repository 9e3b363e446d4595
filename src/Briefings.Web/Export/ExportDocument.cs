namespace Briefings.Web.Export;

// The export contract (docs/export-contract.md): field names are camelCase by the serializer's
// policy; dates are "YYYY-MM-DD" strings; fields past the contract's minimum come last.

public sealed record ExportDocument(
    IReadOnlyList<ExportArticle> Articles,
    IReadOnlyList<ExportStory> Stories,
    IReadOnlyList<ExportFigure> Figures,
    IReadOnlyList<ExportContradiction> Contradictions);

public sealed record ExportArticle(
    string File,
    string? Title,
    string? Published,
    bool PublishedStated,
    string? PublishedEvidence,
    string? Publisher,
    string? Url,
    IReadOnlyList<string> Wire,
    IReadOnlyList<ExportSection> Sections,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Chrome,
    IReadOnlyList<ExportEntity> Entities,
    IReadOnlyList<ExportClaim> Claims,
    IReadOnlyList<ExportEvent> Events,
    IReadOnlyList<ExportDateMention> Dates,
    string Format,
    string ContentHash,
    IReadOnlyList<int> Captions);

/// <summary>A temporal expression of the body: <see cref="Start"/> and <see cref="End"/> are offsets into its paragraph.</summary>
public sealed record ExportDateMention(string Text, string? Value, string Type, int Paragraph, int Start, int End);

public sealed record ExportSection(string Heading, string? Perspective, int FirstParagraph);

public sealed record ExportEntity(
    string Name,
    string Type,
    IReadOnlyList<string> Forms,
    string? Country,
    string? Region,
    double? Lat,
    double? Lon,
    string Key,
    string? Role,
    string? Affiliation,
    IReadOnlyList<ExportMention> Mentions);

public sealed record ExportMention(int Paragraph, int Start, int Length, string Surface);

public sealed record ExportClaim(
    string Speaker,
    string Verb,
    string Stance,
    string Text,
    int Paragraph,
    string? SpeakerKey,
    string? Quote,
    string? Outlet,
    string Hedge,
    ExportDate? Said,
    ExportDate? About);

public sealed record ExportDate(string Date, string Precision, bool Stated, string? Evidence);

public sealed record ExportEvent(
    string? Date,
    bool DateStated,
    string? DateEvidence,
    string Text,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Places,
    int Paragraph,
    string Kind,
    string? DatePrecision,
    string Hedge);

/// <summary>
/// One happening and every event that tells it: <see cref="Files"/> each once, <see cref="Text"/>
/// one per member event; <see cref="IndependentSources"/> counts syndicated wire copies once.
/// </summary>
public sealed record ExportStory(
    string Title,
    string? Date,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Text,
    string Why,
    IReadOnlyList<string> Outlets,
    int IndependentSources,
    bool Disputed,
    IReadOnlyList<ExportStoryMember> Members);

/// <summary>A member event's provenance: its file, its index among the article's events, its paragraph.</summary>
public sealed record ExportStoryMember(string File, int Event, int Paragraph, string Text);

/// <summary>
/// A denial and the report it denies. Both sides give file, text, who (null when the text names
/// nobody) and paragraph; <see cref="Why"/> says why they were linked.
/// </summary>
public sealed record ExportContradiction(ExportContradictionSide Denial, ExportContradictionSide Report, string Why);

public sealed record ExportContradictionSide(string File, string Text, string? By, int? Paragraph);

public sealed record ExportFigure(string What, IReadOnlyList<ExportFigureValue> Values);

public sealed record ExportFigureValue(string File, string Value, string? By, int Paragraph);
