using System.Diagnostics.CodeAnalysis;
using Briefings.Ingestion;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Reading;

namespace Briefings.Web.Data;

/// <summary>
/// One ingested file and what the pipeline read from it. Its path relative to the folder ingested
/// is its identity (two folders may each hold a file of the same name); the file name is what is
/// shown and exported; the hash tells a changed file.
/// </summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string FileName { get; set; }

    /// <summary>The path relative to the folder ingested, with '/' between folders; the bare name for a file given on its own.</summary>
    public required string SourcePath { get; set; }

    public required string ContentHash { get; set; }
    public SourceFormat Format { get; set; }
    public string? Title { get; set; }
    public DateOnly? Published { get; set; }
    public bool PublishedStated { get; set; }
    public string? PublishedEvidence { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public List<string> Wire { get; set; } = [];
    public List<string> ChromeLines { get; set; } = [];
    public List<string> Diagnostics { get; set; } = [];
    public required string RawText { get; set; }
    public DateTime IngestedAt { get; set; }

    public List<Section> Sections { get; set; } = [];
    public List<Paragraph> Paragraphs { get; set; } = [];
    public List<Appearance> Appearances { get; set; } = [];
    public List<Mention> Mentions { get; set; } = [];
    public List<Claim> Claims { get; set; } = [];
    public List<Event> Events { get; set; } = [];
    public List<MentionedDate> Dates { get; set; } = [];
}

/// <summary>A headed part of an article, with the perspective label above it when there is one.</summary>
public sealed class Section
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Index { get; set; }
    public required string Heading { get; set; }
    public string? Perspective { get; set; }
    public int FirstParagraph { get; set; }
}

/// <summary>A paragraph of an article's body; <see cref="Index"/> is its stable position (the page's #p12 anchor).</summary>
public sealed class Paragraph
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Index { get; set; }
    public required string Text { get; set; }
    public ParagraphKind Kind { get; set; }
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
}

/// <summary>
/// A person, organisation or place, shared by every article that names it. <see cref="Slug"/>
/// (the canonical name in lower case with hyphens) is how filters and links name it.
/// </summary>
public sealed class Entity
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public EntityType Type { get; set; }
    public string? Country { get; set; }
    public string? Region { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Role { get; set; }
    public string? AffiliationSlug { get; set; }
}

/// <summary>That an entity appears in an article, in which order, and under which surface forms.</summary>
public sealed class Appearance
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int EntityId { get; set; }
    public Entity Entity { get; set; } = null!;
    public int Index { get; set; }
    public List<string> Forms { get; set; } = [];
}

/// <summary>Where an entity is named: paragraph index and character offsets within that paragraph.</summary>
public sealed class Mention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int EntityId { get; set; }
    public Entity Entity { get; set; } = null!;
    public int ParagraphIndex { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Surface { get; set; }
}

/// <summary>An attributed statement; <see cref="SpeakerSlug"/> links it to an entity when the speaker resolved to one.</summary>
public sealed class Claim
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Index { get; set; }
    public required string Speaker { get; set; }
    public string? SpeakerSlug { get; set; }
    public required string Verb { get; set; }
    public Stance Stance { get; set; }
    public required string Text { get; set; }
    public int ParagraphIndex { get; set; }
    public string? Quote { get; set; }
    public string? Outlet { get; set; }
    public Hedge Hedge { get; set; }
    public DateOnly? SaidDate { get; set; }
    public DatePrecision? SaidPrecision { get; set; }
    public bool? SaidStated { get; set; }
    public string? SaidEvidence { get; set; }
    public DateOnly? AboutDate { get; set; }
    public DatePrecision? AboutPrecision { get; set; }
    public bool? AboutStated { get; set; }
    public string? AboutEvidence { get; set; }
}

/// <summary>Something that happened, as one article tells it; <see cref="Index"/> is its position in that article (stories point at it).</summary>
[SuppressMessage("Naming", "CA1716", Justification = "C# is the only consumer; Event is the domain's word.")]
public sealed class Event
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Index { get; set; }
    public required string Kind { get; set; }
    public required string Text { get; set; }
    public DateOnly? Date { get; set; }
    public DatePrecision? DatePrecision { get; set; }
    public bool DateStated { get; set; }
    public string? DateEvidence { get; set; }
    public int ParagraphIndex { get; set; }
    public Hedge Hedge { get; set; }
    public List<EventParticipant> Participants { get; set; } = [];
}

