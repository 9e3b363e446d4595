using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Stories;

/// <summary>One stored article as the figure finder reads it: its paragraphs, claims and entities.</summary>
public sealed record FigureSource(string File, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Claim> Claims, IReadOnlyList<ArticleEntity> Entities)
{
    public static FigureSource From(ArticleContext article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.Source.FileName, article.Paragraphs, article.Claims, article.Entities);
    }
}

/// <summary>
/// Finds quantities that sources give differently for the same thing: every quantity mention
/// (value, what it counts, where, who gave it) across the articles, grouped by what it counts
/// (modifier, noun, place, compared loosely so "North Korea" and "North Korean", "Kursk" and
/// "the Kursk region" meet); a group whose values differ is a <see cref="Figure"/>.
/// </summary>
public static class FigureFinder
{
    /// <summary>How many paragraphs back a bare number ("11,000 in the Kursk region") looks for what it counts.</summary>
    private const int TopicParagraphs = 2;

    public static IReadOnlyList<Figure> Find(IReadOnlyList<FigureSource> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Group(articles.SelectMany(Mentions));
    }

    /// <summary>
    /// Groups mentions gathered article by article (so a caller can stream articles and keep only
    /// their mentions) into figures.
    /// </summary>
    public static IReadOnlyList<Figure> Group(IEnumerable<QuantityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var figures = new List<Figure>();
        foreach (var group in mentions.GroupBy(m => Key(m), StringComparer.Ordinal))
        {
            var values = group
                .DistinctBy(m => (m.File, m.Value.ToLowerInvariant(), m.By))
                .ToList();
            if (values.Select(v => v.Value.ToLowerInvariant()).Distinct().Count() < 2)
                continue;
            // A dispute is between outlets about one thing. Different numbers inside one article
            // are mostly different counts (34 drones over Moscow, 70 in all); a bare noun
            // ("troops") is too vague to say the numbers count the same thing.
            if (values.Select(v => v.File).Distinct().Count() < 2
                || group.All(m => string.IsNullOrWhiteSpace(m.Modifier) && string.IsNullOrWhiteSpace(m.Location)))
                continue;
            var what = group.OrderByDescending(m => m.Modifier?.Length ?? 0).ThenByDescending(m => m.Location?.Length ?? 0).First().What;
            figures.Add(new Figure(what, values.Select(v => new FigureValue(v.File, v.Paragraph, v.Value, v.By)).ToList()));
        }
        return figures;
    }

    public static IEnumerable<QuantityMention> Mentions(FigureSource article)
    {
        ArgumentNullException.ThrowIfNull(article);
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            var before = string.Join(' ', article.Paragraphs.Skip(Math.Max(0, p - TopicParagraphs)).Take(Math.Min(p, TopicParagraphs)).Select(x => x.Text));
            foreach (var span in SentenceSplitter.Split(paragraph.Text, keepQuotationsWhole: true))
            {
                var sentence = span.Of(paragraph.Text);
                var found = QuantityFinder.Find(sentence, before + " " + paragraph.Text[..span.Start]);
                if (found.Count == 0)
                    continue;
                var by = Speaker(article, paragraph.Index, sentence);
                foreach (var (value, head, modifier, location) in found)
                    yield return new QuantityMention(article.File, paragraph.Index, value, head, modifier, location, by);
            }
        }
    }

    /// <summary>The speaker of a claim made in this sentence, else null: a figure nobody gave is the outlet's own.</summary>
    private static string? Speaker(FigureSource article, int paragraph, string sentence)
    {
        var claim = article.Claims.FirstOrDefault(c => c.Paragraph == paragraph
            && (sentence.Contains(c.Text, StringComparison.Ordinal) || c.Text.Contains(sentence, StringComparison.Ordinal)));
        if (claim is not null)
            return claim.Speaker;
        return null;
    }

    /// <summary>What a mention counts, loosely: demonym and country meet ("north korea"), region words and "the" drop out.</summary>
    public static string Key(QuantityMention m) =>
        Loose(m.Modifier) + "|" + m.Head + "|" + Loose(m.Location);

    private static string Loose(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var words = text.ToLowerInvariant().Replace('’', '\'')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "region" or "oblast" or "province" or "and"))
            .Select(w => w.Length > 5 ? w[..5] : w);
        return string.Join(' ', words);
    }
}
