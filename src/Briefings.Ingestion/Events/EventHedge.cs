using System.Text.RegularExpressions;
using Briefings.Ingestion.Claims;

namespace Briefings.Ingestion.Events;

/// <summary>
/// How sure a sentence is that its happening happened: unverified ("could not independently
/// verify"), claimed ("allegedly", "claimed"), reported ("reportedly", "a reported call") or
/// likely ("likely", "believed to"). The strongest doubt wins.
/// </summary>
public static partial class EventHedge
{
    public static Hedge Of(string sentence)
    {
        if (Unverified().IsMatch(sentence))
            return Hedge.Unverified;
        if (Claimed().IsMatch(sentence))
            return Hedge.Claimed;
        if (Reported().IsMatch(sentence))
            return Hedge.Reported;
        if (Likely().IsMatch(sentence))
            return Hedge.Likely;
        return Hedge.None;
    }

    [GeneratedRegex(@"\b(?:could|can|did|was|were|has|have|had)(?:\s+not|n't|not|\s+never)\s+(?:be\s+|been\s+)?(?:immediately\s+|independently\s+)*(?:verif|confirm|corroborat)\w*|\bunverified\b|\bunconfirmed\b|\bunable\s+to\s+(?:independently\s+)?(?:verify|confirm)", RegexOptions.IgnoreCase)]
    private static partial Regex Unverified();

    [GeneratedRegex(@"\b(?:allegedly|purportedly|supposedly|claimed|claims|claiming|alleged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Claimed();

    [GeneratedRegex(@"\breportedly\b|\bunconfirmed\b|\ba\s+reported\b|\baccording\s+to\s+(?:media\s+|press\s+|local\s+|news\s+)?reports\b|\b(?:was|were|has\s+been|have\s+been)\s+reported\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    [GeneratedRegex(@"\b(?:likely|probably|possibly|apparently|presumably|believed\s+to|thought\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Likely();
}
