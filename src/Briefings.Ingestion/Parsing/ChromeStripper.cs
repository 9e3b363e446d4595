using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Classes the lines that are not the article: site chrome (navigation words, share and
/// comment prompts, rating widgets, mastheads, contact and copyright lines), date lines,
/// credit lines ("– with AFP", "Reuters/RT"), the "Original URL:" line, picture captions
/// (a caption the page repeats is kept once), and a trailing sign-off. Reads the raw lines;
/// sets their roles and cuts chrome sentences from the end of kept lines.
/// </summary>
public sealed partial class ChromeStripper(OutletTable outlets) : IIngestionStage
{
    /// <summary>Lines longer than this are never chrome: no navigation, credit, date or address line runs so long.</summary>
    internal const int MaxClassifiedLineLength = 2000;

    public ChromeStripper()
        : this(OutletTable.Default)
    {
    }

    [GeneratedRegex(@"^(?:updated|advertisement|advert|sponsored( content)?|share( this( article| story)?)?|share on \w+|tweet|e-?mail|print|comments?|\d+ comments?|(?:view|show|hide|load|see)(?: all| the)?(?: \d+)? comments?|read more|read next|more on this( story)?|related( articles| stories| topics| coverage)?|read related topics?\s*:.*|follow (?:us|updates|live).*|subscribe.*|sign (?:in|up).*|log ?in|log ?out|register|add your comment.*|(?:to )?join the conversation.*|rate this (?:item|article|story)|\(\d+ votes?\)|listen to (?:this )?(?:article|story).*|skip to (?:main )?content|menu|home|search|close|back to top|next article|previous article|loading\W*|image|photo|video|watch|news|live|breaking|top stories|most read|trending|newsletter.*|download (?:our|the) app.*|cookie.*|accept( all)?( cookies)?|we use cookies.*|our standards:.*|.*\bon patreon\b.*|support (?:us|our (?:work|journalism)|independent journalism)\b.*|donate(?: now| to us)?\b.{0,40}|become a (?:patron|member|subscriber)\b.*|the thomson reuters trust principles\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NavigationLine();

    [GeneratedRegex(@"^(?:[\p{Ll}\d]+-)+[\p{Ll}\d]+$")]
    private static partial Regex SlugLine();

    [GeneratedRegex(@"^[•·▪◦*\-–]?\s*[\d:/.,%]+\s*$")]
    private static partial Regex WidgetLine();

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|KST|JST|ET|EST|EDT|PT|PST|PDT|AEDT|AEST)?(?:[+-]\d{1,2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeLine();

    // "Updated 11:21 pm EST, Tuesday, November 19, 2019", "Updated at 1:23 p.m.": a stamp that starts with its time.
    [GeneratedRegex(@"^(?:last\s+)?(?:updated|published|posted|modified)(?:\s+(?:at|on))?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,5})?(?:[,\s]+[^.!?]{0,50})?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeStampLine();

    [GeneratedRegex(@"^(?:source|sources|credit)\s*:\s*(?<who>[^:/]{2,80}?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceCreditLine();

    // Only ever asked IsMatch: the ".*" on both sides of "all rights reserved" added nothing but a
    // scan to the end of the line from every position, quadratic in the line's length.
    [GeneratedRegex(@"^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"^(?:contact(?: us)?|tel|phone|e-?mail|whatsapp|address)\s*[:/]|\[email\s*protected\]|\b[\w.+-]+@[\w-]+\.[\w.]+\b.*\b(?:tel|phone)\b|^[\p{Lu}\s&]{3,}\bTEAM\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex MastheadLine();

    [GeneratedRegex(@"^(?:original url|original article|source url|source|url|link|canonical|read the original(?: article)?)\s*:\s*(?<url>[a-z][a-z\d+.-]*:\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceUrlLine();

    [GeneratedRegex(@"^[–—-]+\s*(?:with|additional reporting by|reporting by|with reporting by|compiled by)\s+(?<who>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|translated|graphics)\s+by\s+[^.]{2,200}?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StaffCreditLine();

    [GeneratedRegex(@"^[Bb][Yy]\s+(?<who>\p{Lu}[\p{L}.'’ -]{1,60}?)(?:\s*[,|]\s*(?<more>[^.!?]{0,80}))?$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\(?(?<who>[\p{L}.\- ]{2,40}(?:\s*/\s*[\p{L}.\- ]{2,40})+)\)?$")]
    private static partial Regex SlashCreditLine();

    [GeneratedRegex(@"(?:\b(?:picture|photo|photograph|image|credit|pictured)\s*:\s*[^.]{1,80}|\((?:photo|image|picture|ap photo)[^)]*\)|[/(]\s*(?:getty images|afp via getty images|reuters|afp|ap|epa|anadolu|ap photo)\)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"\s*\b(?:follow (?:updates|live|our live coverage|the latest)|read more|click here(?: for [^.]+)?|watch the video|subscribe[^.]*)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCallToAction();

    [GeneratedRegex(@"^(?<body>.*[.!?][”""’)]?)\s+(?<code>\p{Lu}{1,4})$")]
    private static partial Regex SignOff();

    public void Run(ArticleContext article)
    {
        SourceLine? previousKept = null;
        // Only an article in Latin script can tell a stray line in another script as a widget's label.
        var latinArticle = TextShape.IsMostlyLatin(article.Source.Text);
        foreach (var line in article.Lines)
        {
            if (line.Role == LineRole.Blank)
                continue;
            var text = line.Trimmed;
            line.Role = Classify(text, previousKept, article, latinArticle);
            if (line.Role is LineRole.Unclassified or LineRole.Caption)
                previousKept = line;
        }
        CutTrailingCallsToAction(article);
        CutSignOff(article);
    }

    private LineRole Classify(string text, SourceLine? previous, ArticleContext article, bool latinArticle)
    {
        // Chrome, credit, date and address lines are short; a line this long is text, and the
        // patterns below need not prove it (a 5 MB single-line file must not cost a pattern's worst case).
        if (text.Length > MaxClassifiedLineLength)
            return LineRole.Unclassified;
        if (SourceUrlLine().Match(text) is { Success: true } url)
        {
            // Any address on the line is metadata, not text; only a web address is the article's.
            if (IsWebAddress(url.Groups["url"].Value))
                article.Url ??= url.Groups["url"].Value;
            return LineRole.SourceUrl;
        }
        if (DateLineParser.ReadWholeLine(text) is not null)
            return LineRole.Dateline;
        if (IsCredit(text, article))
            return LineRole.Credit;
        // A live blog's post times ("18:40 GMT") stamp the posts; the day is on the date line.
        if (TimeLine().IsMatch(text) || TimeStampLine().IsMatch(text))
            return LineRole.Chrome;
        if (SourceCreditLine().Match(text) is { Success: true } source && TextShape.WordCount(text) <= 10)
        {
            // "Source: Al Jazeera and news agencies": the outlet that compiled it, and any agencies named.
            foreach (var name in source.Groups["who"].Value.Split([",", " and ", "&", "/"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var outlet = outlets.Match(name);
                if (outlet is { IsAgency: true } && !article.Wire.Contains(outlet.Name))
                    article.Wire.Add(outlet.Name);
                else if (outlet is { IsAgency: false })
                    article.CreditedOutlet ??= outlet.Name;
            }
            return LineRole.Credit;
        }
        if (Byline().Match(text) is { Success: true } byline && TextShape.WordCount(text) <= 12)
        {
            // "By Reuters": the agency is the author; "By Jane Doe": a reporter, kept as chrome.
            if (outlets.ByCredit(byline.Groups["who"].Value.Trim()) is { IsAgency: true } agency)
            {
                if (!article.Wire.Contains(agency.Name))
                    article.Wire.Add(agency.Name);
                article.BylineAgency ??= agency.Name;
            }
            return LineRole.Chrome;
        }
        if (NavigationLine().IsMatch(text) || SlugLine().IsMatch(text) || WidgetLine().IsMatch(text)
            || CopyrightLine().IsMatch(text) || MastheadLine().IsMatch(text) || IsLabel(text) || (latinArticle && IsForeignScrap(text)))
            return LineRole.Chrome;
        if (previous is not null && previous.Role is LineRole.Caption or LineRole.CaptionRepeat
            && string.Equals(previous.Trimmed, text, StringComparison.Ordinal))
            return LineRole.CaptionRepeat;
        if (CaptionCredit().IsMatch(text))
            return LineRole.Caption;
        return LineRole.Unclassified;
    }

    private bool IsCredit(string text, ArticleContext article)
    {
        string[] names;
        if (CreditLine().Match(text) is { Success: true } credit)
            names = credit.Groups["who"].Value.Split([",", " and ", "&"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        else if (SlashCreditLine().Match(text) is { Success: true } slash)
            names = slash.Groups["who"].Value.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A bare agency line: "(AFP)", "Reuters", "/BelTA/", "— dpa".
        else if (text.Length < 40 && text.Trim('(', ')', '[', ']', '/', ' ', '–', '—', '-') is var bare && outlets.ByCredit(bare) is { IsAgency: true })
            names = [bare];
        else if (StaffCreditLine().IsMatch(text))
            names = text.Split([";", ",", " and ", " by "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        else
            return false;
        var agencies = names.Select(outlets.ByCredit).ToList();
        // "– with AFP" names an agency; "– with Jane Doe" is a reporter's credit: chrome all the same,
        // but only agencies are wire credits.
        if (names.Length > 1 && agencies.Any(a => a is null) && !CreditLine().IsMatch(text) && !StaffCreditLine().IsMatch(text))
            return false;
        foreach (var agency in agencies.OfType<Outlet>().Where(a => a.IsAgency))
        {
            if (!article.Wire.Contains(agency.Name))
                article.Wire.Add(agency.Name);
        }
        return true;
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // "Share:", "Tags:", "مشاركة :" — a short label that introduces widgets, not text.
    private static bool IsLabel(string text) =>
        text.EndsWith(':') && TextShape.WordCountAnyScript(text) <= 3;

    // A short line in another script inside an article in Latin script (a share button's label).
    private static bool IsForeignScrap(string text) =>
        TextShape.WordCountAnyScript(text) <= 4 && !TextShape.IsMostlyLatin(text);

    private static void CutTrailingCallsToAction(ArticleContext article)
    {
        foreach (var line in article.Lines.Where(l => l.Role == LineRole.Unclassified))
        {
            var m = TrailingCallToAction().Match(line.Content);
            if (m.Success && m.Index > 0 && TextShape.IsSentenceLike(line.Content[..m.Index]))
            {
                article.ChromeFragments.Add(m.Value.Trim());
                line.Content = line.Content[..m.Index].TrimEnd();
            }
        }
    }

    private void CutSignOff(ArticleContext article)
    {
        var last = article.Lines.LastOrDefault(l => l.Role == LineRole.Unclassified);
        if (last is null)
            return;
        var m = SignOff().Match(last.Content);
        if (!m.Success)
            return;
        var code = m.Groups["code"].Value;
        article.ChromeFragments.Add(code);
        article.SignOff = code;
        last.Content = m.Groups["body"].Value;
        if (outlets.ByCredit(code) is { IsAgency: true } agency && !article.Wire.Contains(agency.Name))
            article.Wire.Add(agency.Name);
    }
}
