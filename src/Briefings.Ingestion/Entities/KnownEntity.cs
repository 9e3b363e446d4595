namespace Briefings.Ingestion.Entities;

/// <summary>An entity the recogniser knows before reading: an actor, a country, a region or a place.</summary>
public sealed record KnownEntity(string Key, string Name, EntityType Type)
{
    public string? Country { get; init; }
    public string? Region { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Role { get; init; }
    public string? Affiliation { get; init; }
    public long Population { get; init; }

    /// <summary>For a country: the words of its demonym ("Russian"), used to name its bodies ("Russian Defence Ministry").</summary>
    public string? Demonym { get; init; }
}

/// <summary>How a surface form names an entity, which decides how far it is trusted.</summary>
public enum NameKind
{
    /// <summary>The canonical name or a full alias: trusted wherever it stands capitalised.</summary>
    Name,

    /// <summary>A surname or short form ("Zelensky"): trusted alone only when unambiguous.</summary>
    ShortForm,

    /// <summary>"Russian", "North Koreans": a form of the country.</summary>
    Demonym,

    /// <summary>A capital: the city as a place, or its government as a metonym ("Pyongyang believed").</summary>
    Capital,

    /// <summary>A populated place from the gazetteer.</summary>
    Place,
}

/// <summary>One surface form and the entity it may name.</summary>
public sealed record KnownName(string Surface, KnownEntity Entity, NameKind Kind);
