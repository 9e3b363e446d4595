namespace Briefings.Ingestion.Entities;

/// <summary>A country (or territory) with the names a news text calls it and its people by.</summary>
public sealed class KnownCountry
{
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Iso2 { get; init; }

    public required string Iso3 { get; init; }

    /// <summary>The common English name: "North Korea", "United States".</summary>
    public required string Name { get; init; }

    public required string OfficialName { get; init; }

    /// <summary>Other names and short forms: "DPRK", "U.S.", "Britain", "Russian Federation".</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>English demonyms, singular and plural: "North Korean", "North Koreans".</summary>
    public required IReadOnlyList<string> Demonyms { get; init; }

    /// <summary>The capital(s), first the official one, then spellings a text may use as a metonym ("Kiev").</summary>
    public required IReadOnlyList<string> Capitals { get; init; }

    public string? Capital => Capitals.Count > 0 ? Capitals[0] : null;

    public override string ToString() => $"{Name} ({Iso2})";
}

/// <summary>How a text named a country.</summary>
public enum CountryNameKind
{
    Name,
    Alias,
    Demonym,
    Capital,
}

/// <summary>A country found by one of its names, and which kind of name it was.</summary>
public sealed record CountryMatch(KnownCountry Country, CountryNameKind Kind);
