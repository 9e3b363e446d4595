using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Briefings.Ingestion.Reading.Html;

/// <summary>
/// What a page's own class and id names say about a block: "article-body", "entry-content"
/// hold the story; "comments", "related", "share-bar", "newsletter" hold something else.
/// The words are the ones content-management systems and themes use the world over.
/// </summary>
internal static partial class ClassHints
{
    private const int Weight = 25;

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|^ad$|^ads$|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|taboola|promo|related|recommend|scroll|share|sharing|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|social|newsletter|subscri|signup|nav|menu|breadcrumb|cookie|consent|byline|author|caption|gallery|toolbar|popup|modal|teaser|trending|most-?read|more-?stories|read-?more|read-?next|paywall", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    /// <summary>Names that mark a block as never the story, however much text it holds (a long comment thread, a list of related stories).</summary>
    [GeneratedRegex(@"comment|disqus|related|recommend|outbrain|taboola|share|sharing|social|newsletter|subscri|signup|sidebar|breadcrumb|cookie|consent|gdpr|promo|sponsor|most-?read|more-?stories|read-?next|trending|widget|popup|modal|paywall|footer|(?:^|[\s_-])(?:nav|menu|tags?|ads?|advert\w*)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverStory();

    /// <summary>Readability's "unlikely candidates": blocks set aside before scoring unless a name says they may hold the story.</summary>
    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|share|cookie", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeCandidate();

    /// <summary>+25 for a name of story text, −25 for a name of page furniture, both or neither 0.</summary>
    public static int WeightOf(IElement element)
    {
        var weight = 0;
        foreach (var name in Names(element))
        {
            if (Negative().IsMatch(name))
                weight -= Weight;
            if (Positive().IsMatch(name))
                weight += Weight;
        }
        return weight;
    }

    /// <summary>A block whose own name says it is comments, related stories, sharing or the like, and no name says it is the story.</summary>
    public static bool IsNeverStory(IElement element)
    {
        var never = false;
        foreach (var name in Names(element))
        {
            foreach (var token in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var furniture = NeverStory().IsMatch(token);
                // "post-content comments-open": one name says story, so the block is not set aside.
                if (!furniture && Positive().IsMatch(token))
                    return false;
                never |= furniture;
            }
        }
        return never;
    }

    public static bool IsUnlikely(IElement element)
    {
        if (element.LocalName is "body" or "a" or "article" or "main" or "html")
            return false;
        var unlikely = false;
        foreach (var name in Names(element))
        {
            if (MaybeCandidate().IsMatch(name))
                return false;
            unlikely |= Unlikely().IsMatch(name);
        }
        return unlikely || element.GetAttribute("role") is "complementary" or "navigation" or "banner" or "contentinfo" or "dialog" or "alertdialog";
    }

    private static IEnumerable<string> Names(IElement element)
    {
        if (element.ClassName is { Length: > 0 } classes)
            yield return classes;
        if (element.Id is { Length: > 0 } id)
            yield return id;
        // itemprop="articleBody": the page can say where its story is in microdata too.
        if (element.GetAttribute("itemprop") is { Length: > 0 } itemprop)
            yield return itemprop;
    }
}
