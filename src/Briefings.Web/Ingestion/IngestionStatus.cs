namespace Briefings.Web.Ingestion;

/// <summary>What the background ingestion is doing, for the status line on the timeline. Thread-safe snapshots.</summary>
public sealed class IngestionStatus
{
    private readonly Lock _lock = new();
    private Snapshot _current = Snapshot.Idle;

    /// <summary>Running with <see cref="Done"/> of <see cref="Total"/> files; <see cref="Last"/> is the previous batch's summary line.</summary>
    public sealed record Snapshot(bool Running, int Done, int Total, string? Last)
    {
        public static readonly Snapshot Idle = new(false, 0, 0, null);
    }

    public Snapshot Current
    {
        get
        {
            lock (_lock)
                return _current;
        }
    }

    public void Started(int total)
    {
        lock (_lock)
            _current = new Snapshot(true, 0, total, _current.Last);
    }

    public void Advanced()
    {
        lock (_lock)
            _current = _current with { Done = _current.Done + 1 };
    }

    public void Finished(string summary)
    {
        lock (_lock)
            _current = new Snapshot(false, _current.Done, _current.Total, summary);
    }
}
