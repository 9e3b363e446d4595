namespace Briefings.Ingestion.Entities;

/// <summary>
/// A first-level region (oblast, krai, republic, province, federal city) with its canonical
/// English name. <see cref="Variants"/> are full names a text may use ("Kursk region",
/// "Kurskaya oblast"); <see cref="Stems"/> are the bare words ("Kursk", "Dnipro") that name the
/// region only where the context says so, since they usually name a city too.
/// </summary>
public sealed class KnownRegion
{
    public required string Country { get; init; }
    public required string Admin1 { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Stems { get; init; }
    public required IReadOnlyList<string> Variants { get; init; }

    /// <summary>Country and admin1 code, "UA.05": the region's identity.</summary>
    public string Code => $"{Country}.{Admin1}";

    public override string ToString() => $"{Name} ({Code})";
}
