using System.Text.RegularExpressions;
using Briefings.Ingestion.Dates;

namespace Briefings.Ingestion.Events;

/// <summary>
/// Gives an event without dating words the date of the happening it plainly continues, instead
/// of the publication date. Reporters date a happening once and then go on about it: "Drones hit
/// a depot on Sunday. The attack injured two." The second sentence has no date, but a reader
/// knows it is Sunday. Only clear signs join two sentences, and only within a section, in the
/// same or the next paragraph:
/// <list type="bullet">
/// <item>it opens with a definite or demonstrative noun phrase whose noun the sentence before used
/// ("The ministry ..." after "the defence ministry said"), or that names a happening ("The attack
/// ...", "The strikes ...") right after one;</item>
/// <item>it, or its paragraph when it names no speaker of its own, credits a source the sentence
/// before named ("..., the ministry added", "according to a statement from the ministry");</item>
/// <item>it says "the same period/day/night", or "earlier"/"later" on their own.</item>
/// </list>
/// Joined events form a happening; when its dated members agree on one date (a photo caption of
/// the same section that names one of its places counts as a member), the undated members take it,
/// with evidence saying where it came from. When they disagree, nothing is carried: the
/// publication date, marked as not stated, is the honest answer. Separately, a bare "overnight"
/// right after a sentence dated to a named night is that night, not the night before publication.
/// </summary>
public static partial class DateCarrier
{
    /// <summary>An event as the extractor told it: its index, its sentence, its paragraph, and whether it is an aside of another sentence.</summary>
    public sealed record Told(int Event, string Sentence, int Paragraph, bool Aside);

    private const string FromSentence = " (carried from the sentence it continues)";
    private const string FromCaption = " (carried from the photo caption)";

    public static void Carry(ArticleContext article, IReadOnlyList<Told> told, DateOnly? published, Func<string, DateOnly?, string?, ResolvedDate?> dater)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(told);
        ArgumentNullException.ThrowIfNull(dater);
        var events = article.Events;
        var group = Enumerable.Range(0, events.Count).ToArray();
        var body = told.Where(t => !t.Aside && article.Paragraphs[t.Paragraph].Kind != ParagraphKind.Caption).ToList();

        for (var i = 1; i < body.Count; i++)
        {
            var (previous, current) = (body[i - 1], body[i]);
            if (!Near(article, previous.Paragraph, current.Paragraph))
                continue;
            var (before, now) = (events[previous.Event].Date, events[current.Event].Date);
            if (now is { Stated: true } && before is { Stated: true })
            {
                if (IsBareOvernight(now) && before.Evidence.Contains("night", StringComparison.OrdinalIgnoreCase) && before.Date < now.Date
                    && before.Precision == DatePrecision.Day)
                    events[current.Event] = events[current.Event] with { Date = before with { Evidence = now.Evidence + " (the night told before)" } };
                continue;
            }
            // What the happening told so far says: every sentence joined to it, and the paragraph of the last.
            var root = Root(group, previous.Event);
            var toldSoFar = string.Join(" ", body.Take(i).Where(t => Root(group, t.Event) == root).Select(t => t.Sentence))
                + " " + article.Paragraphs[previous.Paragraph].Text.Replace(current.Sentence, "", StringComparison.Ordinal);
            if (Continues(current.Sentence, article.Paragraphs[current.Paragraph].Text, toldSoFar, events[previous.Event].Kind != EventKinds.Statement))
                Join(group, previous.Event, current.Event);
        }

