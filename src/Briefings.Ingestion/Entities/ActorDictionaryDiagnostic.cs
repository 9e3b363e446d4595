namespace Briefings.Ingestion.Entities;

/// <summary>
/// A problem met while loading actors: the file ("actors.tsv" for the built-in one), the line
/// (from 1; 0 when it concerns the whole file) and what is wrong. The line is skipped, not fatal.
/// </summary>
public sealed record ActorDictionaryDiagnostic(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
