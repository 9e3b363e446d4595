using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Finds the headline past site chrome and date lines: the title the file declares, or the
/// best of the lines before the text begins (also behind a scraper's date prefix, "date
/// 2024-11-05 Headline"). Navigation, teaser, promotion and masthead lines are never titles;
/// the others are scored by position, length, capitalisation, whether the page repeats them,
/// whether a date, byline or dateline follows, and how much they read like a sentence. When
/// no line scores well enough there is no title: none is better than a wrong one. A
/// headline-shaped line right under the title is a subtitle. A live blog that opens with text
/// has no title line; <see cref="SectionSplitter"/> then takes its first post's headline.
/// </summary>
public sealed partial class HeaderReader(OutletTable outlets) : IIngestionStage
{
    /// <summary>How many lines before the text begins are weighed as titles.</summary>
    private const int Window = 10;

    /// <summary>The score a line needs to be the title; the first line with nothing against it has 1.</summary>
    private const double Threshold = 0.6;

    public HeaderReader()
        : this(OutletTable.Default)
    {
    }

    // Navigation and teasers, also when the scrape runs their words into the next ("Read moreUkraine says…").
    [GeneratedRegex(@"^[\W_]*(?i:skip to(?: main)? (?:content|navigation|main)|jump to|go to (?:content|navigation)|read (?:more|also|next|this|the full story)|also read|see also|more (?:on|from|about) (?:this|the)|more stories|related(?: (?:articles?|stories|story|topics?|coverage|news|posts?|content|reading|links?))?|recommended(?: for you| stories)?|you (?:may|might) (?:also )?(?:like|be interested)|don[’']?t miss|must read|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|editor[’']?s? (?:picks?|choice)|latest (?:news|stories)|(?:watch|listen)(?: now| live| again| to this(?: article| story)?)?\s*[:|]|(?:photo|image|picture|video|caption|file photo|gallery|credit|illustration)s?\s*(?::|by\b|credit)|getty images|advertisement|sponsored|continue reading|click here|follow us|share (?:this|on|via)|subscribe|sign (?:up|in)|log ?in|download (?:the|our)|get (?:the|our) (?:\w+ )?app)(?![\p{Ll}])", RegexOptions.CultureInvariant)]
    private static partial Regex TeaserLine();

