using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Claims;

/// <summary>
/// Finds attributed statements in the body paragraphs: who said, told, denied or reported
/// what, resolved against the recognised <see cref="ArticleContext.Entities"/>. Reads
/// <see cref="ArticleContext.Paragraphs"/> and <see cref="ArticleContext.Entities"/>; adds one
/// <see cref="Claim"/> per speaker and sentence to <see cref="ArticleContext.Claims"/>. A
/// quotation that runs over several sentences is one claim; a paragraph that only quotes
/// continues the previous speaker.
/// </summary>
public sealed class ClaimExtractor : IIngestionStage
{
    private static readonly ReportingVerb Said = new("say", Stance.Assert, VerbForm.Finite);

    private static readonly string[] MediaWords =
    [
        "agency", "news", "newspaper", "paper", "media", "broadcaster", "outlet", "television", "radio", "times",
        "post", "journal", "gazette", "telegraph", "tv", "daily", "magazine", "channel",
    ];

    public void Run(ArticleContext article)
    {
        var resolver = new SpeakerResolver(article.Entities);
        var stated = article.Claims.Select(c => (c.Text, c.Speaker)).ToHashSet();
        var order = 0;
        IReadOnlyList<ResolvedSpeaker> previousSpeakers = [];
        ResolvedSpeaker? previousPerson = null;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.Kind != ParagraphKind.Body || string.IsNullOrWhiteSpace(paragraph.Text))
                continue;
            resolver.EnterParagraph(order, paragraph);
            foreach (var sentence in SentenceSplitter.Split(paragraph.Text, keepQuotationsWhole: true))
            {
                var text = sentence.Of(paragraph.Text);
                var tokens = Tokenizer.Tokenize(text);
                var quotes = QuoteFinder.Find(tokens, text.Length);
                var start = new Place(order, paragraph.Index, sentence.Start);
                resolver.NoteSentence(start, text.Length, quotes);

                // A line in capitals is a shouted heading, not a sentence anyone said.
                if (!text.Any(char.IsLower) || text.Length > SentenceSplitter.LongestReadable)
                    continue;
                var claims = Extract(article, resolver, paragraph, sentence, start, tokens, quotes);
                if (claims.Count == 0 && tokens.Count > 0 && tokens[0].Kind == TokenKind.OpenQuote)
                    claims = ContinueQuote(resolver, paragraph, text, tokens, quotes, start, previousSpeakers, previousPerson);
                // A sentence the article repeats (a standfirst, a live blog's summary) is one claim.
                claims.RemoveAll(c => !stated.Add((c.Text, c.Speaker)));
                article.Claims.AddRange(claims);

                previousSpeakers = claims.Count > 0 ? claims.Select(c => new ResolvedSpeaker(c.Speaker, c.SpeakerKey, null)).ToList() : [];
                previousPerson = resolver.OnlyPerson(start, text.Length, quotes);
            }
            order++;
        }
    }

    private static List<Claim> Extract(ArticleContext article, SpeakerResolver resolver, Paragraph paragraph, TextSpan sentence, Place start, List<Token> tokens, List<TextSpan> quotes)
    {
        var text = sentence.Of(paragraph.Text);
        var claims = new List<Claim>();
        var hedge = HedgeDetector.Detect(text);
        foreach (var attribution in AttributionFinder.Find(tokens, text.Length))
        {
            var at = start with { Offset = sentence.Start + attribution.VerbStart };
            var speakers = Speakers(resolver, paragraph, sentence, attribution, at);
            if (speakers.Count == 0)
                continue;
            resolver.Remember(at, speakers);
            var stance = StanceDetector.Detect(attribution.Lexeme, tokens, quotes);
            var outlet = attribution.Outlet is { } o ? OutletOf(resolver, at, paragraph, Shift(o, sentence.Start)) : null;
            foreach (var speaker in speakers)
            {
                var claim = new Claim(speaker.Name, speaker.Key, attribution.Verb, stance, text, paragraph.Index)
                {
                    Quote = QuoteFinder.Words(text, quotes),
                    Outlet = outlet ?? (IsNewsOutlet(speaker, article) ? speaker.Name : null),
                    Hedge = hedge == Hedge.None && attribution.Lexeme.Lemma is "claim" or "allege" ? Hedge.Claimed : hedge,
                };
                var same = claims.FindIndex(c => SpeakerResolver.Normalise(c.Speaker) == SpeakerResolver.Normalise(claim.Speaker));
                if (same < 0)
                    claims.Add(claim);
                else if (claim.Stance == Stance.Deny)
                    claims[same] = claims[same] with { Stance = Stance.Deny };
            }
        }
        return claims;
    }

    /// <summary>A sentence that only quotes, after a sentence with a speaker or one named person: the same voice goes on.</summary>
    private static List<Claim> ContinueQuote(SpeakerResolver resolver, Paragraph paragraph, string text, List<Token> tokens, List<TextSpan> quotes, Place start,
        IReadOnlyList<ResolvedSpeaker> previousSpeakers, ResolvedSpeaker? previousPerson)
    {
        var speaker = previousSpeakers.Count == 1 ? previousSpeakers[0] : previousPerson;
        if (speaker is null)
            return [];
        resolver.Remember(start, [speaker]);
        return
        [
            new Claim(speaker.Name, speaker.Key, "said", StanceDetector.Detect(Said, tokens, quotes), text, paragraph.Index)
            {
                Quote = QuoteFinder.Words(text, quotes),
                Hedge = HedgeDetector.Detect(text),
            },
        ];
    }

    private static List<ResolvedSpeaker> Speakers(SpeakerResolver resolver, Paragraph paragraph, TextSpan sentence, Attribution attribution, Place at)
    {
        var whole = Shift(attribution.Speaker, sentence.Start);
        var words = whole.Of(paragraph.Text);
        if (SpeakerResolver.Normalise(words) is "he" or "she" or "it" or "they")
            return resolver.ResolvePronoun(words, at with { Offset = whole.Start }).ToList();
        if (attribution.Parts.Count > 1)
        {
            var asOne = resolver.Resolve(at, paragraph.Text, whole);
            // A single entity named "A and B" stays one speaker.
            if (asOne.Key is not null && SpeakerResolver.Normalise(asOne.Name).Contains(" and ", StringComparison.Ordinal))
                return [asOne];
            return attribution.Parts
                .Select(p => resolver.Resolve(at, paragraph.Text, Shift(p, sentence.Start)))
                .DistinctBy(s => SpeakerResolver.Normalise(s.Name))
                .ToList();
        }
        return [resolver.Resolve(at, paragraph.Text, whole)];
    }

    private static string? OutletOf(SpeakerResolver resolver, Place at, Paragraph paragraph, TextSpan span)
    {
        var outlet = resolver.Resolve(at, paragraph.Text, span);
        return outlet.Type is null or EntityType.Organisation ? outlet.Name : null;
    }

    private static bool IsNewsOutlet(ResolvedSpeaker speaker, ArticleContext article)
    {
        var name = SpeakerResolver.Normalise(speaker.Name);
        if (OutletTable.Default.Knows(name))
            return true;
        if (speaker.Type is not (null or EntityType.Organisation))
            return false;
        var entity = speaker.Key is null ? null : article.Entities.FirstOrDefault(e => e.Key == speaker.Key);
        if (entity is not null && entity.Forms.Any(f => OutletTable.Default.Knows(f)))
            return true;
        var words = name.Split(' ').Concat(SpeakerResolver.Normalise(speaker.Phrase ?? "").Split(' '));
        return words.Any(w => MediaWords.Contains(w)) || (entity?.Role is { } role && MediaWords.Any(m => role.Contains(m, StringComparison.OrdinalIgnoreCase)));
    }

    private static TextSpan Shift(TextSpan span, int by) => new(span.Start + by, span.Length);
}
