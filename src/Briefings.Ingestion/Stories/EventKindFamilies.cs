using Briefings.Ingestion.Events;

namespace Briefings.Ingestion.Stories;

/// <summary>
/// Whether two event kinds can tell one happening: the same kind agrees (+1), kinds of one
/// family (a strike and its casualties; a vote and a ratification; a visit and a meeting) or a
/// statement about anything are neutral (0), unrelated kinds disagree (-1).
/// </summary>
public static class EventKindFamilies
{
    private static readonly string[][] Families =
    [
        [EventKinds.Attack, EventKinds.Casualties, EventKinds.Interception, EventKinds.Fighting, EventKinds.Advance, EventKinds.Deployment],
        [EventKinds.Signing, EventKinds.Ratification, EventKinds.Vote],
        [EventKinds.Meeting, EventKinds.Visit, EventKinds.Call],
        [EventKinds.Election, EventKinds.Vote, EventKinds.Resignation],
        [EventKinds.Aid, EventKinds.Visit, EventKinds.Sanctions, EventKinds.Deployment],
        [EventKinds.Test, EventKinds.Exercise],
    ];

    public static int Agreement(string a, string b)
    {
        if (a == b)
            return 1;
        if (a is EventKinds.Statement or EventKinds.Denial || b is EventKinds.Statement or EventKinds.Denial)
            return 0;
        return Families.Any(f => f.Contains(a) && f.Contains(b)) ? 0 : -1;
    }
}
