using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Tells a masthead line from a headline: an outlet's name as the table knows it ("Clarion
/// Media", "the clarion"), or a name with its edition ("The Clarion - EU", "Clarion | Europe").
/// Shared by <see cref="HeaderReader"/>, which never takes one for a title, and
/// <see cref="ProvenanceReader"/>, which names the publisher by it.
/// </summary>
public static partial class Masthead
{
    // An edition or section set after the name: a region, a country code, "International Edition".
    [GeneratedRegex(@"^(?<name>(?:The\s+)?\p{Lu}[\p{L}\d&'’.]*(?:\s+\p{Lu}[\p{L}\d&'’.]*){0,3})\s+[-–—|·•]\s+(?<edition>\p{Lu}{2,3}|(?:[\p{Lu}][\p{L}]+\s+)?(?:Edition|edition)|Europe|European|Asia|Africa|Americas|America|International|Global|World|Middle East|Pacific|Asia[- ]Pacific|English)$")]
    private static partial Regex NameAndEdition();

    /// <summary>The outlet a short line names, known to the table or with an edition after it; null for any other line.</summary>
    public static string? Name(string line, OutletTable outlets)
    {
        var text = line.Trim();
        if (text.Length is < 2 or > 60 || TextShape.WordCount(text) > 6)
            return null;
        if (outlets.Match(text) is { } known)
            return known.Name;
        if (NameAndEdition().Match(text) is not { Success: true } m)
            return null;
        var name = m.Groups["name"].Value;
        if (outlets.Match(name) is { } named)
            return named.Name;
        // "Vorinsk - Europe" may be a topic line; "The Clarion - EU" or "Clarion Daily - Europe" is a name.
        return name.StartsWith("The ", StringComparison.Ordinal) || TextShape.WordCount(name) >= 2 ? name : null;
    }
}
