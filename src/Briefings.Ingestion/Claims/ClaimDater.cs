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
        var published = article.Published.Date;
        for (var i = 0; i < article.Claims.Count; i++)
        {
            var claim = article.Claims[i];
            var paragraph = claim.Paragraph < article.Paragraphs.Count ? article.Paragraphs[claim.Paragraph].Text : null;
            var dates = _dater.SaidAndHappened(claim.Text, published, paragraph);
            article.Claims[i] = claim with { Said = dates.Said, About = dates.Happened };
        }
    }
}
