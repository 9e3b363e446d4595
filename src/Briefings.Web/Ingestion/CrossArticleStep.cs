using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;
using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;
using Model = Briefings.Ingestion.Stories;

namespace Briefings.Web.Ingestion;

/// <summary>What the cross-article step found over all stored articles: the stories, the disputed figures and the contradictions.</summary>
public sealed record CrossArticleResult(IReadOnlyList<Model.Story> Stories, IReadOnlyList<Model.Figure> Figures)
{
    public static readonly CrossArticleResult Empty = new([], []);

    /// <summary>Denials linked to the reports they deny.</summary>
    public IReadOnlyList<Model.Contradiction> Contradictions { get; init; } = [];
}

/// <summary>
/// Work over all stored articles at once (clustering events into stories, setting disputed figures
/// side by side). It reads the store and returns the pipeline's records; the ingestion service
/// stores them, replacing the previous result, in one transaction.
/// </summary>
public interface ICrossArticleStep
{
    Task<CrossArticleResult> FindAsync(BriefingsDb db, CancellationToken cancellationToken);
}

/// <summary>Finds nothing, so nothing is stored: for hosts and tests that want no cross-article work.</summary>
public sealed class NoCrossArticleStep : ICrossArticleStep
{
    public Task<CrossArticleResult> FindAsync(BriefingsDb db, CancellationToken cancellationToken) =>
        Task.FromResult(CrossArticleResult.Empty);
}

/// <summary>
/// Reads every stored event (with its article's file, publisher and wire credits, its actors' and
/// places' keys and the regions of those places), every claim and every paragraph, and runs the
/// pipeline's cross-article finders over them: <see cref="Model.StoryBuilder"/> (every event in
/// exactly one story), <see cref="Model.FigureFinder"/> and <see cref="Model.ContradictionFinder"/>.
/// A story is disputed when a denial among its members, or a linked denial from elsewhere, denies it.
/// </summary>
/// <remarks>
/// Scale: every query is a no-tracking projection read as a stream; paragraphs are turned into
/// figure mentions article by article and dropped, so what stays in memory is one record per
/// event, claim and quantity mention, not the articles. That is enough for tens of thousands of
/// articles. For the roadmap's 100,000 and a watched inbox, the work must become incremental:
/// load only the events whose date window touches the changed articles' events (the builder's
/// candidate index is already date-bounded), re-cluster only the stories those events join, and
/// keep quantity mentions stored per article so figures regroup without re-reading paragraphs;
/// the TF-IDF document frequencies would then be kept as running counts in the store.
/// </remarks>
public sealed class CrossArticleStep : ICrossArticleStep
{
    private readonly Model.StoryBuilder _builder = new();

    public async Task<CrossArticleResult> FindAsync(BriefingsDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = await db.Articles.AsNoTracking()
            .Select(a => new StoredArticle(a.Id, a.SourcePath, a.Publisher, a.Wire))
            .ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);
        var events = await LoadEventsAsync(db, articles, cancellationToken).ConfigureAwait(false);
        var claims = await LoadClaimsAsync(db, articles, cancellationToken).ConfigureAwait(false);
        var mentions = await LoadQuantityMentionsAsync(db, articles, claims, cancellationToken).ConfigureAwait(false);

