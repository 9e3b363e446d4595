using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Ingestion;
using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Export;

/// <summary>Writes the whole store as the export contract's JSON document.</summary>
public static class Exporter
{
    /// <summary>camelCase, indented, and non-ASCII text (Cyrillic names, curly quotes) written as is, not as \u escapes.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<ExportDocument> BuildAsync(BriefingsDb db, CancellationToken cancellationToken = default)
    {
        var articles = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Sections)
            .Include(a => a.Paragraphs)
            .Include(a => a.Appearances).ThenInclude(x => x.Entity)
            .Include(a => a.Mentions)
            .Include(a => a.Claims)
            .Include(a => a.Events).ThenInclude(e => e.Participants).ThenInclude(p => p.Entity)
            .Include(a => a.Dates)
            .OrderBy(a => a.FileName)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var stories = await db.Stories.AsNoTracking()
            .OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Title,
                s.Date,
                s.Why,
                s.Outlets,
                s.IndependentSources,
                s.Disputed,
                Members = s.Members.OrderBy(m => m.Event.Article.FileName).ThenBy(m => m.Event.Index)
                    .Select(m => new ExportStoryMember(m.Event.Article.FileName, m.Event.Index, m.Event.ParagraphIndex, m.Event.Text)).ToList(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var figures = await db.Figures.AsNoTracking()
            .OrderBy(f => f.Id)
            .Select(f => new
            {
                f.What,
                Values = f.Values.OrderBy(v => v.Index).Select(v => new ExportFigureValue(v.Article.FileName, v.Value, v.By, v.ParagraphIndex)).ToList(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var contradictions = await db.Contradictions.AsNoTracking()
            .OrderBy(c => c.DenialArticle.FileName).ThenBy(c => c.Id)
            .Select(c => new ExportContradiction(
                new ExportContradictionSide(c.DenialArticle.FileName, c.DenialText, c.Denier,
                    c.DenialClaim != null ? c.DenialClaim.ParagraphIndex : c.DenialEvent != null ? c.DenialEvent.ParagraphIndex : null),
                new ExportContradictionSide(c.ReportArticle.FileName, c.ReportText, c.Reporter,
                    c.ReportClaim != null ? c.ReportClaim.ParagraphIndex : c.ReportEvent != null ? c.ReportEvent.ParagraphIndex : null),
                c.Why))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new ExportDocument(
            [.. articles.Select(ToExport)],
            [.. stories.Select(s => new ExportStory(s.Title, Iso(s.Date), [.. s.Members.Select(m => m.File).Distinct()], [.. s.Members.Select(m => m.Text)], s.Why,
                s.Outlets, s.IndependentSources, s.Disputed, s.Members))],
            [.. figures.Select(f => new ExportFigure(f.What, f.Values))],
            contradictions);
    }

    public static async Task WriteAsync(ExportDocument document, Stream stream, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(stream, document, Json, cancellationToken).ConfigureAwait(false);

    private static ExportArticle ToExport(Article a)
    {
        var paragraphs = a.Paragraphs.OrderBy(p => p.Index).ToList();
        var mentionsByEntity = a.Mentions.ToLookup(m => m.EntityId);
        return new ExportArticle(
            a.FileName,
            a.Title,
            Iso(a.Published),
            a.PublishedStated,
            a.PublishedEvidence,
            a.Publisher,
            a.Url,
            a.Wire,
            [.. a.Sections.OrderBy(s => s.Index).Select(s => new ExportSection(s.Heading, s.Perspective, s.FirstParagraph))],
            [.. paragraphs.Select(p => p.Text)],
            a.ChromeLines,
            [.. a.Appearances.OrderBy(x => x.Index).Select(x => new ExportEntity(
                x.Entity.Name, Lower(x.Entity.Type), x.Forms, x.Entity.Country, x.Entity.Region, x.Entity.Latitude, x.Entity.Longitude,
                x.Entity.Slug, x.Entity.Role, x.Entity.AffiliationSlug,
                [.. mentionsByEntity[x.EntityId].OrderBy(m => m.ParagraphIndex).ThenBy(m => m.Start)
                    .Select(m => new ExportMention(m.ParagraphIndex, m.Start, m.Length, m.Surface))]))],
            [.. a.Claims.OrderBy(c => c.Index).Select(c => new ExportClaim(
                c.Speaker, c.Verb, Lower(c.Stance), c.Text, c.ParagraphIndex, c.SpeakerSlug, c.Quote, c.Outlet, Lower(c.Hedge),
                Date(c.SaidDate, c.SaidPrecision, c.SaidStated, c.SaidEvidence),
                Date(c.AboutDate, c.AboutPrecision, c.AboutStated, c.AboutEvidence)))],
            [.. a.Events.OrderBy(e => e.Index).Select(e => new ExportEvent(
                Iso(e.Date), e.DateStated, e.DateEvidence, e.Text,
                [.. e.Participants.Where(p => p.Role == ParticipantRole.Actor).OrderBy(p => p.Index).Select(p => p.Entity?.Name ?? p.EntitySlug)],
                [.. e.Participants.Where(p => p.Role == ParticipantRole.Place).OrderBy(p => p.Index).Select(p => p.Entity?.Name ?? p.EntitySlug)],
                e.ParagraphIndex, e.Kind, e.DatePrecision is { } precision ? Lower(precision) : null, Lower(e.Hedge)))],
            [.. a.Dates.OrderBy(d => d.Index).Select(d => new ExportDateMention(d.Text, d.Value, Lower(d.Type), d.ParagraphIndex, d.Start, d.End))],
            Lower(a.Format),
            a.ContentHash,
            [.. paragraphs.Where(p => p.Kind == ParagraphKind.Caption).Select(p => p.Index)]);
    }

    private static ExportDate? Date(DateOnly? date, Briefings.Ingestion.Dates.DatePrecision? precision, bool? stated, string? evidence) =>
        date is { } d ? new ExportDate(Iso(d)!, Lower(precision ?? Briefings.Ingestion.Dates.DatePrecision.Day), stated ?? false, evidence) : null;

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
