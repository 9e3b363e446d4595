using Briefings.Ingestion.Claims;

namespace Briefings.Web.Pages.Timeline;

/// <summary>The words the timeline uses for marks and counts.</summary>
public static class TimelineText
{
    /// <summary>How the text hedges what it reports, as a reader would say it.</summary>
    public static string Hedge(Hedge hedge) => hedge switch
    {
        Briefings.Ingestion.Claims.Hedge.Reported => "reportedly",
        Briefings.Ingestion.Claims.Hedge.Claimed => "claimed",
        Briefings.Ingestion.Claims.Hedge.Unverified => "unverified",
        Briefings.Ingestion.Claims.Hedge.Likely => "likely",
        _ => "",
    };

    /// <summary>"1 outlet", "3 outlets".</summary>
    public static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    /// <summary>The text cut at a word before <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)].TrimEnd() + "…";
    }

    /// <summary>Option labels indented by depth with no-break spaces (a &lt;select&gt; keeps no other markup).</summary>
    public static string Indent(int depth) => new('\u00A0', depth * 4);
}
