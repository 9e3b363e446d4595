using System.Linq.Expressions;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Web.Data;
using Briefings.Web.Queries.Search;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Queries;

/// <summary>
/// Events as the timeline (and later the API, feed and CSV) lists them: filtered by region, actor,
/// dates and text, told once per story (each event on its own when no story holds it), a page of
/// days at a time. A page costs a fixed number of queries whatever the corpus: the page's days
/// first (distinct dates, newest first, by index), then that day range's events, stories,
/// participants, articles, figures and denials, each in one query.
/// </summary>
public sealed class TimelineQuery(BriefingsDb db, SearchAliases aliases)
{
    /// <summary>A week's worth of days: a busy day holds dozens of events.</summary>
    public const int DaysPerPage = 7;

    /// <summary>Undated articles listed at most on the last page, so that page stays small too.</summary>
    public const int MaxUndatedArticles = 100;

    /// <summary>Actors offered in the filter, the most frequent first: a long tail of single mentions does not help choosing.</summary>
    public const int MaxActorOptions = 300;

    private const int MaxAffiliationDepth = 8;

    /// <summary>Looks the filter's slugs up; each unknown or misplaced one adds a sentence to <paramref name="problems"/>.</summary>
    public async Task<ResolvedFilter> ResolveAsync(TimelineFilter filter, List<string> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(problems);
        var slugs = new[] { filter.Region, filter.Actor }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var entities = slugs.Count == 0
            ? []
            : await db.Entities.AsNoTracking().Where(e => slugs.Contains(e.Slug))
                .Select(e => new ResolvedEntity(e.Slug, e.Name, e.Type, e.Country, e.Region))
                .ToDictionaryAsync(e => e.Slug, StringComparer.Ordinal, cancellationToken);

        ResolvedEntity? region = null;
        if (filter.Region is { } r)
        {
            if (!entities.TryGetValue(r, out region))
                problems.Add($"“region”: no country, region or place is called “{r}”. Choose one from the list.");
            else if (region.Type is not (EntityType.Country or EntityType.Region or EntityType.Place))
            {
                problems.Add($"“region”: “{r}” is {Describe(region)}, not a country, region or place. To see what it took part in, use actor={r}.");
                region = null;
            }
        }

        ResolvedEntity? actor = null;
        if (filter.Actor is { } a)
        {
            if (!entities.TryGetValue(a, out actor))
                problems.Add($"“actor”: no person, organisation or country is called “{a}”. Choose one from the list.");
            else if (actor.Type is EntityType.Region or EntityType.Place)
            {
                problems.Add($"“actor”: “{a}” is {Describe(actor)}, not an actor. To see what happened there, use region={a}.");
                actor = null;
            }
        }

        IReadOnlyList<string> actorSlugs = actor is null ? [] : filter.Affiliates ? await AffiliatesAsync(actor.Slug, cancellationToken) : [actor.Slug];
        var search = filter.Q is { } q ? await new FullTextQueryBuilder(db, aliases).BuildAsync(q, problems, cancellationToken) : null;
        return new ResolvedFilter(filter, region, actor, actorSlugs) { Search = search };
    }

    private static string Describe(ResolvedEntity entity) => entity.Type switch
    {
        EntityType.Person => $"a person ({entity.Name})",
        EntityType.Organisation => $"an organisation ({entity.Name})",
        EntityType.Country => $"a country ({entity.Name})",
        EntityType.Region => $"a region ({entity.Name})",
        _ => $"a place ({entity.Name})",
    };

    /// <summary>The actor and every entity whose affiliation chain leads to it (russia ← kremlin ← dmitry-peskov), one indexed query per level.</summary>
    private async Task<IReadOnlyList<string>> AffiliatesAsync(string slug, CancellationToken cancellationToken)
    {
        var all = new HashSet<string>(StringComparer.Ordinal) { slug };
        var frontier = new List<string> { slug };
        for (var depth = 0; depth < MaxAffiliationDepth && frontier.Count > 0; depth++)
        {
            var level = frontier;
            var next = await db.Entities.AsNoTracking()
                .Where(e => e.AffiliationSlug != null && level.Contains(e.AffiliationSlug))
                .Select(e => e.Slug).ToListAsync(cancellationToken);
            frontier = [.. next.Where(all.Add)];
        }
        return [.. all];
    }

    /// <summary>Events that match the filter's region, actor and text (each can be left out, for the counts of its own options); dates apart, since a story is placed by its own.</summary>
    private IQueryable<Event> Matching(ResolvedFilter filter, bool byRegion = true, bool byActor = true)
    {
        var events = db.Events.AsNoTracking();
        if (byRegion && filter.Region is { } region)
            events = events.Where(InRegion(region));
        if (byActor && filter.Actor is { } actor)
            events = events.Where(WithActor(actor, filter.ActorSlugs, filter.Filter.Affiliates));
        if (filter.Search is { } search)
            events = FullTextIndex.Matching(db, events, search);
        return events;
    }

