using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Queries.Search;

/// <summary>
/// One indexed row a search found: its bm25 score (lower is better, as SQLite gives it) and its text
/// with what was found between <see cref="FullTextIndex.MarkStart"/> and <see cref="FullTextIndex.MarkEnd"/>,
/// marked by the index itself, so stemmed finds ("drones" for "drone") are marked too.
/// </summary>
public sealed record IndexScore(int Id, double Score, string Marked);

/// <summary>
/// The full-text indexes as queries (SQLite FTS5, created by the AddFullTextSearch migration and kept
/// in step by triggers): the one place that knows their names and syntax, so another provider's full
/// text (PostgreSQL's tsvector) replaces this class, not its callers. Every query is parameterised;
/// the MATCH text comes from <see cref="FullTextQuery"/>, which quotes what the reader typed.
/// </summary>
public static class FullTextIndex
{
    /// <summary>The index tables and the table each one indexes.</summary>
    public static readonly IReadOnlyList<(string Index, string Table)> Tables =
        [("EventSearch", "Events"), ("ParagraphSearch", "Paragraphs"), ("ClaimSearch", "Claims")];

    public static IQueryable<int> EventIds(BriefingsDb db, FullTextQuery query) =>
        Db(db).SqlQuery<int>($"SELECT rowid AS Value FROM EventSearch WHERE EventSearch MATCH {query.Fts5}");

    public static IQueryable<int> ParagraphIds(BriefingsDb db, FullTextQuery query) =>
        Db(db).SqlQuery<int>($"SELECT rowid AS Value FROM ParagraphSearch WHERE ParagraphSearch MATCH {query.Fts5}");

    public static IQueryable<int> ClaimIds(BriefingsDb db, FullTextQuery query) =>
        Db(db).SqlQuery<int>($"SELECT rowid AS Value FROM ClaimSearch WHERE ClaimSearch MATCH {query.Fts5}");

    /// <summary>Control characters the readers never store in a text, so they can only be the index's marks.</summary>
    public const char MarkStart = '\u0002', MarkEnd = '\u0003';

    public static IQueryable<IndexScore> EventScores(BriefingsDb db, FullTextQuery query) =>
        Db(db).SqlQuery<IndexScore>($"SELECT rowid AS Id, bm25(EventSearch) AS Score, highlight(EventSearch, 0, char(2), char(3)) AS Marked FROM EventSearch WHERE EventSearch MATCH {query.Fts5}");

    public static IQueryable<IndexScore> ParagraphScores(BriefingsDb db, FullTextQuery query) =>
        Db(db).SqlQuery<IndexScore>($"SELECT rowid AS Id, bm25(ParagraphSearch) AS Score, highlight(ParagraphSearch, 0, char(2), char(3)) AS Marked FROM ParagraphSearch WHERE ParagraphSearch MATCH {query.Fts5}");

    /// <summary>
    /// Events the search finds: in their own sentence, in the paragraph that tells them (the words
    /// may be in the sentence before), or in a claim of that paragraph (whose speaker may be named
    /// only as "he" in the text).
    /// </summary>
    public static IQueryable<Event> Matching(BriefingsDb db, IQueryable<Event> events, FullTextQuery query)
    {
        ArgumentNullException.ThrowIfNull(events);
        var inEvents = EventIds(db, query);
        var inParagraphs = ParagraphIds(db, query);
        var inClaims = ClaimIds(db, query);
        return events.Where(e => inEvents.Contains(e.Id)
            || db.Paragraphs.Any(p => p.ArticleId == e.ArticleId && p.Index == e.ParagraphIndex && inParagraphs.Contains(p.Id))
            || db.Claims.Any(c => c.ArticleId == e.ArticleId && c.ParagraphIndex == e.ParagraphIndex && inClaims.Contains(c.Id)));
    }

    /// <summary>Claims the search finds in their words or speaker, or in the paragraph they are made in.</summary>
    public static IQueryable<Claim> MatchingClaims(BriefingsDb db, IQueryable<Claim> claims, FullTextQuery query)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var inClaims = ClaimIds(db, query);
        var inParagraphs = ParagraphIds(db, query);
        return claims.Where(c => inClaims.Contains(c.Id)
            || db.Paragraphs.Any(p => p.ArticleId == c.ArticleId && p.Index == c.ParagraphIndex && inParagraphs.Contains(p.Id)));
    }

    private static Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Db(BriefingsDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
            throw new NotSupportedException($"Full-text search is built on SQLite FTS5; the {db.Database.ProviderName} provider needs its own index here.");
        return db.Database;
    }
}
