namespace Briefings.Ingestion.Entities;

/// <summary>
/// A named area that is not a first-level region (Donbas, the Korean Peninsula), with the
/// regions or whole countries it covers.
/// </summary>
public sealed class KnownArea
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Variants { get; init; }
    public required IReadOnlyList<KnownRegion> Regions { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries the area covers whole.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    public override string ToString() => Name;
}
