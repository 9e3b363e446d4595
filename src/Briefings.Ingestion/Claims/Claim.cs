using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Claims;

public enum Stance
{
    Assert,
    Deny,
}

/// <summary>How sure the text is of what it reports.</summary>
public enum Hedge
{
    None,
    Reported,
    Claimed,
    Unverified,
    Likely,
}

/// <summary>
/// An attributed statement. <see cref="Speaker"/> is the canonical entity name, or the
/// source's own words when it is unnamed ("a Ukrainian military spokesperson");
/// <see cref="SpeakerKey"/> links it to an entity when it resolves to one.
/// </summary>
public sealed record Claim(
    string Speaker,
    string? SpeakerKey,
    string Verb,
    Stance Stance,
    string Text,
    int Paragraph)
{
    public string? Quote { get; init; }

    /// <summary>The outlet the statement was given to ("told Reuters") or cited from ("TASS reported").</summary>
    public string? Outlet { get; init; }

    public ResolvedDate? Said { get; init; }
    public ResolvedDate? About { get; init; }
    public Hedge Hedge { get; init; }
}
