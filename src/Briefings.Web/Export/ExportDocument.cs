namespace Briefings.Web.Export;

// The export contract (docs/export-contract.md): field names are camelCase by the serializer's
// policy; dates are "YYYY-MM-DD" strings; fields past the contract's minimum come last.

public sealed record ExportDocument(IReadOnlyList<ExportArticle> Articles, IReadOnlyList<ExportStory> Stories, IReadOnlyList<ExportFigure> Figures);

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
    string Format,
    string ContentHash,
    IReadOnlyList<int> Captions);

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

public sealed record ExportStory(string Title, string? Date, IReadOnlyList<string> Files, IReadOnlyList<string> Text, string Why);

public sealed record ExportFigure(string What, IReadOnlyList<ExportFigureValue> Values);

public sealed record ExportFigureValue(string File, string Value, string? By, int Paragraph);