/// <summary>
/// A temporal expression of an article's body (table DateMentions): the words, where they stand in
/// their paragraph, and the TIMEX3-style value read against the publication date, or null.
/// </summary>
public sealed class MentionedDate
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Index { get; set; }
    public required string Text { get; set; }
    public string? Value { get; set; }
    public DateMentionType Type { get; set; }
    public int ParagraphIndex { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}

public enum ParticipantRole
{
    Actor,
    Place,
}

/// <summary>
/// An actor or place of an event, by slug; <see cref="EntityId"/> is set when the slug names a stored
/// entity, so the slug survives even when the recogniser did not list the entity in the article.
/// </summary>
public sealed class EventParticipant
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public ParticipantRole Role { get; set; }
    public int Index { get; set; }
    public required string EntitySlug { get; set; }
    public int? EntityId { get; set; }
    public Entity? Entity { get; set; }
}

/// <summary>One happening told by one or more articles, rebuilt by the cross-article step after each batch.</summary>
public sealed class Story
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public DateOnly? Date { get; set; }
    public DatePrecision? DatePrecision { get; set; }
    public bool DateStated { get; set; }
    public string? DateEvidence { get; set; }
    public required string Why { get; set; }

    /// <summary>The outlets that carried it, named as everywhere (the outlet, else the wire, else "unknown outlet").</summary>
    public List<string> Outlets { get; set; } = [];

    /// <summary>How many sources told it independently: syndicated copies of one wire story count once.</summary>
    public int IndependentSources { get; set; }

    /// <summary>Someone denies what it reports (a denial among its members, or a stored contradiction).</summary>
    public bool Disputed { get; set; }

    public List<StoryMember> Members { get; set; } = [];
}

/// <summary>An event that belongs to a story; deleting the event's article deletes the membership.</summary>
public sealed class StoryMember
{
    public int Id { get; set; }
    public int StoryId { get; set; }
    public Story Story { get; set; } = null!;
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
}

/// <summary>
/// A denial (a claim with stance deny, or a denial event) and the report it denies, from another
/// article, rebuilt by the cross-article step. Each side keeps its article and the claim and/or
/// event it was read from, so deleting either article deletes the link; texts and names are
/// copied so that the link reads on its own.
/// </summary>
public sealed class Contradiction
{
    public int Id { get; set; }
    public int DenialArticleId { get; set; }
    public Article DenialArticle { get; set; } = null!;
    public int? DenialClaimId { get; set; }
    public Claim? DenialClaim { get; set; }
    public int? DenialEventId { get; set; }
    public Event? DenialEvent { get; set; }
    public required string DenialText { get; set; }
    public string? Denier { get; set; }

    public int ReportArticleId { get; set; }
    public Article ReportArticle { get; set; } = null!;
    public int? ReportClaimId { get; set; }
    public Claim? ReportClaim { get; set; }
    public int? ReportEventId { get; set; }
    public Event? ReportEvent { get; set; }
    public required string ReportText { get; set; }
    public string? Reporter { get; set; }

    public required string Why { get; set; }
}

/// <summary>A quantity the sources disagree on.</summary>
public sealed class Figure
{
    public int Id { get; set; }
    public required string What { get; set; }
    public List<FigureValue> Values { get; set; } = [];
}

/// <summary>One source's value for a disputed quantity, pointing at the article and paragraph it came from.</summary>
public sealed class FigureValue
{
    public int Id { get; set; }
    public int FigureId { get; set; }
    public Figure Figure { get; set; } = null!;
    public int Index { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int ParagraphIndex { get; set; }
    public required string Value { get; set; }
    public string? By { get; set; }
}

/// <summary>
/// The one row that says whether the cross-article step is behind the articles: every article
/// write bumps <see cref="ArticlesVersion"/> in its own transaction, and the step records the
/// version it was computed from. A batch killed between the two leaves them different, and the
/// next ingest or serve runs the step.
/// </summary>
public sealed class IngestionState
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long ArticlesVersion { get; set; }
    public long CrossArticleVersion { get; set; }
}