        var stories = _builder.Build(events);
        var figures = Model.FigureFinder.Group(mentions);
        var contradictions = Model.ContradictionFinder.Find(events, claims);
        return new CrossArticleResult(MarkDisputed(stories, events, claims, contradictions), figures)
        {
            Contradictions = contradictions,
        };
    }

    private sealed record StoredArticle(int Id, string SourcePath, string? Publisher, List<string> Wire);

    private static async Task<List<Model.StoryEvent>> LoadEventsAsync(BriefingsDb db, Dictionary<int, StoredArticle> articles, CancellationToken cancellationToken)
    {
        // A place's region is a name on the entity ("Donetsk Oblast"); its key is what events name the region by.
        var regionOf = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var place in db.Entities.AsNoTracking()
            .Where(e => e.Region != null && (e.Type == EntityType.Place || e.Type == EntityType.Region))
            .Select(e => new { e.Slug, e.Region })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            regionOf[place.Slug] = ActorDictionary.Slug(place.Region!);
        }

        var participants = new Dictionary<int, (List<string> Actors, List<string> Places)>();
        await foreach (var p in db.EventParticipants.AsNoTracking()
            .OrderBy(p => p.EventId).ThenBy(p => p.Index)
            .Select(p => new { p.EventId, p.Role, p.EntitySlug })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!participants.TryGetValue(p.EventId, out var lists))
                participants[p.EventId] = lists = ([], []);
            (p.Role == ParticipantRole.Actor ? lists.Actors : lists.Places).Add(p.EntitySlug);
        }

        var events = new List<Model.StoryEvent>();
        await foreach (var e in db.Events.AsNoTracking()
            .OrderBy(e => e.ArticleId).ThenBy(e => e.Index)
            .Select(e => new { e.Id, e.ArticleId, e.Index, e.Kind, e.Text, e.Date, e.DatePrecision, e.DateStated, e.DateEvidence, e.ParagraphIndex, e.Hedge })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var article = articles[e.ArticleId];
            var (actors, places) = participants.GetValueOrDefault(e.Id, ([], []));
            var date = e.Date is { } d ? new ResolvedDate(d, e.DatePrecision ?? DatePrecision.Day, e.DateStated, e.DateEvidence ?? "") : null;
            events.Add(new Model.StoryEvent(article.SourcePath, e.Index, new ArticleEvent(e.Kind, e.Text, date, e.ParagraphIndex)
            {
                Actors = actors,
                Places = places,
                Hedge = e.Hedge,
            })
            {
                Publisher = article.Publisher,
                Wire = article.Wire,
                Regions = [.. places.Select(p => regionOf.GetValueOrDefault(p)).OfType<string>().Distinct(StringComparer.Ordinal)],
            });
        }
        return events;
    }

    private static async Task<List<Model.StoryClaim>> LoadClaimsAsync(BriefingsDb db, Dictionary<int, StoredArticle> articles, CancellationToken cancellationToken)
    {
        var claims = new List<Model.StoryClaim>();
        await foreach (var c in db.Claims.AsNoTracking()
            .OrderBy(c => c.ArticleId).ThenBy(c => c.Index)
            .Select(c => new { c.ArticleId, c.Index, c.Speaker, c.SpeakerSlug, c.Verb, c.Stance, c.Text, c.ParagraphIndex, c.Outlet, c.Hedge, c.SaidDate, c.SaidPrecision, c.SaidStated, c.SaidEvidence })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var said = c.SaidDate is { } d ? new ResolvedDate(d, c.SaidPrecision ?? DatePrecision.Day, c.SaidStated ?? false, c.SaidEvidence ?? "") : null;
            claims.Add(new Model.StoryClaim(articles[c.ArticleId].SourcePath, c.Index,
                new Briefings.Ingestion.Claims.Claim(c.Speaker, c.SpeakerSlug, c.Verb, c.Stance, c.Text, c.ParagraphIndex) { Outlet = c.Outlet, Hedge = c.Hedge, Said = said }));
        }
        return claims;
    }

    /// <summary>Paragraphs are read in article order and turned into quantity mentions one article at a time.</summary>
    private static async Task<List<Model.QuantityMention>> LoadQuantityMentionsAsync(
        BriefingsDb db, Dictionary<int, StoredArticle> articles, List<Model.StoryClaim> claims, CancellationToken cancellationToken)
    {
        var claimsByFile = claims.ToLookup(c => c.File, c => c.Claim, StringComparer.Ordinal);
        var mentions = new List<Model.QuantityMention>();
        var current = -1;
        var paragraphs = new List<Briefings.Ingestion.Paragraph>();
        void Flush()
        {
            if (current < 0)
                return;
            var file = articles[current].SourcePath;
            mentions.AddRange(Model.FigureFinder.Mentions(new Model.FigureSource(file, paragraphs, [.. claimsByFile[file]], [])));
            paragraphs = [];
        }
        await foreach (var p in db.Paragraphs.AsNoTracking()
            .OrderBy(p => p.ArticleId).ThenBy(p => p.Index)
            .Select(p => new { p.ArticleId, p.Index, p.Text, p.Kind })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (p.ArticleId != current)
            {
                Flush();
                current = p.ArticleId;
            }
            paragraphs.Add(new Briefings.Ingestion.Paragraph(p.Index, p.Text, p.Kind, null));
        }
        Flush();
        return mentions;
    }

    /// <summary>
    /// A story is disputed when one of its members is the report a linked denial denies, or the
    /// denial itself (which may be a claim, or an event of another story). A claim side stands for the events of
    /// its file and paragraph whose texts it contains or is contained in.
    /// </summary>
    private static List<Model.Story> MarkDisputed(IReadOnlyList<Model.Story> stories, List<Model.StoryEvent> events,
        List<Model.StoryClaim> claims, IReadOnlyList<Model.Contradiction> contradictions)
    {
        var storyOf = new Dictionary<Model.EventRef, int>();
        for (var s = 0; s < stories.Count; s++)
        {
            foreach (var member in stories[s].Members)
                storyOf[member] = s;
        }
        var claimAt = claims.ToDictionary(c => (c.File, c.ClaimIndex), c => c.Claim);
        var eventsByParagraph = events.ToLookup(e => (e.File, e.Event.Paragraph));

        IEnumerable<Model.EventRef> Side(string file, int? claim, int? @event)
        {
            if (@event is int e)
                yield return new Model.EventRef(file, e);
            if (claim is int c && claimAt.TryGetValue((file, c), out var stated))
            {
                foreach (var x in eventsByParagraph[(file, stated.Paragraph)])
                {
                    if (x.Event.Text.Contains(stated.Text, StringComparison.Ordinal) || stated.Text.Contains(x.Event.Text, StringComparison.Ordinal))
                        yield return x.Ref;
                }
            }
        }

        var deniedBy = new Dictionary<int, List<Model.Contradiction>>();
        foreach (var link in contradictions)
        {
            // Both the report's story and the denial's: each tells a happening someone disputes.
            var reported = Side(link.ReportFile, link.ReportClaim, link.ReportEvent)
                .Concat(Side(link.DenialFile, link.DenialClaim, link.DenialEvent))
                .Select(r => storyOf.TryGetValue(r, out var s) ? s : -1)
                .Where(s => s >= 0).Distinct();
            foreach (var s in reported)
            {
                if (!deniedBy.TryGetValue(s, out var list))
                    deniedBy[s] = list = [];
                list.Add(link);
            }
        }
        return [.. stories.Select((story, s) => deniedBy.TryGetValue(s, out var list) ? story with { DeniedBy = list } : story)];
    }
}
