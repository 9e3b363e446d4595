namespace Briefings.Ingestion;

/// <summary>How an all-numeric date such as 11/12/2024 is read when the text does not settle it.</summary>
public enum NumericDateOrder
{
    MonthFirst,
    DayFirst,
}

/// <summary>Settings of the pipeline, bound from the "Ingestion" configuration section by the web host.</summary>
public sealed class IngestionOptions
{
    /// <summary>Files larger than this are skipped with a reason (5 MB by default).</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    public NumericDateOrder DefaultNumericDateOrder { get; set; } = NumericDateOrder.MonthFirst;

    /// <summary>A file of extra actors and aliases a user keeps without recompiling (tab-separated, see README).</summary>
    public string? ExtraActorsFile { get; set; }
}
