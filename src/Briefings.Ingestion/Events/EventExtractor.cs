using System.Text.RegularExpressions;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
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
        ArgumentNullException.ThrowIfNull(article);
        var published = article.Published.Date;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lastSentence = (Paragraph: -1, Event: -1);
        var told = new List<DateCarrier.Told>();
        var happenings = new List<HappeningJoiner.Told>();
        var byEvent = new Dictionary<int, HappeningJoiner.Told>();
        var entities = new SentenceEntities(article.Entities);
        foreach (var paragraph in article.Paragraphs)
        {
            var caption = paragraph.Kind == ParagraphKind.Caption;
            var spans = SentenceSplitter.Split(paragraph.Text, keepQuotationsWhole: true);
            foreach (var span in spans)
            {
                var sentence = span.Of(paragraph.Text);
                var previous = lastSentence;
                lastSentence = (paragraph.Index, -1);
                if (sentence.Length > SentenceSplitter.LongestReadable)
                    continue;
                var trimmed = AttributionTrimmer.Trim(sentence);
                if (WordCount().Count(trimmed) < MinWords || !seen.Add(Normalise(trimmed)))
                    continue;

                AddBackground(article, entities, told, paragraph, span.Start + (sentence.Length - sentence.TrimStart().Length), trimmed, published, seen);

                if (StartsWithQuote(sentence) && previous.Event >= 0
                    && previous.Paragraph >= paragraph.Index - 1
                    && SharesAttribution(sentence, article.Events[previous.Event].Text))
                {
                    article.Events[previous.Event] = Joined(article.Events[previous.Event], trimmed, paragraph.Text, published);
                    if (byEvent.TryGetValue(previous.Event, out var quoted))
                    {
                        var (quotedActors, _) = entities.Within(paragraph.Index, span.Start, span.End);
                        // Who speaks counts for what follows; the places a quotation names are not where the happening was.
                        HappeningJoiner.Absorb(quoted, new HappeningJoiner.Candidate(sentence, paragraph.Index, paragraph.Section,
                            quoted.Kind, quotedActors, [], null), article.Entities);
                    }
                    lastSentence = (paragraph.Index, previous.Event);
                    continue;
                }

                // A refusal to comment tells nothing that happened, and joins nothing.
                if (PredicateReader.IsNoComment(sentence))
                    continue;
                var predicates = PredicateReader.Predicates(sentence, TriggerLexicon.FindAll(sentence), fragment: caption);
                var main = TriggerLexicon.Main(predicates);
                if (main is null)
                    continue;
                // A quotation with only a reporting verb is someone's words, which the claims keep; right after a
                // happening it is still that happening being told.
                if (EventKinds.IsSpeech(main.Kind) && main.Kind != EventKinds.Denial && StartsWithQuote(sentence))
                {
                    if (happenings.Count > 0 && happenings[^1].LastParagraph >= paragraph.Index - 1 && happenings[^1].Section == paragraph.Section)
                        happenings[^1].LastParagraph = paragraph.Index;
                    continue;
                }

                var (actors, places) = entities.Within(paragraph.Index, span.Start, span.End);
                var date = _dater(trimmed, published, paragraph.Text);
                // A standing position ("says", "has said") is not something done at a time unless the sentence dates it.
                if (PredicateReader.IsStandingStatement(sentence, main) && date is not { Stated: true })
                    continue;

                var candidate = new HappeningJoiner.Candidate(sentence, paragraph.Index, paragraph.Section, main.Kind, actors, places, date)
                {
                    Speakers = Speakers(article, paragraph.Index, sentence),
                    Lemma = main.Lemma,
                    Says = predicates.Any(t => EventKinds.IsSpeech(t.Kind)),
                };
                // A happening already told in passing with the same date: this sentence tells it in full.
                if (!caption && BackgroundTwin(article, main.Kind, date) is { } recalled)
                {
                    article.Events[recalled] = Continued(article.Events[recalled], trimmed, candidate);
                    told.Add(new DateCarrier.Told(recalled, sentence, paragraph.Index, true));
                    continue;
                }
                if (!caption && HappeningJoiner.Target(happenings, candidate, article.Entities, (a, b) => BodyParagraphsBetween(article, a, b)) is { } target)
                {
                    article.Events[target.Event] = Continued(article.Events[target.Event], trimmed, candidate);
                    HappeningJoiner.Absorb(target, candidate, article.Entities);
                    told.Add(new DateCarrier.Told(target.Event, sentence, paragraph.Index, false));
                    lastSentence = (paragraph.Index, target.Event);
                    continue;
                }
                if (main.Kind == EventKinds.Statement && article.Entities.Count > 0 && actors.Count == 0)
                    continue;

                article.Events.Add(new ArticleEvent(main.Kind, trimmed, date, paragraph.Index)
                {
                    Actors = actors,
                    Places = places,
                    Hedge = HedgeDetector.Detect(sentence),
                    FromCaption = caption,
                });
                lastSentence = (paragraph.Index, article.Events.Count - 1);
                told.Add(new DateCarrier.Told(article.Events.Count - 1, sentence, paragraph.Index, false));
                if (!caption)
                {
                    var happening = new HappeningJoiner.Told
                    {
                        Event = article.Events.Count - 1,
                        FirstParagraph = paragraph.Index,
                        LastParagraph = paragraph.Index,
                        Section = paragraph.Section,
                        Kind = main.Kind,
                        Lemma = main.Lemma,
                        Date = date,
                    };
                    HappeningJoiner.Absorb(happening, candidate, article.Entities);
                    happenings.Add(happening);
                    byEvent[happening.Event] = happening;
                }
            }
        }
        DateCarrier.Carry(article, told, published, _dater);
        CaptionFilter.DropToldByBody(article);
    }

    /// <summary>The event with a sentence of the same happening added: its text, its names, and its date when the event had none stated.</summary>
    private static ArticleEvent Continued(ArticleEvent happening, string sentence, HappeningJoiner.Candidate candidate)
    {
        var date = happening.Date is not { Stated: true } && candidate.Date is { Stated: true } own
            ? own with { Evidence = own.Evidence + " (from a sentence of the same happening)" }
            : happening.Date;
        return happening with
        {
            Text = happening.Text + " " + sentence,
            Date = date,
            Actors = [.. happening.Actors.Union(candidate.Actors, StringComparer.Ordinal)],
            Places = [.. happening.Places.Union(candidate.Places, StringComparer.Ordinal)],
            Paragraphs = [.. happening.Paragraphs.Append(candidate.Paragraph).Distinct()],
        };
    }

    /// <summary>A happening told in passing earlier, of the same family, on a date that holds this one (or that this one holds).</summary>
    private static int? BackgroundTwin(ArticleContext article, string kind, ResolvedDate? date)
    {
        // Only a month or coarser: a day ("overnight") may still be moved by the sentences around it.
        if (date is not { Stated: true } || date.Precision < DatePrecision.Month)
            return null;
        var found = article.Events.FindIndex(e => e.Background && e.Date is { } d && HappeningFamily.Same(e.Kind, kind)
            && (d.Date <= date.Date && date.Date <= d.End || date.Date <= d.Date && d.Date <= date.End));
        return found >= 0 ? found : null;
    }

    /// <summary>
    /// Who the sentence's first claim quotes (and the body they belong to, when that is no country): the
    /// source of the sentence, not someone quoted further on in it.
    /// </summary>
    private static List<string> Speakers(ArticleContext article, int paragraph, string sentence)
    {
        var first = article.Claims
            .Where(c => c.Paragraph == paragraph && c.SpeakerKey is not null
                        && (sentence.Contains(c.Text, StringComparison.Ordinal) || c.Text.Contains(sentence.Trim(), StringComparison.Ordinal)))
            .MinBy(c => Math.Max(0, sentence.IndexOf(c.Text, StringComparison.Ordinal)));
        if (first?.SpeakerKey is not { } key)
            return [];
        var keys = new List<string> { key };
        var body = article.Entities.FirstOrDefault(e => e.Key == key)?.Affiliation;
        if (body is not null && article.Entities.FirstOrDefault(e => e.Key == body)?.Type is not EntityType.Country)
            keys.Add(body);
        return keys;
    }

    /// <summary>Body paragraphs after <paramref name="from"/> up to <paramref name="to"/>, photo captions left out: 0 for the same paragraph.</summary>
    private static int BodyParagraphsBetween(ArticleContext article, int from, int to)
    {
        var count = 0;
        for (var p = from + 1; p <= to && p < article.Paragraphs.Count; p++)
        {
            if (article.Paragraphs[p].Kind != ParagraphKind.Caption)
                count++;
        }
        return count;
    }

    /// <summary>
    /// The happenings a sentence tells in passing, each with its own date, as events of their own:
    /// a timeline should show the invasion in February 2022 even when only a "since ..." recalls it.
    /// The same happening recalled twice (the invasion, in two paragraphs) stays one event.
    /// </summary>
    private void AddBackground(ArticleContext article, SentenceEntities entities, List<DateCarrier.Told> told, Paragraph paragraph, int offset, string sentence,
        DateOnly? published, HashSet<string> seen)
    {
        foreach (var happening in _background(sentence, published, paragraph.Text))
        {
            var trigger = TriggerLexicon.Main(PredicateReader.Predicates(happening.Text, TriggerLexicon.FindAll(happening.Text), fragment: true));
            if (trigger is null || EventKinds.IsSpeech(trigger.Kind) || WordCount().Count(happening.Text) < 2
                || !seen.Add(Normalise(happening.Text)))
                continue;
            var start = offset + happening.Clause.Start;
            var (actors, places) = entities.Within(paragraph.Index, start, start + happening.Clause.Length);
            if (BackgroundTwin(article, trigger.Kind, happening.Date) is { } twin)
            {
                var earlier = article.Events[twin];
                // The finer date of the two tells the happening ("in 2022", then "in February 2022").
                article.Events[twin] = earlier with
                {
                    Text = earlier.Text + " " + happening.Text,
                    Date = happening.Date.Precision < earlier.Date!.Precision ? happening.Date : earlier.Date,
                    Paragraphs = [.. earlier.Paragraphs.Append(paragraph.Index).Distinct()],
                };
                continue;
            }
            article.Events.Add(new ArticleEvent(trigger.Kind, happening.Text, happening.Date, paragraph.Index)
            {
                Actors = actors,
                Places = places,
                Hedge = HedgeDetector.Detect(happening.Text),
                Background = true,
                FromCaption = paragraph.Kind == ParagraphKind.Caption,
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
