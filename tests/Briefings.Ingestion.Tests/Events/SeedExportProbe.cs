using System.Text.Json;
using Briefings.Ingestion.Reading;
using Briefings.Ingestion.Stories;
using Briefings.Ingestion.Tests.Parsing;

namespace Briefings.Ingestion.Tests.Events;

/// <summary>
/// Runs the pipeline with event extraction and the cross-article steps over seeds/ and, when
/// BRIEFINGS_EVENTS_EXPORT names a file, writes the export's events, stories and figures there
/// so that tools/score_extraction.py can measure them before the web host is merged.
/// </summary>
public sealed class SeedExportProbe
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void EverySeedYieldsEventsAndEveryEventOneStory()
    {
        var seeds = Repo.Seeds;
        var pipeline = IngestionPipeline.CreateDefault();
        var reader = new DocumentReader(new IngestionOptions());
        var articles = Directory.GetFiles(seeds).Order(StringComparer.Ordinal)
            .Select(f => reader.Read(Path.GetFileName(f), File.ReadAllBytes(f)).Document)
            .OfType<SourceDocument>()
            .Select(pipeline.Run)
            .ToList();
        var storyEvents = articles.SelectMany(a => a.Events.Select((e, i) => new StoryEvent(a.Source.FileName, i, e)
        {
            Publisher = a.Publisher,
            Wire = a.Wire,
        })).ToList();
        var stories = new StoryBuilder().Build(storyEvents);

        Assert.All(articles, a => Assert.NotEmpty(a.Events));
        Assert.Equal(storyEvents.Count, stories.Sum(s => s.Members.Count));

        var output = Environment.GetEnvironmentVariable("BRIEFINGS_EVENTS_EXPORT");
        if (string.IsNullOrEmpty(output))
            return;
        var figures = FigureFinder.Find(articles.Select(FigureSource.From).ToList());
        var contradictions = ContradictionFinder.Find(storyEvents,
            articles.SelectMany(a => a.Claims.Select((c, i) => new StoryClaim(a.Source.FileName, i, c))).ToList());
        var export = new
        {
            contradictions,
            articles = articles.Select(a => new
            {
                file = a.Source.FileName,
                published = a.Published.Date?.ToString("yyyy-MM-dd"),
                paragraphs = a.Paragraphs.Select(p => p.Text),
                claims = a.Claims.Select(c => new { speaker = c.Speaker, verb = c.Verb, stance = c.Stance.ToString().ToLowerInvariant(), text = c.Text, paragraph = c.Paragraph }),
                events = a.Events.Select(e => new
                {
                    kind = e.Kind,
                    date = e.Date?.Date.ToString("yyyy-MM-dd"),
                    dateStated = e.Date?.Stated ?? false,
                    dateEvidence = e.Date?.Evidence,
                    precision = e.Date?.Precision.ToString(),
                    text = e.Text,
                    actors = e.Actors,
                    places = e.Places,
                    paragraph = e.Paragraph,
                    hedge = e.Hedge.ToString(),
                }),
            }),
            stories = stories.Select(s => new
            {
                title = s.Title,
                date = s.Date?.Date.ToString("yyyy-MM-dd"),
                files = s.Files,
                text = s.Members.Select(m => storyEvents.First(x => x.Ref == m).Event.Text),
                why = s.Why,
                independentSources = s.IndependentSources,
                disputed = s.Disputed,
            }),
            figures = figures.Select(f => new
            {
                what = f.What,
                values = f.Values.Select(v => new { file = v.File, value = v.Value, by = v.By, paragraph = v.Paragraph }),
            }),
        };
        File.WriteAllText(output, JsonSerializer.Serialize(export, Indented));
    }
}