        var lent = CaptionDates(article, body, published, dater);
        foreach (var members in body.Select(t => t.Event).GroupBy(e => Root(group, e)))
        {
            var dated = members.Select(e => events[e].Date).Where(d => d is { Stated: true, Future: false })
                .Select(d => (Date: d!, Evidence: d!.Evidence + FromSentence))
                .Concat(members.Where(lent.ContainsKey).Select(e => (Date: lent[e], Evidence: lent[e].Evidence + FromCaption)))
                .ToList();
            if (dated.Count == 0 || dated.Select(d => (d.Date.Date, d.Date.Precision)).Distinct().Count() != 1)
                continue;
            var (date, evidence) = dated[0];
            foreach (var e in members)
            {
                if (events[e].Date is { Stated: false })
                    events[e] = events[e] with { Date = date with { Evidence = evidence } };
            }
        }
    }

    /// <summary>Same section, and the same paragraph or the next one of the body (photo captions between do not count).</summary>
    private static bool Near(ArticleContext article, int previous, int current)
    {
        if (article.Paragraphs[previous].Section != article.Paragraphs[current].Section)
            return false;
        var between = 0;
        for (var p = previous + 1; p <= current; p++)
        {
            if (article.Paragraphs[p].Kind != ParagraphKind.Caption)
                between++;
        }
        return between <= 1;
    }

    /// <summary>Whether <paramref name="sentence"/> plainly goes on about the happening <paramref name="before"/> told.</summary>
    /// <param name="sentence">The undated sentence.</param>
    /// <param name="paragraph">Its paragraph, whose attribution credits it when it names no speaker.</param>
    /// <param name="before">What the happening told so far says.</param>
    /// <param name="beforeIsHappening">Whether that happening is more than a statement: "The attack ..." can then take it up by its kind.</param>
    public static bool Continues(string sentence, string paragraph, string before, bool beforeIsHappening)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(before);
        if (SamePeriod().IsMatch(sentence) || LoneRelative().IsMatch(sentence))
            return true;
        foreach (var noun in OpeningNouns(sentence))
        {
            if (Uses(before, noun) || (beforeIsHappening && TriggerLexicon.KindOf(noun) is { } kind && kind != EventKinds.Statement))
                return true;
        }
        // A sentence that names no speaker of its own is credited by its paragraph's attribution.
        var credited = ReportingVerb().IsMatch(sentence) ? sentence : paragraph ?? sentence;
        return DefiniteSource().Matches(credited).Any(m => Uses(before, m.Groups["noun"].Value));
    }

    /// <summary>The words of an opening "The ..." noun phrase, up to its verb: "The drone attack" but not "The president later signed".</summary>
    private static IEnumerable<string> OpeningNouns(string sentence)
    {
        var opening = DefiniteOpening().Match(sentence);
        if (!opening.Success)
            yield break;
        foreach (Capture word in opening.Groups["noun"].Captures)
        {
            if (ReportingWords.Contains(word.Value) || word.Value.EndsWith("ed", StringComparison.Ordinal) || word.Value.EndsWith("ly", StringComparison.Ordinal))
                yield break;
            yield return word.Value;
        }
    }

    private static bool IsBareOvernight(ResolvedDate date) => date.Evidence.Equals("overnight", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The dates photo captions lend: a caption whose own words give a day dates the undated
    /// events of its section that name one of its places (regions and places, not countries).
    /// </summary>
    private static Dictionary<int, ResolvedDate> CaptionDates(ArticleContext article, List<Told> body, DateOnly? published,
        Func<string, DateOnly?, string?, ResolvedDate?> dater)
    {
        var lent = new Dictionary<int, ResolvedDate>();
        SentenceEntities? entities = null;
        foreach (var caption in article.Paragraphs.Where(p => p.Kind == ParagraphKind.Caption))
        {
            if (dater(caption.Text, published, caption.Text) is not { Stated: true, Future: false, Precision: DatePrecision.Day } date)
                continue;
            entities ??= new SentenceEntities(article.Entities);
            var (_, places) = entities.Within(caption.Index, 0, caption.Text.Length);
            if (places.Count == 0)
                continue;
            foreach (var t in body)
            {
                var e = article.Events[t.Event];
                if (e.Date is { Stated: false } && article.Paragraphs[t.Paragraph].Section == caption.Section
                    && e.Places.Intersect(places, StringComparer.Ordinal).Any() && !lent.ContainsKey(t.Event))
                    lent[t.Event] = date;
            }
        }
        return lent;
    }

    /// <summary>Whether <paramref name="text"/> has a word that starts like <paramref name="noun"/> ("attack" finds "attacks").</summary>
    private static bool Uses(string text, string noun)
    {
        var stem = noun.Length > 5 ? noun[..5] : noun;
        foreach (Match word in Word().Matches(text))
        {
            if (word.Value.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && Math.Abs(word.Length - noun.Length) <= 3)
                return true;
        }
        return false;
    }

    private static int Root(int[] group, int e)
    {
        while (group[e] != e)
            e = group[e] = group[group[e]];
        return e;
    }

    private static void Join(int[] group, int a, int b) => group[Root(group, a)] = Root(group, b);

    private static readonly HashSet<string> ReportingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "told", "reported", "reports", "stated", "noted", "wrote", "also", "were", "was",
        "have", "has", "had", "been", "which", "that", "this", "there", "they", "their", "with", "from", "later", "earlier",
        "will", "would", "could", "is", "are", "also", "then", "still",
    };

    [GeneratedRegex(@"\bthe\s+same\s+(?:period|day|night|time|date|morning|afternoon|evening|hours?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SamePeriod();

    /// <summary>"said earlier it had ...", "Earlier, ...": a time relative to the happening just told, not "later signed".</summary>
    [GeneratedRegex(@"^[“""]?(?:Earlier|Later)\b(?!\s+(?:this|that|last|next|in|on|than|today|tonight|yesterday))|\b(?:said|says|reported|added|announced|stated)\s+(?:earlier|later)\b(?!\s+(?:this|that|last|next|in|on|than|today|tonight|yesterday))")]
    private static partial Regex LoneRelative();

    /// <summary>"The attack, which ...", "These strikes ...": the nouns of an opening definite noun phrase.</summary>
    [GeneratedRegex(@"^[“""]?(?:The|This|That|These|Those|Such)\s+(?:(?<noun>[a-z][a-z-]{3,})\b[\s,]*){1,3}")]
    private static partial Regex DefiniteOpening();

    /// <summary>"the ministry added", "the air force said", "according to a statement from the ministry", in lower case so that names stay out.</summary>
    [GeneratedRegex(@"\b(?:the|its)\s+(?:[a-z]+\s+)?(?<noun>[a-z]{4,})\s+(?:said|says|added|adds|reported|reports|stated|noted|wrote)\b|\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:(?:from|by|of)\s+)?the\s+(?<noun>[a-z]{4,})\b")]
    private static partial Regex DefiniteSource();

    [GeneratedRegex(@"\b(?:said|says|told|added|adds|reported|reports|stated|according\s+to|claimed|announced|wrote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
