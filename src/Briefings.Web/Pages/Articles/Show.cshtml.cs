using Briefings.Ingestion;
using Briefings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Articles;

public sealed record ArticleView(int Id, string FileName, string? Title, DateOnly? Published, bool PublishedStated, string? PublishedEvidence,
    string? Publisher, string? Url, List<string> Wire, List<string> ChromeLines, DateTime IngestedAt);

public sealed record ParagraphView(int Index, string Text, ParagraphKind Kind, int? Section)
{
    /// <summary>The text cut into plain runs and runs that name an entity; the whole text as one plain run until marked.</summary>
    public IReadOnlyList<TextSegment> Segments { get; init; } = [new TextSegment(Text, null)];
}

public sealed record SectionView(int Index, string Heading, string? Perspective, int FirstParagraph);

/// <summary>A run of paragraphs under one section heading, or before the first (<see cref="Section"/> null).</summary>
public sealed record ArticlePart(SectionView? Section, IReadOnlyList<ParagraphView> Paragraphs);

/// <summary>
/// One article: its metadata, its sections and paragraphs with stable anchors and the entities they
/// name and the dates they mention marked, its claims and events beside the text, and what was dropped as site chrome.
/// </summary>
public sealed class ShowModel(BriefingsDb db) : PageModel
{
    public ArticleView Article { get; private set; } = null!;
    public IReadOnlyList<ArticlePart> Parts { get; private set; } = [];
    public IReadOnlyList<ClaimView> Claims { get; private set; } = [];
    public IReadOnlyList<EventView> Events { get; private set; } = [];

    /// <summary>More than any article holds; a bound all the same, so a hostile file cannot make the page unbounded.</summary>
    private const int MaxNotes = 500;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.FileName, a.Title, a.Published, a.PublishedStated, a.PublishedEvidence,
                a.Publisher, a.Url, a.Wire, a.ChromeLines, a.IngestedAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return NotFound();
        Article = article;

        var sections = await db.Sections.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.Index)
            .Select(s => new SectionView(s.Index, s.Heading, s.Perspective, s.FirstParagraph))
            .ToListAsync(cancellationToken);
        var paragraphs = await db.Paragraphs.AsNoTracking().Where(p => p.ArticleId == id).OrderBy(p => p.Index)
            .Select(p => new ParagraphView(p.Index, p.Text, p.Kind, p.Section == null ? null : p.Section.Index))
            .ToListAsync(cancellationToken);
        var mentions = (await db.Mentions.AsNoTracking().Where(m => m.ArticleId == id)
            .Select(m => new { m.ParagraphIndex, Span = new MarkSpan(m.Start, m.Length, new EntityRef(m.Entity.Slug, m.Entity.Name, m.Entity.Type)) })
            .ToListAsync(cancellationToken))
            .ToLookup(m => m.ParagraphIndex, m => m.Span);
        var dates = (await db.DateMentions.AsNoTracking().Where(d => d.ArticleId == id)
            .Select(d => new { d.ParagraphIndex, d.Start, d.End, d.Value, d.Type })
            .ToListAsync(cancellationToken))
            .ToLookup(d => d.ParagraphIndex, d => new DateMark(d.Start, d.End - d.Start, d.Value, d.Type.ToString().ToLowerInvariant()));
        paragraphs = [.. paragraphs.Select(p => mentions.Contains(p.Index) || dates.Contains(p.Index)
            ? p with { Segments = TextMarks.Mark(p.Text, mentions[p.Index], dates[p.Index]) }
            : p)];
        Parts = Group(sections, paragraphs);

        Claims = await Notes.ClaimsAsync(db, db.Claims.Where(c => c.ArticleId == id), newestFirst: false, MaxNotes, cancellationToken);
        Events = await Notes.EventsAsync(db.Events.Where(e => e.ArticleId == id), newestFirst: false, MaxNotes, cancellationToken);
        return Page();
    }

    /// <summary>Paragraphs in order, a new part wherever the section changes; a section with no paragraphs keeps its place by its first paragraph.</summary>
    public static IReadOnlyList<ArticlePart> Group(IReadOnlyList<SectionView> sections, IReadOnlyList<ParagraphView> paragraphs)
    {
        var parts = new List<(SectionView? Section, List<ParagraphView> Paragraphs)>();
        foreach (var paragraph in paragraphs)
        {
            if (parts.Count == 0 || parts[^1].Section?.Index != paragraph.Section)
                parts.Add((sections.FirstOrDefault(s => s.Index == paragraph.Section), []));
            parts[^1].Paragraphs.Add(paragraph);
        }
        foreach (var empty in sections.Where(s => !parts.Any(p => p.Section?.Index == s.Index)))
        {
            var at = parts.FindIndex(p => p.Paragraphs.Count > 0 && p.Paragraphs[0].Index >= empty.FirstParagraph);
            parts.Insert(at < 0 ? parts.Count : at, (empty, []));
        }
        return [.. parts.Select(p => new ArticlePart(p.Section, p.Paragraphs))];
    }
}
