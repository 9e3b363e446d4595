namespace Briefings.Web.Generation;

/// <summary>A part of an article: an optional heading (a live blog's time, a briefing's section) and its paragraphs.</summary>
public sealed record GeneratedSection(string? Heading, IReadOnlyList<string> Paragraphs);

/// <summary>
/// One generated article before it is written to a file: what a reader of the file should find in
/// it (title, outlet, publication day when the file states one, sections, a picture caption).
/// </summary>
public sealed record GeneratedArticle(
    string FileName,
    string Title,
    WorldOutlet Outlet,
    DateOnly Published,
    TimeOnly PublishedAt,
    bool StatesDate,
    string Url,
    string Lede,
    IReadOnlyList<GeneratedSection> Sections,
    string? Caption);