    /// <summary>
    /// The events the whole filter matches: region, actor, text and date range (each event on its own,
    /// not told once per story), for the API, the feed and the CSV.
    /// </summary>
    public IQueryable<Event> MatchingEvents(ResolvedFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return InRange(Matching(filter), filter.Filter);
    }

    /// <summary>An entity that lies in the region: the same nesting as <see cref="InRegion"/>, for what is not an event (claims, entities).</summary>
    public static Expression<Func<Entity, bool>> EntityInRegion(ResolvedEntity region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var slug = region.Slug;
        switch (region.Type)
        {
            case EntityType.Country when region.Country is { } iso:
                return e => e.Slug == slug || e.Country == iso;
            case EntityType.Region:
                var name = region.Region ?? region.Name;
                var country = region.Country;
                return e => e.Slug == slug || (e.Region == name && e.Country == country);
            default:
                return e => e.Slug == slug;
        }
    }

    /// <summary>A country holds its regions and places (by ISO code), a region its places (by region name within the country), a place itself.</summary>
    private static Expression<Func<Event, bool>> InRegion(ResolvedEntity region)
    {
        var slug = region.Slug;
        switch (region.Type)
        {
            case EntityType.Country when region.Country is { } iso:
                return e => e.Participants.Any(p => p.Role == ParticipantRole.Place && (p.EntitySlug == slug || p.Entity!.Country == iso));
            case EntityType.Region:
                var name = region.Region ?? region.Name;
                var country = region.Country;
                return e => e.Participants.Any(p => p.Role == ParticipantRole.Place
                    && (p.EntitySlug == slug || (p.Entity!.Region == name && p.Entity.Country == country)));
            default:
                return e => e.Participants.Any(p => p.Role == ParticipantRole.Place && p.EntitySlug == slug);
        }
    }

    /// <summary>The actor (with its affiliates when asked; for a country, also its people and organisations).</summary>
    private static Expression<Func<Event, bool>> WithActor(ResolvedEntity actor, IReadOnlyList<string> slugs, bool affiliates)
    {
        var list = slugs.ToList();
        if (affiliates && actor.Type == EntityType.Country && actor.Country is { } iso)
        {
            return e => e.Participants.Any(p => p.Role == ParticipantRole.Actor && (list.Contains(p.EntitySlug)
                || (p.Entity!.Country == iso && (p.Entity.Type == EntityType.Person || p.Entity.Type == EntityType.Organisation))));
        }
        return e => e.Participants.Any(p => p.Role == ParticipantRole.Actor && list.Contains(p.EntitySlug));
    }

    /// <summary>
    /// Inclusive range on the date's span, not only its first day: "November 2024" is in a range
    /// from 10 November. Nothing undated is in a range.
    /// </summary>
    private static IQueryable<Event> InRange(IQueryable<Event> events, TimelineFilter filter)
    {
        if (filter.To is { } to)
            events = events.Where(e => e.Date <= to);
        if (filter.From is { } from)
        {
            var (week, month, year) = SpanStarts(from);
            events = events.Where(e => e.Date >= from
                || (e.DatePrecision == DatePrecision.Week && e.Date >= week)
                || (e.DatePrecision == DatePrecision.Month && e.Date >= month)
                || (e.DatePrecision == DatePrecision.Year && e.Date >= year));
        }
        return events;
    }

    private static IQueryable<Story> InRange(IQueryable<Story> stories, TimelineFilter filter)
    {
        if (filter.To is { } to)
            stories = stories.Where(s => s.Date <= to);
        if (filter.From is { } from)
        {
            var (week, month, year) = SpanStarts(from);
            stories = stories.Where(s => s.Date >= from
                || (s.DatePrecision == DatePrecision.Week && s.Date >= week)
                || (s.DatePrecision == DatePrecision.Month && s.Date >= month)
                || (s.DatePrecision == DatePrecision.Year && s.Date >= year));
        }
        return stories;
    }

    /// <summary>
    /// The earliest first days of a week, month or year span that still reaches <paramref name="from"/>;
    /// a week before the first day of the calendar starts on that day (nothing is dated earlier).
    /// </summary>
    internal static (DateOnly Week, DateOnly Month, DateOnly Year) SpanStarts(DateOnly from) =>
        (from.DayNumber < 6 ? DateOnly.MinValue : from.AddDays(-6), new DateOnly(from.Year, from.Month, 1), new DateOnly(from.Year, 1, 1));

    /// <summary>Matching events no story holds: they are shown on their own.</summary>
    private IQueryable<Event> Loose(ResolvedFilter filter) =>
        InRange(Matching(filter), filter.Filter).Where(e => !db.StoryMembers.Any(m => m.EventId == e.Id));