    // App and subscription promotions anywhere on the line, and teasers that end one.
    [GeneratedRegex(@"\b(?:free trial|unlimited access|subscribers? only|already a (?:subscriber|member)|become a (?:member|subscriber|patron)|our newsletter|(?:our|the) app\b|app store|google play|support (?:independent|our) journalism)\b|(?:read more|continue reading|full story)\W*$|\b(?:getty images|shutterstock)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromotionLine();

    // An agency-style dateline opening the next line: "LVIV, March 3 (Reuters) -", "ODESA (AP) —".
    [GeneratedRegex(@"^\p{Lu}{3,}[\p{Lu} .'’-]*(?:,|\s+\(|\s+[—–-])")]
    private static partial Regex DatelineStart();

    [GeneratedRegex(@"^[Bb][Yy]\s+\p{Lu}")]
    private static partial Regex BylineStart();

    // "Category: World", "Filed under: Europe": a label and its value, not a headline.
    [GeneratedRegex(@"^[\p{L}]+(?:\s[\p{L}]+)?\s*:\s*\S+(?:\s\S+){0,2}$")]
    private static partial Regex LabelAndValue();

    [GeneratedRegex(@",\s")]
    private static partial Regex ClauseComma();

    [GeneratedRegex(@"[.!?]\s+[\p{Lu}“""]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(?:which|who|whom|whose|while|although|because|after|before|when|where)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseWord();

    public void Run(ArticleContext article)
    {
        var kept = article.Lines.Where(l => l.Role == LineRole.Unclassified).ToList();
        var declared = article.Source.Declared.Title?.Trim();
        if (!string.IsNullOrEmpty(declared))
        {
            article.Title = declared;
            var same = kept.Find(l => Same(l.Content, declared));
            if (same is not null)
                MarkTitle(article.Lines, kept, same);
            return;
        }
        // Above the headline, a word or two without punctuation is the site's name or section ("World", "Opinion").
        while (kept.Count > 1 && TextShape.WordCount(kept[0].Content) <= 2 && TextShape.IsMostlyLatin(kept[0].Content)
               && !TextShape.IsSentenceLike(kept[0].Content) && !char.IsDigit(kept[0].Content[0]))
        {
            kept[0].Role = LineRole.Chrome;
            kept.RemoveAt(0);
        }

        var candidates = new List<Candidate>();
        var rejected = new List<SourceLine>();
        foreach (var line in kept.Take(Window))
        {
            if (IsProse(line.Content))
                break;
            if (IsNavigation(line.Content) || Masthead.Name(line.Content, outlets) is not null)
            {
                rejected.Add(line);
                continue;
            }
            var prefix = DateLineParser.ReadAtStart(line.Content) is { } p && line.Content[p.Length..].Trim().Length > 0 ? p.Length : 0;
            var text = line.Content[prefix..].Trim();
            if (Score(text, candidates.Count, line, kept, article) is { } score)
                candidates.Add(new Candidate(line, text, prefix, score));
            else if (TextShape.IsSentenceLike(text) && TextShape.WordCount(text) >= 8)
                break; // a sentence that is no headline: the text has begun
            else if (TextShape.WordCount(text) <= 3 && !TextShape.IsSentenceLike(text))
                rejected.Add(line); // a section or menu word between the chrome and the headline
        }
        var best = candidates.Where(c => c.Score >= Threshold).OrderByDescending(c => c.Score).ThenBy(c => c.Line.Number).FirstOrDefault();
        if (best is null)
        {
            foreach (var line in rejected.Where(l => IsNavigation(l.Content) || Masthead.Name(l.Content, outlets) is not null))
                line.Role = LineRole.Chrome;
            return;
        }
        // What stands above the headline is the site's: teasers, mastheads, headline-shaped lines that lost to it.
        foreach (var line in rejected.Concat(candidates.Select(c => c.Line)).Where(l => l.Number < best.Line.Number))
            line.Role = LineRole.Chrome;
        if (best.Prefix > 0)
        {
            // The prefix is a date line run into the headline: chrome, listed so nothing is lost unseen.
            article.ChromeFragments.Add(best.Line.Content[..best.Prefix].Trim());
            best.Line.Content = best.Text;
        }
        article.Title = best.Text;
        MarkTitle(article.Lines, kept, best.Line);
    }

    private static bool IsNavigation(string line) => TeaserLine().IsMatch(line) || PromotionLine().IsMatch(line);

    // The text has begun: a long sentence, or any line too long for a headline.
    private static bool IsProse(string line)
    {
        var words = TextShape.WordCount(line);
        return TextShape.IsMostlyLatin(line)
            ? (TextShape.IsSentenceLike(line) && words >= 16) || words > 35
            : line.Length > 140;
    }

    /// <summary>How much a line looks like this page's headline; null when it cannot be one.</summary>
    private static double? Score(string text, int position, SourceLine line, List<SourceLine> kept, ArticleContext article)
    {
        var t = text.Trim();
        var latin = TextShape.IsMostlyLatin(t);
        var words = TextShape.WordCount(t);
        if (latin ? t.Length < 12 || words is < 3 or > 30 : t.Length is < 6 or > 140)
            return null;
        var first = t[0];
        if (char.IsLower(first) || !(char.IsLetterOrDigit(first) || "\"'“‘«(€$£¡¿".Contains(first)))
            return null;
        var last = t.TrimEnd("\"'”’»)".ToCharArray())[^1];
        if (last is ',' or ';' or '…' or '-' or '–' or '—' or '|')
            return null;
        var commas = ClauseComma().Count(t);
        var breaks = SentenceBreak().Count(t);
        if (commas >= 3 || breaks >= 2 || (words > 18 && commas + ClauseWord().Count(t) >= 3))
            return null;

        var next = NextLine(article.Lines, line);
        var at = kept.IndexOf(line);
        var nextKept = at + 1 < kept.Count ? kept[at + 1] : null;
        // A caption sits right above its credit line ("Photo: …", "Jane Doe/Reuters").
        if (next is { Role: LineRole.Caption } && next.Trimmed.Length < 80)
            return null;
        var aboveDate = next is not null
            && (next.Role == LineRole.Dateline || DateLineParser.ReadAtStart(next.Trimmed) is not null
                || BylineStart().IsMatch(next.Trimmed) || (next == nextKept && DatelineStart().IsMatch(next.Trimmed)));
        var previous = PreviousLine(article.Lines, line);
        var belowDate = previous is { Role: LineRole.Dateline };
        var repeated = article.Lines.Any(l => l != line && l.Role != LineRole.Blank && Same(l.Trimmed, t));
        var titleCase = latin && IsTitleCase(t);
        // The text follows the headline, or a subtitle and then the text.
        var textFollows = nextKept is not null
            && (IsLead(nextKept.Content)
                || (TextShape.IsHeadlineLike(nextKept.Content) && at + 2 < kept.Count && IsLead(kept[at + 2].Content)));

        var score = 1.0 - (0.25 * position);
        if (last is '.' or ':')
        {
            // A headline may end in a full stop or a colon, but a sentence or a label does too: it needs more to go on.
            if (!(aboveDate || belowDate || repeated || titleCase || (last == ':' && textFollows && words >= 5)))
                return null;
            score -= last == '.' ? 0.3 : 0.2;
        }
        score -= (0.15 * commas) + (0.4 * breaks);
        if (TextShape.IsAllCaps(t))
            score -= words >= 4 ? 0.5 : 1;
        if (latin && words < 4 && !aboveDate)
            score -= 0.4;
        if (LabelAndValue().IsMatch(t))
            score -= 0.5;
        // A headline under a label in capitals is a section's, not the page's.
        if (at > 0 && TextShape.IsAllCaps(kept[at - 1].Content))
            score -= 0.3;
        if (titleCase)
            score += 0.3;
        if (repeated)
            score += 0.5;
        if (aboveDate)
            score += 0.5;
        if (belowDate)
            score += 0.3;
        if (textFollows)
            score += 0.3;
        if (!latin || words is >= 5 and <= 20)
            score += 0.1;
        else if (words > 22)
            score -= 0.3;
        return score;
    }

    private static bool IsLead(string line) => TextShape.IsSentenceLike(line) && TextShape.WordCount(line) >= 12;

    private static SourceLine? PreviousLine(IReadOnlyList<SourceLine> lines, SourceLine line) =>
        lines.Take(line.Number).LastOrDefault(l => l.Role != LineRole.Blank);

    private static SourceLine? NextLine(IReadOnlyList<SourceLine> lines, SourceLine line) =>
        lines.Skip(line.Number + 1).FirstOrDefault(l => l.Role != LineRole.Blank);

    // "Ukraine Signs Grain Deal With Vorinsk": most longer words capitalised, as many outlets set headlines.
    private static bool IsTitleCase(string text)
    {
        var long_ = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimStart("\"'“‘«(".ToCharArray()))
            .Where(w => w.Length > 3 && char.IsLetter(w[0]))
            .ToList();
        return long_.Count >= 3 && long_.Count(w => char.IsUpper(w[0])) >= 0.75 * long_.Count && !TextShape.IsAllCaps(text);
    }

    private static void MarkTitle(IReadOnlyList<SourceLine> lines, List<SourceLine> kept, SourceLine title)
    {
        title.Role = LineRole.Title;
        var next = kept.IndexOf(title) + 1;
        // A subtitle sits right under the headline; a headline-shaped line after a date line or
        // a post time is the first post's headline instead.
        if (next < kept.Count && TextShape.IsHeadlineLike(kept[next].Content)
            && next + 1 < kept.Count && TextShape.IsSentenceLike(kept[next + 1].Content)
            && lines.Skip(title.Number + 1).Take(kept[next].Number - title.Number - 1).All(l => l.Role == LineRole.Blank))
            kept[next].Role = LineRole.Standfirst;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Candidate(SourceLine Line, string Text, int Prefix, double Score);
}
