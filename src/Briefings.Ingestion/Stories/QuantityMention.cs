namespace Briefings.Ingestion.Stories;

/// <summary>
/// A number given for something in one sentence: the value as written ("as many as 8,000"),
/// what it counts (head noun and its modifier: "troops", "North Korean") and where
/// ("the Kursk region"), who gave it, and where it stands (file, paragraph).
/// </summary>
public sealed record QuantityMention(
    string File,
    int Paragraph,
    string Value,
    string Head,
    string? Modifier,
    string? Location,
    string? By)
{
    /// <summary>What is counted, as a reader would say it: "North Korean troops in the Kursk region".</summary>
    public string What =>
        string.Join(' ', new[] { Modifier, Head }.Where(s => !string.IsNullOrEmpty(s)))
        + (Location is null ? "" : " in " + Location);
}
