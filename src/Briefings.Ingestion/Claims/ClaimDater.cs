using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Claims;

/// <summary>
/// Gives each claim its two dates, as ISW keeps them: when it was said and when what it is
/// about happened, from the claim's sentence and the article's publication date.
/// </summary>
public sealed class ClaimDater(IngestionOptions options) : IIngestionStage
{
    private readonly SentenceDater _dater = new(new DateResolver(options.DefaultNumericDateOrder));

    public void Run(ArticleContext article)
    {
        // A date no newsroom prints (a placeholder that got this far) dates nothing: relative
        // dates counted from 0001-01-01 or 9999-12-31 would leave the calendar.
        var published = article.Published.Date is { } date && Parsing.PublicationDateReader.Plausible(date, web: false) ? date : (DateOnly?)null;
        for (var i = 0; i < article.Claims.Count; i++)
        {
            var claim = article.Claims[i];
            var paragraph = claim.Paragraph < article.Paragraphs.Count ? article.Paragraphs[claim.Paragraph].Text : null;
            var dates = _dater.SaidAndHappened(claim.Text, published, paragraph);
            article.Claims[i] = claim with { Said = dates.Said, About = dates.Happened };
        }
    }
}
