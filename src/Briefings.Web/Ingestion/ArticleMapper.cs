using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;
using Model = Briefings.Ingestion;

namespace Briefings.Web.Ingestion;

/// <summary>Turns the pipeline's records into rows: an article with everything derived from it (the cross-article results: <see cref="CrossArticleStore"/>).</summary>
internal static class ArticleMapper
{
    public static async Task<Article> ToStoredAsync(BriefingsDb db, Model.ArticleContext context, string sourcePath, DateTime ingestedAt, CancellationToken cancellationToken)
    {
        var source = context.Source;
        var article = new Article
        {
            FileName = source.FileName,
            SourcePath = sourcePath,
            ContentHash = source.ContentHash,
            Format = source.Format,
            Title = context.Title,
            Published = context.Published.Date,
            PublishedStated = context.Published.Stated,
            PublishedEvidence = context.Published.Evidence,
            Publisher = context.Publisher,
            Url = context.Url,
            Wire = [.. context.Wire],
            ChromeLines = [.. context.ChromeLines],
            Diagnostics = [.. context.Diagnostics.Select(d => $"{d.Stage}: {d.Message}")],
            RawText = source.RawText,
            IngestedAt = ingestedAt,
        };

        var sections = context.Sections.Select((s, i) => new Section
        {
            Article = article,
            Index = i,
            Heading = s.Heading,
            Perspective = s.Perspective,
            FirstParagraph = s.FirstParagraph,
        }).ToList();
        article.Sections = sections;
        article.Paragraphs = [.. context.Paragraphs.Select(p => new Paragraph
        {
            Article = article, Index = p.Index, Text = p.Text, Kind = p.Kind,
            Section = p.Section is int s && s >= 0 && s < sections.Count ? sections[s] : null,
        })];

        var entities = await EntitiesBySlugAsync(db, context, cancellationToken).ConfigureAwait(false);
        var appearances = new Dictionary<string, Appearance>(StringComparer.Ordinal);
        foreach (var found in context.Entities)
        {
            var entity = entities[found.Key];
            if (!appearances.TryGetValue(found.Key, out var appearance))
            {
                appearance = new Appearance { Article = article, Entity = entity, Index = appearances.Count };
                appearances.Add(found.Key, appearance);
            }
            foreach (var form in found.Forms.Where(f => !appearance.Forms.Contains(f)))
                appearance.Forms.Add(form);
            foreach (var m in found.Mentions)
            {
                article.Mentions.Add(new Mention
                {
                    Article = article,
                    Entity = entity,
                    ParagraphIndex = m.Paragraph,
                    Start = m.Start,
                    Length = m.Length,
                    Surface = m.Surface,
                });
            }
        }
        article.Appearances = [.. appearances.Values];

        article.Claims = [.. context.Claims.Select((c, i) => new Claim
        {
            Article = article, Index = i, Speaker = c.Speaker, SpeakerSlug = c.SpeakerKey, Verb = c.Verb, Stance = c.Stance,
            Text = c.Text, ParagraphIndex = c.Paragraph, Quote = c.Quote, Outlet = c.Outlet, Hedge = c.Hedge,
            SaidDate = c.Said?.Date, SaidPrecision = c.Said?.Precision, SaidStated = c.Said?.Stated, SaidEvidence = c.Said?.Evidence,
            AboutDate = c.About?.Date, AboutPrecision = c.About?.Precision, AboutStated = c.About?.Stated, AboutEvidence = c.About?.Evidence,
        })];

        article.Events = [.. context.Events.Select((e, i) => new Event
        {
            Article = article, Index = i, Kind = e.Kind, Text = e.Text, ParagraphIndex = e.Paragraph, Hedge = e.Hedge,
            Date = e.Date?.Date, DatePrecision = e.Date?.Precision, DateStated = e.Date?.Stated ?? false, DateEvidence = e.Date?.Evidence,
            Participants =
            [
                .. e.Actors.Select((slug, j) => Participant(ParticipantRole.Actor, j, slug, entities)),
                .. e.Places.Select((slug, j) => Participant(ParticipantRole.Place, j, slug, entities)),
            ],
        })];
        article.Dates = [.. context.Dates.Select((d, i) => new MentionedDate
        {
            Article = article, Index = i, Text = d.Text, Value = d.Value, Type = d.Type,
            ParagraphIndex = d.Paragraph, Start = d.Start, End = d.End,
        })];
        return article;
    }

    private static EventParticipant Participant(ParticipantRole role, int index, string slug, Dictionary<string, Entity> entities) =>
        new() { Role = role, Index = index, EntitySlug = slug, Entity = entities.GetValueOrDefault(slug) };

    /// <summary>
    /// The entities this article names or links to, tracked: stored ones loaded (and their blanks
    /// filled from this article), new ones added. Slugs only events or claims use are linked when stored.
    /// </summary>
    private static async Task<Dictionary<string, Entity>> EntitiesBySlugAsync(BriefingsDb db, Model.ArticleContext context, CancellationToken cancellationToken)
    {
        var slugs = context.Entities.Select(e => e.Key)
            .Concat(context.Events.SelectMany(e => e.Actors.Concat(e.Places)))
            .Distinct(StringComparer.Ordinal).ToList();
        var entities = await db.Entities.Where(e => slugs.Contains(e.Slug))
            .ToDictionaryAsync(e => e.Slug, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var found in context.Entities)
        {
            if (entities.TryGetValue(found.Key, out var entity))
            {
                entity.Country ??= found.Country;
                entity.Region ??= found.Region;
                entity.Latitude ??= found.Latitude;
                entity.Longitude ??= found.Longitude;
                entity.Role ??= found.Role;
                entity.AffiliationSlug ??= found.Affiliation;
                continue;
            }
            entity = new Entity
            {
                Slug = found.Key,
                Name = found.Name,
                Type = found.Type,
                Country = found.Country,
                Region = found.Region,
                Latitude = found.Latitude,
                Longitude = found.Longitude,
                Role = found.Role,
                AffiliationSlug = found.Affiliation,
            };
            db.Entities.Add(entity);
            entities.Add(found.Key, entity);
        }
        return entities;
    }
}
