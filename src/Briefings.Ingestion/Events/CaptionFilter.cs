namespace Briefings.Ingestion.Events;

/// <summary>
/// Photo captions give events only when the body does not tell the same happening: a caption's
/// event is dropped when a body event of the same family names one of its places (or the region it
/// lies in) on a date that fits. What stays is marked <see cref="ArticleEvent.FromCaption"/>.
/// </summary>
public static class CaptionFilter
{
    public static void DropToldByBody(ArticleContext article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Events.Where(e => !e.FromCaption).ToList();
        article.Events.RemoveAll(caption => caption.FromCaption && !caption.Background && body.Any(e => SameHappening(article, caption, e)));
    }

    private static bool SameHappening(ArticleContext article, ArticleEvent caption, ArticleEvent body)
    {
        if (!HappeningFamily.Same(caption.Kind, body.Kind) || !HappeningJoiner.DatesAgree(body.Date, caption.Date))
            return false;
        var own = HappeningJoiner.Locales(caption.Places, article.Entities);
        var told = HappeningJoiner.Locales(body.Places, article.Entities);
        // A country is too wide to say two pictures show one happening; a town or region is not.
        return caption.Places.Count > 0 && caption.Places.Any(told.Contains) || own.Overlaps(body.Places);
    }
}
