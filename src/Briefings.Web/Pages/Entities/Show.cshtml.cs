using Briefings.Ingestion.Entities;
using Briefings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Entities;

public sealed record EntityDetail(int Id, string Slug, string Name, EntityType Type, string? Country, string? Region,
    double? Latitude, double? Longitude, string? Role, string? AffiliationSlug)
{
    public EntityRef Ref => new(Slug, Name, Type);
}

/// <summary>One step up the affiliation chain; <see cref="Entity"/> is null when the slug names no stored entity.</summary>
public sealed record ChainLink(string Slug, EntityRef? Entity, string? Role);

/// <summary>A paragraph that names the entity, with a snippet of its text around the first mention.</summary>
public sealed record MentionHit(int ArticleId, string Title, string Source, int Paragraph, IReadOnlyList<TextSegment> Snippet)
{
    public string Href => $"/articles/{ArticleId}#p{Paragraph}";
}

/// <summary>The paragraphs of one publication day (null: undated articles).</summary>
public sealed record MentionDay(DateOnly? Date, IReadOnlyList<MentionHit> Hits);

public sealed record ArticleHit(int Id, string Title, string Source, DateOnly? Published, int Mentions);

public sealed record OutletCount(string Name, int Articles);

/// <summary>An entity named alongside this one: in how many of the same paragraphs, and of the same articles.</summary>
public sealed record Companion(EntityRef Entity, int Paragraphs, int Articles);

public sealed record Affiliated(EntityRef Entity, string? Role);

/// <summary>
/// One entity: what it is and whom it belongs to, the forms it was seen under, where it is named
/// (by publication day), who names it, what it said, and what is named with it.
/// </summary>
public sealed class ShowModel(BriefingsDb db) : PageModel
{
    /// <summary>Paragraph rows read for the mentions list; the articles list below still counts them all.</summary>
    public const int MaxMentionRows = 300;

    public const int MaxCompanions = 16;

    /// <summary>Deep enough for person → office → government → country; a cycle in the data stops earlier.</summary>
    private const int MaxChain = 6;

    public EntityDetail Entity { get; private set; } = null!;
    public IReadOnlyList<ChainLink> Chain { get; private set; } = [];
    public IReadOnlyList<Affiliated> Members { get; private set; } = [];
    public IReadOnlyList<string> Forms { get; private set; } = [];
    public EntityRef? CountryEntity { get; private set; }
    public EntityRef? RegionEntity { get; private set; }
    public IReadOnlyList<MentionDay> Days { get; private set; } = [];
    public bool MoreMentions { get; private set; }
    public IReadOnlyList<ArticleHit> Articles { get; private set; } = [];
    public IReadOnlyList<OutletCount> Outlets { get; private set; } = [];
    public IReadOnlyList<Companion> Companions { get; private set; } = [];
    public IReadOnlyList<ClaimView> Claims { get; private set; } = [];

    public int MentionCount => Articles.Sum(a => a.Mentions);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().Where(e => e.Slug == slug)
            .Select(e => new EntityDetail(e.Id, e.Slug, e.Name, e.Type, e.Country, e.Region, e.Latitude, e.Longitude, e.Role, e.AffiliationSlug))
            .FirstOrDefaultAsync(cancellationToken);
        if (entity is null)
            return NotFound();
        Entity = entity;
        var id = entity.Id;

        Chain = await ChainAsync(entity, cancellationToken);
        Members = await db.Entities.AsNoTracking().Where(e => e.AffiliationSlug == slug).OrderBy(e => e.Name).Take(50)
            .Select(e => new Affiliated(new EntityRef(e.Slug, e.Name, e.Type), e.Role))
            .ToListAsync(cancellationToken);
        await PlaceAsync(entity, cancellationToken);

