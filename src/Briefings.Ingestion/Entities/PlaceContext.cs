namespace Briefings.Ingestion.Entities;

/// <summary>
/// What an article says around a place name, used to choose among places of the same name:
/// the countries it is about (ISO 3166-1 alpha-2) and a region it names (a region's name,
/// variant or stem, or a named area such as "Donbas").
/// </summary>
public sealed record PlaceContext(IReadOnlyCollection<string>? Countries = null, string? Region = null)
{
    public static PlaceContext None { get; } = new();
}
