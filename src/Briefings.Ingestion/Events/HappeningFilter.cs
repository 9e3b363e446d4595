using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Events;

/// <summary>
/// Sets aside sentences that mention an event word without telling of a happening: habits
/// ("is regularly targeted"), generalities ("attacks on Moscow are much less frequent"),
/// conditionals ("if Ukraine crumbles") and questions.
/// </summary>
public static partial class HappeningFilter
{
    public static bool IsBackground(string sentence, Trigger trigger)
    {
        if (sentence.TrimEnd().EndsWith('?'))
            return true;
        // A habit before the trigger governs it ("is regularly targeted"); after it, it is an aside.
        var habit = Habitual().Match(sentence);
        if (habit.Success && habit.Index < trigger.Start)
            return true;
        // A conditional before the trigger governs it: "If they attack, ..."
        var conditional = Conditional().Match(sentence);
        return conditional.Success && conditional.Index < trigger.Start && trigger.Kind != EventKinds.Statement;
    }

    [GeneratedRegex(@"\b(?:regularly|routinely|usually|typically|frequently|often|less\s+frequent|more\s+frequent|every\s+(?:day|night|week))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Habitual();

    [GeneratedRegex(@"^(?:if|unless|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();
}
