namespace Briefings.Ingestion.Entities;

public enum EntityType
{
    Person,
    Organisation,
    Country,
    Region,
    Place,
}

/// <summary>Where in the article an entity is named: paragraph index and character offsets in that paragraph.</summary>
public sealed record Mention(int Paragraph, int Start, int Length, string Surface);

/// <summary>
/// An entity as found in one article, resolved to its canonical form. <see cref="Key"/> is the
/// slug (canonical name in lower case with hyphens) that links it across articles.
/// </summary>
public sealed class ArticleEntity
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required EntityType Type { get; init; }
    public string? Country { get; init; }
    public string? Region { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Role { get; init; }

    /// <summary>The key of the actor this one belongs to (Dmitry Peskov → kremlin → russia).</summary>
    public string? Affiliation { get; init; }

    public List<string> Forms { get; } = [];
    public List<Mention> Mentions { get; } = [];
}
