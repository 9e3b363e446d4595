using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Stories;

/// <summary>
/// Finds quantities of people and arms in a sentence: "10,000 North Korean troops", "more
/// than 10,000 North Koreans", "tens of thousands of troops", "a combined force of 50,000
/// troops", and, with no noun of their own, "as many as 8,000 in the Kursk region" (which count
/// what the sentence or the text before it counted). A missing modifier is taken from the
/// sender ("North Korea has sent some 10,000 troops").
/// </summary>
public static partial class QuantityFinder
{
    private const string Qualifier =
        @"(?<qual>(?i:more\s+than|at\s+least|as\s+many\s+as|up\s+to|some|about|around|nearly|almost|over|roughly|approximately|an\s+estimated|fewer\s+than|less\s+than)\s+)?";

    private const string Number =
        @"(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:million|thousand))?|tens\s+of\s+thousands|hundreds\s+of\s+thousands|thousands|hundreds|dozens|several\s+(?:thousand|hundred))\b";

    private const string Heads =
        "troops|soldiers|forces|force|servicemen|personnel|fighters|mercenaries|recruits|conscripts|civilians|prisoners|refugees|drones|missiles|tanks";

    private static readonly HashSet<string> Personnel = new(StringComparer.OrdinalIgnoreCase)
    {
        "troops", "soldiers", "forces", "force", "servicemen", "personnel", "fighters", "recruits", "conscripts",
    };

    /// <summary>Quantities in the sentence; <paramref name="before"/> is the text before it, for a quantity with no noun.</summary>
    public static IReadOnlyList<(string Value, string Head, string? Modifier, string? Location)> Find(string sentence, string before)
    {
        var found = new List<(string, string, string?, string?)>();
        (string Head, string? Modifier)? last = null;
        foreach (Match m in Quantity().Matches(sentence))
        {
            var num = m.Groups["num"].Value;
            if (IsYear(num))
                continue;
            var value = (m.Groups["qual"].Value + num).Trim();
            string head;
            string? modifier;
            int after;
            if (m.Groups["head"].Success)
            {
                (head, modifier) = Counted(m.Groups["mod"].Value, m.Groups["head"].Value);
                modifier ??= Sender(sentence[..m.Index]);
                after = m.Index + m.Length;
                last = (head, modifier);
            }
            else if (m.Groups["bare"].Success)
            {
                var topic = last ?? Topic(sentence[..m.Index]) ?? Topic(before);
                if (topic is null)
                    continue;
                (head, modifier) = topic.Value;
                after = m.Groups["num"].Index + num.Length;
            }
            else
            {
                continue;
            }
            found.Add((value, head, modifier, Location(sentence[after..])));
        }
        return found;
    }

    private static bool IsYear(string num) => num.Length == 4 && int.TryParse(num, out var n) && n is >= 1900 and <= 2100;

    /// <summary>"North Koreans" counts North Korean people; personnel nouns all count troops.</summary>
    private static (string Head, string? Modifier) Counted(string modifier, string head)
    {
        modifier = modifier.Trim();
        if (char.IsUpper(head[0]))
            return ("troops", (modifier + " " + head[..^1]).Trim());
        var normal = Personnel.Contains(head) ? "troops" : head.ToLowerInvariant();
        return (normal, modifier.Length == 0 ? null : modifier);
    }

    /// <summary>The last "Modifier troops" before a bare number, to say what it counts.</summary>
    private static (string Head, string? Modifier)? Topic(string text)
    {
        var matches = TopicPhrase().Matches(text);
        if (matches.Count == 0)
            return null;
        var m = matches[^1];
        return Counted(m.Groups["mod"].Value, m.Groups["head"].Value);
    }

    private static string? Sender(string text)
    {
        var m = SenderPhrase().Match(text);
        return m.Success ? m.Groups["who"].Value : null;
    }

    private static string? Location(string text)
    {
        var m = LocationPhrase().Match(text);
        if (!m.Success)
            return null;
        var place = m.Groups["loc"].Value;
        return m.Groups["region"].Success ? "the " + place + " " + m.Groups["region"].Value.ToLowerInvariant() : place;
    }

    [GeneratedRegex(@"(?<![\w,.])" + Qualifier + Number
        + @"(?:(?:[- ]strong)?\s+(?:of\s+)?(?<mod>(?:(?:[A-Z][\w'’-]+|and|combined|additional|strong)\s+){0,4})(?<head>" + Heads
        + @"|[A-Z][a-z]+ans)\b|(?<bare>(?=\s+(?:\w+\s+)?(?:in|to|into)\s)))")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(?<mod>(?:[A-Z][\w'’-]+\s+){1,3})(?<head>" + Heads + @"|[A-Z][a-z]+ans)\b")]
    private static partial Regex TopicPhrase();

    [GeneratedRegex(@"(?<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:has\s+|had\s+|have\s+|having\s+)?(?:sent|deployed|dispatched|sending|deploying|sends|deploys)\b")]
    private static partial Regex SenderPhrase();

    [GeneratedRegex(@"^(?:\s+[\w’'-]+){0,6}?\s+(?:in|to|into|inside)\s+(?:the\s+)?(?:(?:western|eastern|southern|northern|[A-Z]\w+['’]s)\s+)*(?<loc>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:\s+(?<region>[Rr]egion|[Oo]blast|[Pp]rovince))?")]
    private static partial Regex LocationPhrase();
}
