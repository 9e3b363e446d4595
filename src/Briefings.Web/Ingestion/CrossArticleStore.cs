using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Ingestion;

/// <summary>
/// Replaces the stored stories, figures and contradictions with a new cross-article result. Stories
/// point at stored events by file and index, figure values and contradictions at stored articles
/// (and claims, events) by file and index; anything pointing at what is no longer stored is dropped.
/// </summary>
internal static class CrossArticleStore
{
    public static async Task<(int Stories, int Figures, int Contradictions)> ReplaceAsync(BriefingsDb db, CrossArticleResult result, CancellationToken cancellationToken)
    {
        await db.Contradictions.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Stories.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Figures.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        var files = result.Stories.SelectMany(s => s.Members.Select(m => m.File))
            .Concat(result.Figures.SelectMany(f => f.Values.Select(v => v.File)))
            .Concat(result.Contradictions.SelectMany(c => new[] { c.DenialFile, c.ReportFile }))
            .Distinct(StringComparer.Ordinal).ToList();
        var articles = await db.Articles.Where(a => files.Contains(a.SourcePath))
            .Select(a => new { a.Id, a.SourcePath }).ToDictionaryAsync(a => a.SourcePath, a => a.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var articleIds = articles.Values.ToList();
        var events = (await db.Events.Where(e => articleIds.Contains(e.ArticleId))
            .Select(e => new { e.Id, e.ArticleId, e.Index }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => (e.ArticleId, e.Index), e => e.Id);
        var claims = result.Contradictions.Count == 0 ? [] : (await db.Claims.Where(c => articleIds.Contains(c.ArticleId))
            .Select(c => new { c.Id, c.ArticleId, c.Index }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => (c.ArticleId, c.Index), c => c.Id);

        int? EventId(string file, int? index) =>
            index is int i && articles.TryGetValue(file, out var a) && events.TryGetValue((a, i), out var e) ? e : null;
        int? ClaimId(string file, int? index) =>
            index is int i && articles.TryGetValue(file, out var a) && claims.TryGetValue((a, i), out var c) ? c : null;

        var stories = result.Stories.Select(s => new Story
        {
            Title = s.Title,
            Why = s.Why,
            Date = s.Date?.Date,
            DatePrecision = s.Date?.Precision,
            DateStated = s.Date?.Stated ?? false,
            DateEvidence = s.Date?.Evidence,
            Outlets = [.. s.Outlets],
            IndependentSources = s.IndependentSources,
            Disputed = s.Disputed,
            Members = [.. s.Members.Select(m => EventId(m.File, m.EventIndex)).OfType<int>().Distinct().Select(e => new StoryMember { EventId = e })],
        }).Where(s => s.Members.Count > 0).ToList();
        var figures = result.Figures.Select(f => new Figure
        {
            What = f.What,
            Values = [.. f.Values.Where(v => articles.ContainsKey(v.File)).Select((v, i) => new FigureValue
            {
                Index = i, ArticleId = articles[v.File], ParagraphIndex = v.Paragraph, Value = v.Value, By = v.By,
            })],
        }).ToList();
        var contradictions = result.Contradictions
            .Where(c => articles.ContainsKey(c.DenialFile) && articles.ContainsKey(c.ReportFile))
            .Select(c => new Contradiction
            {
                DenialArticleId = articles[c.DenialFile],
                DenialClaimId = ClaimId(c.DenialFile, c.DenialClaim),
                DenialEventId = EventId(c.DenialFile, c.DenialEvent),
                DenialText = c.DenialText,
                Denier = c.Denier,
                ReportArticleId = articles[c.ReportFile],
                ReportClaimId = ClaimId(c.ReportFile, c.ReportClaim),
                ReportEventId = EventId(c.ReportFile, c.ReportEvent),
                ReportText = c.ReportText,
                Reporter = c.Reporter,
                Why = c.Why,
            }).ToList();

        db.Stories.AddRange(stories);
        db.Figures.AddRange(figures);
        db.Contradictions.AddRange(contradictions);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (stories.Count, figures.Count, contradictions.Count);
    }
}
