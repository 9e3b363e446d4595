namespace Briefings.Ingestion.Entities;

/// <summary>How far a surface form can be trusted on its own.</summary>
public enum KnownActorNameKind
{
    /// <summary>The canonical name.</summary>
    Name,

    /// <summary>A full alternative name or transliteration, safe to match anywhere.</summary>
    Alias,

    /// <summary>A surname or short form, to trust only once the article has named the actor in full.</summary>
    ShortForm,
}

/// <summary>One surface form of an actor, for building a matcher.</summary>
public readonly record struct KnownActorName(string Surface, string Key, KnownActorNameKind Kind);