    /// <summary>Stories with at least one matching event, placed by the story's own date.</summary>
    public IQueryable<Story> MatchingStories(ResolvedFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = filter.Filter.NarrowsEvents ? Matching(filter) : db.Events.AsNoTracking();
        var stories = db.Stories.AsNoTracking().Where(s => s.Members.Any(m => events.Any(e => e.Id == m.EventId)));
        return InRange(stories, filter.Filter);
    }

    /// <summary>
    /// Everything the timeline lists for the filter (each story once, each event no story holds on its
    /// own), with the events that tell it, for counting per day: no paging, and in three queries.
    /// </summary>
    public async Task<IReadOnlyList<ListedItem>> ListedItemsAsync(ResolvedFilter resolved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var loose = await Loose(resolved).Select(e => new { e.Id, e.Date, e.DatePrecision }).ToListAsync(cancellationToken);
        var stories = MatchingStories(resolved);
        var storyRows = await stories.Select(s => new { s.Id, s.Date, s.DatePrecision }).ToListAsync(cancellationToken);
        var members = (await db.StoryMembers.AsNoTracking().Where(m => stories.Any(s => s.Id == m.StoryId))
            .OrderBy(m => m.EventId).Select(m => new { m.StoryId, m.EventId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.StoryId, m => m.EventId);
        return
        [
            .. loose.Select(e => new ListedItem($"e{e.Id}", e.Date, e.Date is null ? DatePrecision.Day : e.DatePrecision ?? DatePrecision.Day, [e.Id])),
            .. storyRows.Select(s => new ListedItem($"s{s.Id}", s.Date, s.Date is null ? DatePrecision.Day : s.DatePrecision ?? DatePrecision.Day, [.. members[s.Id]])),
        ];
    }

    private IQueryable<Article> DatedArticles(TimelineFilter filter)
    {
        var articles = db.Articles.AsNoTracking().Where(a => a.Published != null);
        if (filter.From is { } from)
            articles = articles.Where(a => a.Published >= from);
        if (filter.To is { } to)
            articles = articles.Where(a => a.Published <= to);
        return articles;
    }

    private sealed record EventRow(int Id, int ArticleId, string Kind, string Text, DateOnly? Date, DatePrecision? Precision, bool Stated,
        string? Evidence, int Paragraph, Hedge Hedge);

    private sealed record StoryRow(int Id, string Title, DateOnly? Date, DatePrecision? Precision, bool Stated, string? Evidence);

    private static readonly Expression<Func<Event, EventRow>> ToRow = e =>
        new EventRow(e.Id, e.ArticleId, e.Kind, e.Text, e.Date, e.DatePrecision, e.DateStated, e.DateEvidence, e.ParagraphIndex, e.Hedge);

    /// <summary>
    /// One page: up to <see cref="DaysPerPage"/> dates before <see cref="TimelineFilter.Before"/>, newest first,
    /// then the undated group on the last page. Days with articles but no events are kept unless the
    /// filter narrows events, so every article stays reachable from its day.
    /// </summary>
    public async Task<TimelinePage> PageAsync(ResolvedFilter resolved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var filter = resolved.Filter;
        var before = filter.Before;
        var loose = Loose(resolved);
        var stories = MatchingStories(resolved);

        var dates = new SortedSet<DateOnly>(Comparer<DateOnly>.Create((a, b) => b.CompareTo(a)));
        dates.UnionWith(await NewestDates(loose.Where(e => e.Date != null).Select(e => e.Date!.Value), before, cancellationToken));
        dates.UnionWith(await NewestDates(stories.Where(s => s.Date != null).Select(s => s.Date!.Value), before, cancellationToken));
        if (!filter.NarrowsEvents)
            dates.UnionWith(await NewestDates(DatedArticles(filter).Select(a => a.Published!.Value), before, cancellationToken));

        var shown = dates.Take(DaysPerPage).ToList();
        DateOnly? older = dates.Count > DaysPerPage ? shown[^1] : null;
        var hasDays = shown.Count > 0;
        var (low, high) = hasDays ? (shown[^1], shown[0]) : (DateOnly.MaxValue, DateOnly.MinValue);
        // Undated things close the last page; a date range holds nothing undated.
        var undated = older is null && filter.From is null && filter.To is null;

        var looseRows = await loose.Where(e => (e.Date >= low && e.Date <= high) || (undated && e.Date == null))
            .Select(ToRow).ToListAsync(cancellationToken);
        var storyRows = await stories.Where(s => (s.Date >= low && s.Date <= high) || (undated && s.Date == null))
            .Select(s => new StoryRow(s.Id, s.Title, s.Date, s.DatePrecision, s.DateStated, s.DateEvidence))
            .ToListAsync(cancellationToken);
        var storyIds = storyRows.Select(s => s.Id).ToList();
        var members = storyIds.Count == 0
            ? []
            : await db.StoryMembers.AsNoTracking().Where(m => storyIds.Contains(m.StoryId))
                .Select(m => new { m.StoryId, m.EventId }).ToListAsync(cancellationToken);
        var memberIds = members.Select(m => m.EventId).Distinct().ToList();
        var memberRows = memberIds.Count == 0
            ? []
            : await db.Events.AsNoTracking().Where(e => memberIds.Contains(e.Id)).Select(ToRow).ToListAsync(cancellationToken);

        var allRows = looseRows.Concat(memberRows).ToList();
        var details = await DetailsAsync(allRows, cancellationToken);
        var matches = resolved.Search is { } search ? await MatchesAsync(search, allRows, cancellationToken) : null;

        var items = new List<TimelineItem>(looseRows.Count + storyRows.Count);
        items.AddRange(looseRows.Select(e => EventItem(e, details) with { Match = matches?.GetValueOrDefault(e.Id) }));
        var rowsById = memberRows.ToDictionary(e => e.Id);
        foreach (var story in storyRows)
        {
            var rows = members.Where(m => m.StoryId == story.Id && rowsById.ContainsKey(m.EventId)).Select(m => rowsById[m.EventId]).ToList();
            if (rows.Count > 0)
                items.Add(StoryItem(story, rows, details) with { Match = StoryMatch(story.Title, rows, matches, resolved.Search) });
        }

        var dayArticles = hasDays
            ? await ArticleRows(DatedArticles(filter).Where(a => a.Published >= low && a.Published <= high)).ToListAsync(cancellationToken)
            : [];
        var undatedArticles = undated && !filter.NarrowsEvents
            ? await ArticleRows(db.Articles.AsNoTracking().Where(a => a.Published == null)).Take(MaxUndatedArticles).ToListAsync(cancellationToken)
            : [];

        // A narrowed view lists the articles of days that have matching events, never days of articles alone.
        if (filter.NarrowsEvents)
        {
            var eventDays = items.Where(i => i.Precision == DatePrecision.Day).Select(i => i.Date).ToHashSet();
            dayArticles = [.. dayArticles.Where(a => eventDays.Contains(a.Published))];
        }
        return new TimelinePage(Group(items, dayArticles, undatedArticles), older);
    }

    /// <summary>Paragraphs listed beside a search's events: enough to see what else was written, not a second timeline.</summary>
    public const int MaxParagraphFinds = 20;

    /// <summary>
    /// The paragraphs a search finds that tell no matching event (quotes, background, analysis), best
    /// first, narrowed as the events are: published in the date range, naming a place of the region,
    /// naming the actor or quoting it. Empty when nothing is searched.
    /// </summary>
    public async Task<IReadOnlyList<ParagraphFind>> ParagraphFindsAsync(ResolvedFilter resolved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        if (resolved.Search is not { } search)
            return [];
        var filter = resolved.Filter;
        var paragraphs = db.Paragraphs.AsNoTracking();
        if (filter.From is { } from)
            paragraphs = paragraphs.Where(p => p.Article.Published >= from);
        if (filter.To is { } to)
            paragraphs = paragraphs.Where(p => p.Article.Published <= to);
        if (resolved.Region is { } region)
        {
            var inRegion = EntityInRegion(region);
            paragraphs = paragraphs.Where(p => db.Mentions.Where(m => m.ArticleId == p.ArticleId && m.ParagraphIndex == p.Index).Select(m => m.Entity).Any(inRegion));
        }
        if (resolved.Actor is not null)
        {
            var slugs = resolved.ActorSlugs.ToList();
            paragraphs = paragraphs.Where(p =>
                db.Mentions.Any(m => m.ArticleId == p.ArticleId && m.ParagraphIndex == p.Index && slugs.Contains(m.Entity.Slug))
                || db.Claims.Any(c => c.ArticleId == p.ArticleId && c.ParagraphIndex == p.Index && c.SpeakerSlug != null && slugs.Contains(c.SpeakerSlug)));
        }
        var events = MatchingEvents(resolved);
        paragraphs = paragraphs.Where(p => !events.Any(e => e.ArticleId == p.ArticleId && e.ParagraphIndex == p.Index));
        var rows = await paragraphs
            .Join(FullTextIndex.ParagraphScores(db, search), p => p.Id, s => s.Id, (p, s) => new
            {
                p.ArticleId,
                p.Index,
                p.Text,
                s.Score,
                s.Marked,
                p.Article.Title,
                p.Article.FileName,
                p.Article.Publisher,
                p.Article.Wire,
                p.Article.Published,
                p.Article.Url,
            })
            .OrderBy(x => x.Score).ThenBy(x => x.ArticleId).ThenBy(x => x.Index)
            .Take(MaxParagraphFinds)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            return new ParagraphFind(r.ArticleId, r.Index, Snippet(Found(r.Text, r.Marked, search)), Pages.Display.Source(r.Publisher, r.Wire),
                Pages.Display.Title(r.Title, r.FileName), r.Published, Pages.Display.HttpLink(r.Url), r.Score);
        })];
    }

    /// <summary>
    /// Where the search found each of the page's events: scored in its own words, else in its
    /// paragraph (shown around the find) or a claim of it. Two queries whatever the page holds.
    /// </summary>
    private async Task<Dictionary<int, SearchMatch>> MatchesAsync(FullTextQuery search, List<EventRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var scores = ids.Count == 0
            ? []
            : await FullTextIndex.EventScores(db, search).Where(s => ids.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, cancellationToken);
        var elsewhere = rows.Where(r => !scores.ContainsKey(r.Id)).ToList();
        var articleIds = elsewhere.Select(r => r.ArticleId).Distinct().ToList();
        var indexes = elsewhere.Select(r => r.Paragraph).Distinct().ToList();
        var paragraphs = elsewhere.Count == 0
            ? []
            : (await db.Paragraphs.AsNoTracking().Where(p => articleIds.Contains(p.ArticleId) && indexes.Contains(p.Index))
                .GroupJoin(FullTextIndex.ParagraphScores(db, search), p => p.Id, s => s.Id, (p, s) => new { p, s })
                .SelectMany(x => x.s.DefaultIfEmpty(), (x, s) => new { x.p.ArticleId, x.p.Index, x.p.Text, Score = s == null ? (double?)null : s.Score, Marked = s == null ? null : s.Marked })
                .ToListAsync(cancellationToken))
                .ToDictionary(p => (p.ArticleId, p.Index));

        var matches = new Dictionary<int, SearchMatch>();
        foreach (var row in rows)
        {
            if (scores.TryGetValue(row.Id, out var score))
            {
                matches[row.Id] = new SearchMatch(true, score.Score, Found(row.Text, score.Marked, search), null);
                continue;
            }
            // Found by a claim's speaker alone (the text says "he"), the paragraph holds nothing to show.
            FoundText? context = null;
            var paragraphScore = 0d;
            if (paragraphs.TryGetValue((row.ArticleId, row.Paragraph), out var paragraph) && paragraph.Marked is not null)
            {
                context = Snippet(Found(paragraph.Text, paragraph.Marked, search));
                paragraphScore = paragraph.Score ?? 0;
            }
            matches[row.Id] = new SearchMatch(false, paragraphScore, Found(row.Text, null, search), context);
        }
        return matches;
    }

    /// <summary>
    /// The text with the index's own marks (stemmed finds included) when it gave them for exactly this
    /// text, else marked word by word here.
    /// </summary>
    private static FoundText Found(string text, string? marked, FullTextQuery search)
    {
        if (marked is not null)
        {
            var found = FoundText.FromMarked(marked);
            if (found.Text == text)
                return found;
        }
        return new FoundText(text, SearchMarks.Find(text, search.Found));
    }

    private static FoundText Snippet(FoundText found)
    {
        var (text, marks) = SearchMarks.Snippet(found.Text, found.Marks);
        return new FoundText(text, marks);
    }

    /// <summary>A story answers as its best member does, its own title marked.</summary>
    private static SearchMatch? StoryMatch(string title, List<EventRow> rows, Dictionary<int, SearchMatch>? matches, FullTextQuery? search)
    {
        if (matches is null || search is null)
            return null;
        var best = rows.Select(r => matches.GetValueOrDefault(r.Id)).OfType<SearchMatch>().MinBy(m => m.Order);
        if (best is null)
            return null;
        var marks = SearchMarks.Find(title, search.Found);
        return best with { Found = new FoundText(title, marks), Context = best.InText && marks.Count == 0 ? best.Found : best.Context };
    }

    private static async Task<List<DateOnly>> NewestDates(IQueryable<DateOnly> dates, DateOnly? before, CancellationToken cancellationToken)
    {
        if (before is { } b)
            dates = dates.Where(d => d < b);
        return await dates.Distinct().OrderByDescending(d => d).Take(DaysPerPage + 1).ToListAsync(cancellationToken);
    }

    private sealed record ArticleRow(int Id, string? Title, string FileName, string? Publisher, List<string> Wire, string? Url, DateOnly? Published);

    private static IQueryable<ArticleRow> ArticleRows(IQueryable<Article> articles) =>
        articles.OrderBy(a => a.Publisher ?? a.FileName).ThenBy(a => a.Id)
            .Select(a => new ArticleRow(a.Id, a.Title, a.FileName, a.Publisher, a.Wire, a.Url, a.Published));

    private sealed record Details(
        ILookup<int, (ParticipantRole Role, EntityLink Entity)> Participants,
        Dictionary<int, ArticleRow> Articles,
        ILookup<(int ArticleId, int Paragraph), DisputedFigure> Figures,
        ILookup<(int ArticleId, int Paragraph), Denial> Denials);

    /// <summary>Participants, articles, disputed figures and denials of a page's events, in one query each.</summary>
    private async Task<Details> DetailsAsync(List<EventRow> rows, CancellationToken cancellationToken)
    {
        var eventIds = rows.Select(r => r.Id).Distinct().ToList();
        var articleIds = rows.Select(r => r.ArticleId).Distinct().ToList();
        var participants = await db.EventParticipants.AsNoTracking().Where(p => eventIds.Contains(p.EventId))
            .OrderBy(p => p.EventId).ThenBy(p => p.Role).ThenBy(p => p.Index)
            .Select(p => new { p.EventId, p.Role, p.EntitySlug, Name = p.Entity != null ? p.Entity.Name : null })
            .ToListAsync(cancellationToken);

        var articles = await ArticleRows(db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)))
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        var figureValues = await db.FigureValues.AsNoTracking().Where(v => articleIds.Contains(v.ArticleId))
            .Select(v => new { v.FigureId, v.ArticleId, v.ParagraphIndex }).ToListAsync(cancellationToken);
        var figureIds = figureValues.Select(v => v.FigureId).Distinct().ToList();
        var figures = figureIds.Count == 0
            ? []
            : await db.Figures.AsNoTracking().Where(f => figureIds.Contains(f.Id))
                .Select(f => new
                {
                    f.Id,
                    f.What,
                    Values = f.Values.OrderBy(v => v.Index)
                        .Select(v => new { v.Value, v.By, v.ArticleId, v.ParagraphIndex, v.Article.Publisher, v.Article.Wire }).ToList(),
                })
                .ToDictionaryAsync(f => f.Id, cancellationToken);

        var denials = await db.Claims.AsNoTracking().Where(c => articleIds.Contains(c.ArticleId) && c.Stance == Stance.Deny)
            .OrderBy(c => c.ArticleId).ThenBy(c => c.Index)
            .Select(c => new Denial(c.Speaker, c.SpeakerSlug, c.ArticleId, c.ParagraphIndex))
            .ToListAsync(cancellationToken);

        return new Details(
            participants.ToLookup(p => p.EventId, p => (p.Role, new EntityLink(p.EntitySlug, p.Name ?? p.EntitySlug, p.Name is not null))),
            articles,
            figureValues.Where(v => figures.ContainsKey(v.FigureId)).ToLookup(v => (v.ArticleId, v.ParagraphIndex), v =>
            {
                var f = figures[v.FigureId];
                return new DisputedFigure(f.What, [.. f.Values.Select(x => new FigureReading(x.Value, x.By, x.ArticleId, x.ParagraphIndex, Pages.Display.Source(x.Publisher, x.Wire)))]);
            }),
            denials.ToLookup(d => (d.ArticleId, d.Paragraph)));
    }

    private static TimelineItem EventItem(EventRow e, Details details) =>
        new($"e{e.Id}", e.Text, e.Kind, e.Date, e.Date is null ? DatePrecision.Day : e.Precision ?? DatePrecision.Day, e.Stated, e.Evidence,
            e.Hedge == Hedge.None ? [] : [e.Hedge],
            Entities(details, [e], ParticipantRole.Actor), Entities(details, [e], ParticipantRole.Place),
            Sources(details, [e]), Figures(details, [e]), Denials(details, [e]));

    /// <summary>A story: its own title and date, every member's actors, places and sources, the most common kind among its members.</summary>
    private static TimelineItem StoryItem(StoryRow story, List<EventRow> rows, Details details) =>
        new($"s{story.Id}", story.Title,
            rows.GroupBy(r => r.Kind, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key,
            story.Date, story.Date is null ? DatePrecision.Day : story.Precision ?? DatePrecision.Day, story.Stated, story.Evidence,
            [.. rows.Select(r => r.Hedge).Where(h => h != Hedge.None).Distinct().Order()],
            Entities(details, rows, ParticipantRole.Actor), Entities(details, rows, ParticipantRole.Place),
            Sources(details, rows), Figures(details, rows), Denials(details, rows));

    private static List<EntityLink> Entities(Details details, IEnumerable<EventRow> rows, ParticipantRole role) =>
        [.. rows.SelectMany(r => details.Participants[r.Id]).Where(p => p.Role == role).Select(p => p.Entity).DistinctBy(e => e.Slug)];

    /// <summary>One source per article (its first paragraph telling it), oldest publication first.</summary>
    private static List<EventSource> Sources(Details details, IEnumerable<EventRow> rows) =>
        [.. rows.Where(r => details.Articles.ContainsKey(r.ArticleId))
            .OrderBy(r => r.ArticleId).ThenBy(r => r.Paragraph)
            .DistinctBy(r => r.ArticleId)
            .Select(r =>
            {
                var a = details.Articles[r.ArticleId];
                var title = Pages.Display.Title(a.Title, a.FileName);
                return new EventSource(a.Id, r.Paragraph, Pages.Display.Source(a.Publisher, a.Wire), title, a.Published, Pages.Display.HttpLink(a.Url));
            })
            .OrderBy(s => s.Published ?? DateOnly.MaxValue).ThenBy(s => s.ArticleId)];

    private static List<DisputedFigure> Figures(Details details, IEnumerable<EventRow> rows) =>
        [.. rows.SelectMany(r => details.Figures[(r.ArticleId, r.Paragraph)]).DistinctBy(f => f.What)];

    private static List<Denial> Denials(Details details, IEnumerable<EventRow> rows) =>
        [.. rows.SelectMany(r => details.Denials[(r.ArticleId, r.Paragraph)]).DistinctBy(d => d.SpeakerSlug ?? d.Speaker)];

    /// <summary>
    /// Groups newest first; on the same first day, the day comes before the week, month and year
    /// that start on it (the wider the span, the less it says about that day). Within a group, a
    /// search's best finds first (bm25); then what more outlets report, then what the text dates itself, then article order.
    /// </summary>
    private static List<TimelineGroup> Group(List<TimelineItem> items, List<ArticleRow> dayArticles, List<ArticleRow> undatedArticles)
    {
        var articlesByDay = dayArticles.ToLookup(a => a.Published);
        var keys = items.Select(i => (Date: i.Date, Precision: i.Precision))
            .Concat(dayArticles.Select(a => (Date: a.Published, Precision: DatePrecision.Day)))
            .Distinct()
            .OrderBy(k => k.Date is null)
            .ThenByDescending(k => k.Date)
            .ThenBy(k => k.Precision)
            .ToList();
        if (undatedArticles.Count > 0 && !keys.Contains((null, DatePrecision.Day)))
            keys.Add((null, DatePrecision.Day));

        var byKey = items.ToLookup(i => (i.Date, i.Precision));
        return [.. keys.Select(k => new TimelineGroup(k.Date, k.Precision,
            [.. byKey[k].OrderBy(i => i.Match?.Order ?? (0, 0d)).ThenByDescending(i => i.OutletCount).ThenByDescending(i => i.Stated)
                .ThenBy(i => i.Sources.Count > 0 ? i.Sources[0].ArticleId : int.MaxValue)
                .ThenBy(i => i.Sources.Count > 0 ? i.Sources[0].Paragraph : int.MaxValue)],
            [.. (k.Date is null ? undatedArticles : k.Precision == DatePrecision.Day ? articlesByDay[k.Date] : [])
                .Select(a => new DayArticle(a.Id, Pages.Display.Title(a.Title, a.FileName), Pages.Display.Source(a.Publisher, a.Wire), Pages.Display.HttpLink(a.Url)))]))];
    }

    /// <summary>
    /// The form's options, each with how many events it would show together with the other filters:
    /// places nested country → region → place (counting each event once), actors by kind.
    /// </summary>
    public async Task<FilterOptions> OptionsAsync(ResolvedFilter resolved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        return new FilterOptions(await RegionOptionsAsync(resolved, cancellationToken), await ActorOptionsAsync(resolved, cancellationToken));
    }

    private async Task<List<FilterOption>> RegionOptionsAsync(ResolvedFilter resolved, CancellationToken cancellationToken)
    {
        var places = InRange(Matching(resolved, byRegion: false), resolved.Filter)
            .SelectMany(e => e.Participants.Where(p => p.Role == ParticipantRole.Place && p.Entity != null),
                (e, p) => new { EventId = e.Id, p.Entity!.Slug, p.Entity.Country, p.Entity.Region });
        var bySlug = await places.GroupBy(x => x.Slug)
            .Select(g => new { g.Key, Count = g.Select(x => x.EventId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, StringComparer.Ordinal, cancellationToken);
        var byRegion = (await places.Where(x => x.Region != null).GroupBy(x => new { x.Country, x.Region })
            .Select(g => new { g.Key.Country, g.Key.Region, Count = g.Select(x => x.EventId).Distinct().Count() })
            .ToListAsync(cancellationToken))
            .ToDictionary(x => (x.Country ?? "", x.Region!), x => x.Count);
        var byCountry = await places.Where(x => x.Country != null).GroupBy(x => x.Country)
            .Select(g => new { g.Key, Count = g.Select(x => x.EventId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key!, x => x.Count, StringComparer.Ordinal, cancellationToken);

        var slugs = bySlug.Keys.ToList();
        var isos = byCountry.Keys.ToList();
        var regionNames = byRegion.Keys.Select(k => k.Item2).Distinct(StringComparer.Ordinal).ToList();
        var entities = await db.Entities.AsNoTracking()
            .Where(e => slugs.Contains(e.Slug)
                || (e.Type == EntityType.Country && e.Country != null && isos.Contains(e.Country))
                || (e.Type == EntityType.Region && e.Region != null && regionNames.Contains(e.Region)))
            .Select(e => new ResolvedEntity(e.Slug, e.Name, e.Type, e.Country, e.Region))
            .ToListAsync(cancellationToken);

        var countries = entities.Where(e => e.Type == EntityType.Country && e.Country is not null)
            .GroupBy(e => e.Country!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var regions = entities.Where(e => e.Type == EntityType.Region && byRegion.ContainsKey((e.Country ?? "", e.Region ?? e.Name)))
            .GroupBy(e => (e.Country ?? "", e.Region ?? e.Name)).ToDictionary(g => g.Key, g => g.First());
        var spots = entities.Where(e => e.Type != EntityType.Country && bySlug.ContainsKey(e.Slug)
            && !(e.Type == EntityType.Region && regions.ContainsKey((e.Country ?? "", e.Region ?? e.Name)))).ToList();

        var options = new List<FilterOption>();
        var byName = StringComparer.CurrentCultureIgnoreCase;
        // Countries by name; places whose country is not stored as an entity come last, unnested.
        var countryOrder = byCountry.Keys.OrderBy(iso => countries.TryGetValue(iso, out var c) ? c.Name : "\uffff" + iso, byName).ToList();
        foreach (var iso in countryOrder)
        {
            var depth = 0;
            if (countries.TryGetValue(iso, out var country))
            {
                options.Add(new FilterOption(country.Slug, country.Name, byCountry[iso], 0));
                depth = 1;
            }
            var inCountry = spots.Where(s => s.Country == iso).ToList();
            foreach (var region in regions.Values.Where(r => r.Country == iso).OrderBy(r => r.Name, byName))
            {
                var name = region.Region ?? region.Name;
                options.Add(new FilterOption(region.Slug, region.Name, byRegion[(iso, name)], depth));
                foreach (var place in inCountry.Where(s => s.Region == name).OrderBy(s => s.Name, byName))
                    options.Add(new FilterOption(place.Slug, place.Name, bySlug[place.Slug], depth + 1));
            }
            foreach (var place in inCountry.Where(s => s.Region is null || !regions.ContainsKey((iso, s.Region))).OrderBy(s => s.Name, byName))
                options.Add(new FilterOption(place.Slug, place.Name, bySlug[place.Slug], depth));
        }
        foreach (var place in spots.Where(s => s.Country is null).OrderBy(s => s.Name, byName))
            options.Add(new FilterOption(place.Slug, place.Name, bySlug[place.Slug], 0));

        if (resolved.Region is { } selected && !options.Any(o => o.Slug == selected.Slug))
            options.Insert(0, new FilterOption(selected.Slug, selected.Name, 0, 0));
        return options;
    }

    private async Task<List<(string, IReadOnlyList<FilterOption>)>> ActorOptionsAsync(ResolvedFilter resolved, CancellationToken cancellationToken)
    {
        var actors = await InRange(Matching(resolved, byActor: false), resolved.Filter)
            .SelectMany(e => e.Participants.Where(p => p.Role == ParticipantRole.Actor && p.Entity != null),
                (e, p) => new { EventId = e.Id, p.Entity!.Slug, p.Entity.Name, p.Entity.Type })
            .GroupBy(x => new { x.Slug, x.Name, x.Type })
            .Select(g => new { g.Key.Slug, g.Key.Name, g.Key.Type, Count = g.Select(x => x.EventId).Distinct().Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Slug)
            .Take(MaxActorOptions)
            .ToListAsync(cancellationToken);
        if (resolved.Actor is { } selected && !actors.Any(a => a.Slug == selected.Slug))
            actors.Add(new { selected.Slug, selected.Name, selected.Type, Count = 0 });

        var byName = StringComparer.CurrentCultureIgnoreCase;
        (string Group, EntityType[] Types)[] groups =
        [
            ("Countries", [EntityType.Country]),
            ("Organisations", [EntityType.Organisation]),
            ("People", [EntityType.Person]),
            ("Other", [EntityType.Region, EntityType.Place]),
        ];
        return [.. groups
            .Select(g => (g.Group, (IReadOnlyList<FilterOption>)[.. actors.Where(a => g.Types.Contains(a.Type)).OrderBy(a => a.Name, byName)
                .Select(a => new FilterOption(a.Slug, a.Name, a.Count, 0))]))
            .Where(g => g.Item2.Count > 0)];
    }
}
