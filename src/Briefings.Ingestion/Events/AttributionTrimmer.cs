using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Events;

/// <summary>
/// Cuts an unnamed attribution tail from an event's sentence (", officials said.", ", he
/// added."), and a photo credit from a caption ("Picture: AFP"). A tail that names someone is
/// kept: who said it is part of what a reader needs.
/// </summary>
public static partial class AttributionTrimmer
{
    public static string Trim(string sentence)
    {
        var text = Credit().Replace(sentence, "").TrimEnd();
        var tail = Tail().Match(text);
        if (tail.Success && tail.Index > 30)
            text = text[..tail.Index] + ".";
        return text.Trim();
    }

    /// <summary>A caption's trailing credit: "Picture: AFP", "Photo: Tatyana Makeyeva/AFP", "(Reuters)".</summary>
    [GeneratedRegex(@"\s*(?:\b(?:Picture|Photo|Photograph|Image|Credit)s?\s*:\s*[^.]*|\((?:Photo|Picture)[^)]*\))\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    /// <summary>", officials said." / ", the ministry added." / ", he said." in lower case only, so that no name is cut.</summary>
    [GeneratedRegex(@",\s*(?:[a-z]+\s+){0,3}(?:said|says|added|adds|reported|reports|stated)(?:\s+on\s+[a-z]+)?\s*\.?\s*$")]
    private static partial Regex Tail();
}
