using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;

namespace Briefings.Web.Api;

/// <summary>One page of a list: its items, where it is, how many match in all, and the address of the next page when there is one.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string? Next);

/// <summary>An entity named by an event or a claim: its slug (what the filters take) and its name.</summary>
public sealed record ApiEntityRef(string Slug, string Name);

/// <summary>Where something was read: the article, the paragraph (<see cref="Link"/> opens it), the outlet and the original address when it is http(s).</summary>
public sealed record ApiSource(int ArticleId, int Paragraph, string Outlet, string Title, DateOnly? Published, string? Original, string Link);

/// <summary>Something that happened, as one article tells it.</summary>
public sealed record ApiEvent(
    int Id,
    string Kind,
    string Text,
    DateOnly? Date,
    DatePrecision? Precision,
    bool DateStated,
    string? DateEvidence,
    Hedge Hedge,
    IReadOnlyList<ApiEntityRef> Actors,
    IReadOnlyList<ApiEntityRef> Places,
    ApiSource Source);

/// <summary>One happening told by one or more articles; <see cref="EventIds"/> are its members in /api/events.</summary>
public sealed record ApiStory(
    int Id,
    string Title,
    DateOnly? Date,
    DatePrecision? Precision,
    bool DateStated,
    bool Disputed,
    int IndependentSources,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<int> EventIds);

/// <summary>An ingested article; <see cref="Link"/> is its page.</summary>
public sealed record ApiArticle(
    int Id,
    string Title,
    string Outlet,
    DateOnly? Published,
    bool PublishedStated,
    string? Original,
    IReadOnlyList<string> Wire,
    int Events,
    int Claims,
    string Link);

/// <summary>A person, organisation, country, region or place; <see cref="Link"/> is its page.</summary>
public sealed record ApiEntity(
    string Slug,
    string Name,
    EntityType Type,
    string? Country,
    string? Region,
    double? Latitude,
    double? Longitude,
    string? Role,
    string? Affiliation,
    string Link);

/// <summary>An attributed statement, with its stance, its dates and the paragraph it was read from.</summary>
public sealed record ApiClaim(
    int Id,
    string Speaker,
    string? SpeakerSlug,
    string Verb,
    Stance Stance,
    string Text,
    string? Quote,
    Hedge Hedge,
    DateOnly? Said,
    DateOnly? About,
    ApiSource Source);
