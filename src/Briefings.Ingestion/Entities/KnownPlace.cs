namespace Briefings.Ingestion.Entities;

/// <summary>A populated place from GeoNames, with the first-level region it lies in.</summary>
public sealed class KnownPlace
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public required string AsciiName { get; init; }
    public required IReadOnlyList<string> AlternateNames { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    /// <summary>GeoNames' admin1 code: with <see cref="Country"/> it names the first-level region.</summary>
    public required string Admin1 { get; init; }

    /// <summary>GeoNames feature code: PPLC a capital, PPLA a first-level seat, PPLA2 a second-level seat, PPL a place.</summary>
    public required string FeatureCode { get; init; }

    public required long Population { get; init; }
    public KnownRegion? Region { get; init; }
    public string? RegionName => Region?.Name;
    public bool IsCapital => FeatureCode == "PPLC";
    public bool IsRegionSeat => FeatureCode == "PPLA";

    public override string ToString() => $"{Name} ({Country}{(RegionName is null ? "" : ", " + RegionName)}, {FeatureCode}, {Population})";
}