        var forms = await db.Appearances.AsNoTracking().Where(a => a.EntityId == id).Select(a => a.Forms).ToListAsync(cancellationToken);
        Forms = [.. forms.SelectMany(f => f).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture)];

        var articles = await db.Appearances.AsNoTracking().Where(a => a.EntityId == id)
            .OrderByDescending(a => a.Article.Published).ThenByDescending(a => a.ArticleId)
            .Select(a => new
            {
                a.ArticleId,
                Title = a.Article.Title ?? a.Article.FileName,
                a.Article.Publisher,
                a.Article.Wire,
                a.Article.Published,
                Mentions = db.Mentions.Count(m => m.ArticleId == a.ArticleId && m.EntityId == id),
            })
            .ToListAsync(cancellationToken);
        Articles = [.. articles.Select(a => new ArticleHit(a.ArticleId, a.Title, Display.Source(a.Publisher, a.Wire), a.Published, a.Mentions))];
        Outlets = [.. Articles.GroupBy(a => a.Source)
            .Select(g => new OutletCount(g.Key, g.Count()))
            .OrderByDescending(o => o.Articles).ThenBy(o => o.Name, StringComparer.CurrentCulture)];

        Days = await MentionDaysAsync(entity, cancellationToken);
        Companions = await CompanionsAsync(id, cancellationToken);
        Claims = await Notes.ClaimsAsync(db, db.Claims.Where(c => c.SpeakerSlug == slug), newestFirst: true, 20, cancellationToken);
        return Page();
    }

    /// <summary>Up the affiliations, one query a step: Dmitry Peskov → Kremlin → Russia.</summary>
    private async Task<IReadOnlyList<ChainLink>> ChainAsync(EntityDetail entity, CancellationToken cancellationToken)
    {
        var chain = new List<ChainLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { entity.Slug };
        var next = entity.AffiliationSlug;
        while (!string.IsNullOrWhiteSpace(next) && chain.Count < MaxChain && seen.Add(next))
        {
            var slug = next;
            var found = await db.Entities.AsNoTracking().Where(e => e.Slug == slug)
                .Select(e => new { Ref = new EntityRef(e.Slug, e.Name, e.Type), e.Role, e.AffiliationSlug })
                .FirstOrDefaultAsync(cancellationToken);
            chain.Add(new ChainLink(slug, found?.Ref, found?.Role));
            next = found?.AffiliationSlug;
        }
        return chain;
    }

    /// <summary>The country (by ISO2) and first-level region (by name, within that country) the entity lies in.</summary>
    private async Task PlaceAsync(EntityDetail entity, CancellationToken cancellationToken)
    {
        if (entity.Country is not { } iso)
            return;
        var region = entity.Type == EntityType.Region ? null : entity.Region;
        var around = await db.Entities.AsNoTracking()
            .Where(e => e.Country == iso && ((e.Type == EntityType.Country) || (e.Type == EntityType.Region && e.Name == region)))
            .Select(e => new EntityRef(e.Slug, e.Name, e.Type))
            .ToListAsync(cancellationToken);
        CountryEntity = entity.Type == EntityType.Country ? null : around.FirstOrDefault(e => e.Type == EntityType.Country);
        RegionEntity = around.FirstOrDefault(e => e.Type == EntityType.Region);
    }

    private async Task<IReadOnlyList<MentionDay>> MentionDaysAsync(EntityDetail entity, CancellationToken cancellationToken)
    {
        var rows = await (
                from m in db.Mentions.Where(m => m.EntityId == entity.Id)
                join p in db.Paragraphs on new { m.ArticleId, Index = m.ParagraphIndex } equals new { p.ArticleId, p.Index }
                orderby m.Article.Published descending, m.ArticleId descending, m.ParagraphIndex, m.Start
                select new
                {
                    m.ArticleId,
                    Title = m.Article.Title ?? m.Article.FileName,
                    m.Article.Publisher,
                    m.Article.Wire,
                    m.Article.Published,
                    m.ParagraphIndex,
                    p.Text,
                    m.Start,
                    m.Length,
                })
            .AsNoTracking().Take(MaxMentionRows + 1).ToListAsync(cancellationToken);
        MoreMentions = rows.Count > MaxMentionRows;
        var me = entity.Ref;
        return [.. rows.Take(MaxMentionRows)
            .GroupBy(r => (r.ArticleId, r.ParagraphIndex))
            .Select(g => (g.First().Published, Hit: new MentionHit(g.Key.ArticleId, g.First().Title, Display.Source(g.First().Publisher, g.First().Wire), g.Key.ParagraphIndex,
                TextMarks.Snippet(g.First().Text, [.. g.Select(r => new MarkSpan(r.Start, r.Length, me))]))))
            .GroupBy(h => h.Published)
            .Select(d => new MentionDay(d.Key, [.. d.Select(h => h.Hit)]))];
    }

    /// <summary>Counted in the database: articles shared (appearances), and paragraphs shared (mentions in the same paragraph).</summary>
    private async Task<IReadOnlyList<Companion>> CompanionsAsync(int id, CancellationToken cancellationToken)
    {
        var articles = db.Appearances.Where(a => a.EntityId == id).Select(a => a.ArticleId);
        var byArticle = await db.Appearances.AsNoTracking().Where(a => a.EntityId != id && articles.Contains(a.ArticleId))
            .GroupBy(a => a.EntityId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var own = db.Mentions.Where(m => m.EntityId == id);
        var byParagraph = await db.Mentions.AsNoTracking()
            .Where(o => o.EntityId != id && own.Any(m => m.ArticleId == o.ArticleId && m.ParagraphIndex == o.ParagraphIndex))
            .Select(o => new { o.EntityId, o.ArticleId, o.ParagraphIndex }).Distinct()
            .GroupBy(o => o.EntityId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var top = byArticle.Keys.Union(byParagraph.Keys)
            .Select(k => (Id: k, Paragraphs: byParagraph.GetValueOrDefault(k), Articles: byArticle.GetValueOrDefault(k)))
            .OrderByDescending(c => c.Paragraphs).ThenByDescending(c => c.Articles).ThenBy(c => c.Id)
            .Take(MaxCompanions).ToList();
        var ids = top.Select(t => t.Id).ToList();
        var refs = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, Ref = new EntityRef(e.Slug, e.Name, e.Type) })
            .ToDictionaryAsync(e => e.Id, e => e.Ref, cancellationToken);
        return [.. top.Where(t => refs.ContainsKey(t.Id)).Select(t => new Companion(refs[t.Id], t.Paragraphs, t.Articles))];
    }
}
