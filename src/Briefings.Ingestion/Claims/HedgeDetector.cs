using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Claims;

/// <summary>
/// Reads how sure a sentence is of what it reports: unverified ("could not independently
/// verify", "unconfirmed"), claimed ("allegedly", "claimed"), reported ("reportedly",
/// "according to reports", "a reported call") or likely ("likely", "probably"). The strongest
/// doubt wins. Claims and events read their hedges the same way.
/// </summary>
public static partial class HedgeDetector
{
    public static Hedge Detect(string sentence)
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

    [GeneratedRegex(@"\b(?:could|can|did|was|were|has|have|had)(?:\s+not|n't|not|\s+never)\s+(?:be\s+|been\s+)?(?:immediately\s+|independently\s+)*(?:verif|confirm|corroborat)\w*|\bnot\s+(?:been\s+)?independently\s+(?:verified|confirmed)|\bunverified\b|\bunconfirmed\b|\bunable\s+to\s+(?:independently\s+)?(?:verify|confirm)", RegexOptions.IgnoreCase)]
    private static partial Regex Unverified();

    [GeneratedRegex(@"\b(?:allegedly|purportedly|supposedly|claimed|claims|claiming|alleged|alleges)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Claimed();

    [GeneratedRegex(@"\breportedly\b|\ba\s+reported\b|\baccording\s+to\s+(?:media\s+|press\s+|local\s+|news\s+)?reports\b|\b(?:was|were|has\s+been|have\s+been)\s+reported\b|\bit\s+is\s+reported\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    [GeneratedRegex(@"\b(?:likely|probably|possibly|apparently|presumably|appears?\s+to|believed\s+to|thought\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Likely();
}
