using System.Text.RegularExpressions;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Events;

/// <summary>
/// Reads the article's paragraphs (captions too, without repeating what the body already
/// says) and adds one <see cref="ArticleEvent"/> per sentence that tells of a happening: its
/// kind from the sentence's main trigger, its text with unnamed attribution cut, its date
/// from the dater, the keys of the entities it names, and its hedge. A quotation that only
/// backs up the event before it (same speaker or subject) joins that event's text.
/// </summary>
/// <remarks>
/// A happening told in passing with a date of its own ("since the invasion in February 2022",
/// "a day after record drone attacks") becomes an event of its own. Last, an event without dating words takes
/// the date of the happening it plainly continues (see <see cref="DateCarrier"/>).
/// </remarks>
public sealed partial class EventExtractor : IIngestionStage
{
    private const int MinWords = 5;

    private readonly Func<string, DateOnly?, string?, ResolvedDate?> _dater;
    private readonly Func<string, DateOnly?, string?, IReadOnlyList<BackgroundHappening>> _background;

    /// <param name="dater">
    /// Dates a sentence given the publication date and its paragraph; by default the
    /// publication date stands in, marked as not stated.
    /// </param>
    public EventExtractor(Func<string, DateOnly?, string?, ResolvedDate?>? dater = null)
    {
        _dater = dater ?? PublicationDateOnly;
        _background = static (_, _, _) => [];
    }

    /// <summary>Dates each sentence with <paramref name="dater"/>, and keeps the dated happenings it tells in passing.</summary>
    public EventExtractor(SentenceDater dater)
    {
        ArgumentNullException.ThrowIfNull(dater);
        _dater = dater.DateFor;
        _background = dater.Background;
    }

    public void Run(ArticleContext article)
    {
        var published = article.Published.Date;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lastSentence = (Paragraph: -1, Event: -1);
        var told = new List<DateCarrier.Told>();
        var entities = new SentenceEntities(article.Entities);
        foreach (var paragraph in article.Paragraphs)
        {
            var spans = SentenceSplitter.Split(paragraph.Text, keepQuotationsWhole: true);
            foreach (var span in spans)
            {
                var sentence = span.Of(paragraph.Text);
                var previous = lastSentence;
                lastSentence = (paragraph.Index, -1);
                var trimmed = AttributionTrimmer.Trim(sentence);
                if (WordCount().Count(trimmed) < MinWords || !seen.Add(Normalise(trimmed)))
                    continue;

                if (StartsWithQuote(sentence) && previous.Event >= 0
                    && previous.Paragraph >= paragraph.Index - 1
                    && SharesAttribution(sentence, article.Events[previous.Event].Text))
                {
                    article.Events[previous.Event] = Joined(article.Events[previous.Event], trimmed, paragraph.Text, published);
                    lastSentence = (paragraph.Index, previous.Event);
                    continue;
                }

                AddBackground(article, entities, told, paragraph, span.Start + (sentence.Length - sentence.TrimStart().Length), trimmed, published, seen);

                var triggers = TriggerLexicon.FindAll(sentence);
                var main = TriggerLexicon.Main(triggers);
                if (main is null || HappeningFilter.IsBackground(sentence, main))
                    continue;
                // A quotation with only a reporting verb is someone's words, which the claims keep.
                if (main.Kind == EventKinds.Statement && StartsWithQuote(sentence))
                    continue;

                var (actors, places) = entities.Within(paragraph.Index, span.Start, span.End);
                if (main.Kind == EventKinds.Statement && article.Entities.Count > 0 && actors.Count == 0)
                    continue;

                article.Events.Add(new ArticleEvent(main.Kind, trimmed, _dater(trimmed, published, paragraph.Text), paragraph.Index)
                {
                    Actors = actors,
                    Places = places,
                    Hedge = HedgeDetector.Detect(sentence),
                });
                lastSentence = (paragraph.Index, article.Events.Count - 1);
                told.Add(new DateCarrier.Told(article.Events.Count - 1, sentence, paragraph.Index, false));
            }
        }
        DateCarrier.Carry(article, told, published, _dater);
    }

    /// <summary>
    /// The happenings a sentence tells in passing, each with its own date, as events of their own:
    /// a timeline should show the invasion in February 2022 even when only a "since ..." recalls it.
    /// </summary>
    private void AddBackground(ArticleContext article, SentenceEntities entities, List<DateCarrier.Told> told, Paragraph paragraph, int offset, string sentence,
        DateOnly? published, HashSet<string> seen)
    {
        foreach (var happening in _background(sentence, published, paragraph.Text))
        {
            var trigger = TriggerLexicon.Main(happening.Text);
            if (trigger is null || trigger.Kind == EventKinds.Statement || WordCount().Count(happening.Text) < 2
                || !seen.Add(Normalise(happening.Text)))
                continue;
            var start = offset + happening.Clause.Start;
            var (actors, places) = entities.Within(paragraph.Index, start, start + happening.Clause.Length);
            article.Events.Add(new ArticleEvent(trigger.Kind, happening.Text, happening.Date, paragraph.Index)
            {
                Actors = actors,
                Places = places,
                Hedge = HedgeDetector.Detect(happening.Text),
            });
            told.Add(new DateCarrier.Told(article.Events.Count - 1, happening.Text, paragraph.Index, true));
        }
    }

    private static ResolvedDate? PublicationDateOnly(string sentence, DateOnly? published, string? paragraph) =>
        published is { } date ? new ResolvedDate(date, DatePrecision.Day, false, "publication date") : null;

    private ArticleEvent Joined(ArticleEvent first, string quotation, string paragraph, DateOnly? published)
    {
        var date = first.Date;
        if (date is null || !date.Stated)
        {
            var own = _dater(quotation, published, paragraph);
            if (own is { Stated: true })
                date = own;
        }
        return first with { Text = first.Text + " " + quotation, Date = date };
    }

    private static bool StartsWithQuote(string sentence) => sentence.Length > 0 && sentence[0] is '“' or '"' or '‘';

    /// <summary>
    /// The attribution after a quotation ("…,” the region's governor said) names a word of the
    /// event before it: the quotation backs that event up rather than telling a new one.
    /// </summary>
    private static bool SharesAttribution(string sentence, string previousText)
    {
        var close = Math.Max(sentence.LastIndexOf('”'), sentence.LastIndexOf('"'));
        if (close <= 0)
            return false;
        var attribution = ContentWords(sentence[(close + 1)..]);
        if (attribution.Count == 0)
            return false;
        var before = ContentWords(previousText);
        return attribution.Overlaps(before);
    }

    private static HashSet<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => w.Length >= 4 && !AttributionWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> AttributionWords = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "adds", "stated", "wrote", "according", "their", "there", "this", "that",
        "with", "from", "they", "were", "have", "been", "when", "which", "also", "after", "before", "during", "later",
        "earlier", "statement", "post", "posted", "telegram", "messaging", "platform", "social", "media",
    };

    private static string Normalise(string text) => Word().Replace(text.ToLowerInvariant(), m => m.Value).Trim(' ', '.', '"', '“', '”');

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordCount();
}
