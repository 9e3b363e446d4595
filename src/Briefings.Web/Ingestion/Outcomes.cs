namespace Briefings.Web.Ingestion;

/// <summary>What became of one file in a batch.</summary>
public enum FileOutcomeKind
{
    /// <summary>A file not seen before (by its path relative to the folder ingested), stored.</summary>
    Ingested,

    /// <summary>The same name with the same content hash: nothing to do.</summary>
    Unchanged,

    /// <summary>The same name with different content: the earlier version and everything derived from it replaced.</summary>
    Replaced,

    /// <summary>Not stored, for <see cref="FileOutcome.Reason"/>; anything stored before under that name is kept.</summary>
    Skipped,
}

/// <summary>How much the pipeline found in one article.</summary>
public sealed record ArticleCounts(int Paragraphs, int Sections, int Entities, int Mentions, int Claims, int Events)
{
    public static readonly ArticleCounts None = new(0, 0, 0, 0, 0, 0);
}

/// <summary>One line of a batch's report: the file (its path relative to the folder ingested, its identity), what happened and why.</summary>
public sealed record FileOutcome(string File, FileOutcomeKind Outcome, string? Reason, ArticleCounts Counts, TimeSpan Elapsed, int? ArticleId = null)
{
    public static FileOutcome Skip(string file, string reason, TimeSpan elapsed) => new(file, FileOutcomeKind.Skipped, reason, ArticleCounts.None, elapsed);

    /// <summary>The outcome as the command line prints it: ingested, unchanged, replaced or skipped.</summary>
    public string Verb { get; } = Outcome.ToString().ToLowerInvariant();

    /// <summary>"ingested  000_x.txt" or "skipped   empty.txt: empty or only white space", always one line whatever the name holds.</summary>
    public override string ToString() =>
        Reason is null ? $"{Verb,-9} {PrintedName.Escape(File)}" : $"{Verb,-9} {PrintedName.Escape(File)}: {PrintedName.Escape(Reason)}";
}

/// <summary>What a batch did: every file's outcome, in the order they were taken.</summary>
public sealed record IngestionSummary(IReadOnlyList<FileOutcome> Files, TimeSpan Elapsed)
{
    public int Count(FileOutcomeKind kind) => Files.Count(f => f.Outcome == kind);
    public int Ingested => Count(FileOutcomeKind.Ingested);
    public int Unchanged => Count(FileOutcomeKind.Unchanged);
    public int Replaced => Count(FileOutcomeKind.Replaced);
    public int Skipped => Count(FileOutcomeKind.Skipped);

    /// <summary>True when an article was added or replaced, so cross-article work has something new.</summary>
    public bool ChangedAnything => Ingested + Replaced > 0;

    public override string ToString() =>
        $"{Files.Count} file{(Files.Count == 1 ? "" : "s")}: {Ingested} ingested, {Unchanged} unchanged, {Replaced} replaced, {Skipped} skipped in {Elapsed.TotalSeconds:0.0} s";
}
