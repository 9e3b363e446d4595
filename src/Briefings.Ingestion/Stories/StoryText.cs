using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Stories;

/// <summary>
/// Turns an event's text into the words that say what happened: lower case, stop words and
/// reporting verbs out, crude suffixes off ("ratified" and "ratify" both become "ratif") so
/// that two outlets' wordings of one happening share their words.
/// </summary>
public static partial class StoryText
{
    private static readonly FrozenSet<string> StopWords = (
        "a an the and or but if of to in on at by for with from as into onto over under about after before during "
        + "since until than then that this these those there here it its it's he she they them their his her him we "
        + "us our you your i me my is are was were be been being has have had do does did will would could should "
        + "may might can shall not no nor so also just only very more most less least some any all both each other "
        + "such own same which who whom whose what when where why how while amid among against between through "
        + "said says say told tell tells added according reported reports reporting stated statement "
        + "mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday week weeks day days today "
        + "yesterday last earlier later one two three four five six seven eight nine ten first second third "
        + "january february march april may june july august september october november december year years "
        + "new latest now still already up down out off again further"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Irregular past forms of the verbs news uses most, so "met" meets "meeting".</summary>
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["met"] = "meet",
        ["sent"] = "send",
        ["held"] = "hold",
        ["took"] = "take",
        ["taken"] = "take",
        ["struck"] = "strike",
        ["fought"] = "fight",
        ["shot"] = "shoot",
        ["won"] = "win",
        ["spoke"] = "speak",
        ["spoken"] = "speak",
        ["flew"] = "fly",
        ["broke"] = "break",
        ["led"] = "lead",
        ["made"] = "make",
        ["began"] = "begin",
        ["begun"] = "begin",
        ["gave"] = "give",
        ["given"] = "give",
        ["left"] = "leave",
        ["hit"] = "hit",
        ["killed"] = "kill",
        ["troops"] = "troop",
        ["soldiers"] = "troop",
        ["soldier"] = "troop",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (Match m in Word().Matches(text.ToLowerInvariant().Replace('’', '\'')))
        {
            var word = m.Value.EndsWith("'s", StringComparison.Ordinal) ? m.Value[..^2] : m.Value.Trim('\'');
            if (word.Length < 2 || StopWords.Contains(word))
                continue;
            tokens.Add(Stem(Irregular.GetValueOrDefault(word, word)));
        }
        return tokens;
    }

    /// <summary>A light suffix stripper: enough to meet "strikes"/"struck" no, but "damaged"/"damage" and "ratified"/"ratify" yes.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 4 || char.IsDigit(word[0]))
            return word;
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        }
        return word;
    }

    private static readonly string[] Suffixes = ["ications", "ication", "ations", "ation", "ies", "ied", "ing", "ed", "es", "y", "e", "s"];

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}',.-]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex Word();
}
