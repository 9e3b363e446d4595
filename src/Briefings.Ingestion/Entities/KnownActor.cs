namespace Briefings.Ingestion.Entities;

/// <summary>
/// A person or organisation from the actor dictionary. <see cref="Affiliation"/> is the key of
/// the actor or country it belongs to (dmitry-peskov → kremlin → russia); <see cref="Country"/>
/// is an ISO 3166-1 alpha-2 code, or null for international bodies.
/// </summary>
public sealed record KnownActor(
    string Key,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ShortForms,
    string? Role,
    string? Affiliation,
    string? Country);
