using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Says where the article comes from: its original address (declared, or an "Original URL:"
/// line; http and https only), its publisher, and the wire agencies a dateline credits
/// ("KYIV (AP) —", "MINSK, March 3. /BelTA/."). The publisher is the first of: what the file
/// declares; the address's host, through the table of known outlets or as the page spells the
/// host's name; a copyright line; a masthead; a self-reference ("A message from The Clarion:",
/// "figures The Clarion could not verify"); a "Source:" credit; a known sign-off; an agency's
/// byline, dateline or credit line. Names are matched loosely against the outlet table and
/// kept as written when it does not know them; null when the text does not say.
/// </summary>
public sealed partial class ProvenanceReader(OutletTable outlets) : IIngestionStage
{
    private const string NamePattern = @"(?:[Tt]he\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:of\s+|&\s+|and\s+)?\p{Lu}[\p{L}\d&'’.-]*){0,4}";

    // Bodies that tell what they could not verify are sources, not the outlet telling it.
    private static readonly string[] InstitutionWords =
    [
        "ministry", "army", "forces", "force", "government", "police", "office", "department", "council", "command",
        "service", "services", "officials", "military", "guard", "staff", "administration", "committee", "court",
    ];

    public ProvenanceReader()
        : this(OutletTable.Default)
    {
    }

    [GeneratedRegex(@"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>[\p{L}\d][\p{L}\d&.' -]{1,60}?)\s*(?:\.|,|\||-|\ball rights\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightHolder();

    // "LVIV, March 3 (Reuters) -", "ODESA, Ukraine (AP) —", "GENEVA (Xinhua) --", "(AFP) -", "MINSK, March 3. /BelTA/.".
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}\d.,'’ -]{0,60}?\s*)?(?:\((?<agency>[\p{L}][\p{L}\- ]{0,28})\)|/(?<agency>[\p{L}][\p{L}\- ]{0,28})/)\s*(?:[—–-]{1,2}|\.|:)")]
    private static partial Regex AgencyDateline();

    [GeneratedRegex(@"(?:^|[.!?:]\s+)(?i:a message from|thank(?:s| you) for reading|(?:please\s+)?support|subscribe to|sign up (?:for|to)|(?:this (?:article|story|report) )?(?:was )?(?:originally|first) (?:published|appeared) (?:in|on|by))\s+(?<name>" + NamePattern + @")(?<end>\s*[:.!]?\s*$)?")]
    private static partial Regex SelfReferenceBefore();

    [GeneratedRegex(@"(?<name>" + NamePattern + @")\s+(?:could not|couldn[’']t|cannot|can[’']t|was unable to|has been unable to|has not been able to|is unable to|did not|didn[’']t|has not|hasn[’']t)\s+(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)\b")]
    private static partial Regex SelfReferenceVerify();

    public void Run(ArticleContext article)
    {
        var declared = article.Source.Declared;
        article.Url = WebAddress(declared.Url) ?? WebAddress(article.Url);
        var dateline = Dateline(article);
        if (dateline is { IsAgency: true } && !article.Wire.Contains(dateline.Name))
            article.Wire.Add(dateline.Name);
        article.Publisher = Clean(declared.Publisher) ?? FromHost(article) ?? FromCopyright(article) ?? FromMasthead(article)
            ?? FromSelfReference(article) ?? article.CreditedOutlet ?? FromSignOff(article) ?? article.BylineAgency
            ?? dateline?.Name ?? FromCreditLine(article);
    }

    private static string? WebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : null;

    // The dateline opens the text proper: the first body line, below any subtitle.
    private Outlet? Dateline(ArticleContext article)
    {
        var lead = article.Lines.FirstOrDefault(l => l.Role == LineRole.Body)?.Content;
        if (lead is null || AgencyDateline().Match(lead) is not { Success: true } m)
            return null;
        var name = m.Groups["agency"].Value.Trim();
        return outlets.ByCredit(name) ?? outlets.Match(name);
    }

    private string? FromHost(ArticleContext article)
    {
        if (article.Url is null)
            return null;
        var host = new Uri(article.Url).Host;
        return outlets.ByHost(host)?.Name ?? HostSpelling.Find(host, article) ?? OutletTable.WithoutWww(host);
    }

    private string? FromCopyright(ArticleContext article)
    {
        foreach (var line in article.Lines.Where(l => l.Role == LineRole.Chrome))
        {
            if (CopyrightHolder().Match(line.Trimmed) is { Success: true } m && Clean(m.Groups["name"].Value) is { } name)
                return outlets.Match(name)?.Name ?? name;
        }
        return null;
    }

    // A site name above the headline ("Kyiv Independent", "The Clarion - EU").
    private string? FromMasthead(ArticleContext article) =>
        article.Lines.TakeWhile(l => l.Role is not (LineRole.Title or LineRole.Body or LineRole.Heading))
            .Where(l => l.Role is LineRole.Chrome or LineRole.Unclassified)
            .Select(l => Masthead.Name(l.Trimmed, outlets))
            .FirstOrDefault(n => n is not null);

    private string? FromSelfReference(ArticleContext article)
    {
        foreach (var line in article.Lines.Where(l => l.Role is not (LineRole.Blank or LineRole.Caption or LineRole.CaptionRepeat)))
        {
            var text = line.Content;
            if (SelfReferenceBefore().Match(text) is { Success: true } before
                && Named(before.Groups["name"].Value, before.Groups["end"].Success) is { } name)
                return name;
            // "The" opening a sentence is capitalised anyway; only inside one does it mark a proper name.
            if (SelfReferenceVerify().Match(text) is { Success: true } verify
                && Named(verify.Groups["name"].Value, false, OpensSentence(text, verify.Index)) is { } verifier)
                return verifier;
        }
        return null;
    }

    // A name the table knows is the outlet; an unknown one only when written as a proper name
    // with a capital "The", or alone at the end of its line ("A message from Clarion Daily:").
    private string? Named(string raw, bool endsLine, bool opensSentence = false)
    {
        var name = raw.Trim().TrimEnd('.', '’', '\'');
        if (name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal))
            name = name[..^2];
        if (outlets.Match(name) is { } known)
            return known.Name;
        if (name.StartsWith("the ", StringComparison.Ordinal))
            return null;
        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (InstitutionWords.Contains(last, StringComparer.OrdinalIgnoreCase))
            return null;
        return (name.StartsWith("The ", StringComparison.Ordinal) && !opensSentence) || endsLine ? name : null;
    }

    private static bool OpensSentence(string text, int index)
    {
        var before = text[..index].TrimEnd(' ', '"', '“', '‘', '(');
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':';
    }

    private string? FromSignOff(ArticleContext article) =>
        article.SignOff is { } code && outlets.ByCredit(code) is { IsAgency: false } outlet ? outlet.Name : null;

    // A credit line that is only an agency ("(AFP)", "Reuters", "AFP/dpa"), not a reporter's
    // "– with AFP", which says another outlet wrote the piece.
    private string? FromCreditLine(ArticleContext article)
    {
        foreach (var line in article.Lines.Where(l => l.Role == LineRole.Credit))
        {
            var text = line.Trimmed.Trim('(', ')', '[', ']', '/', ' ', '.', '–', '—', '-');
            var first = text.Split('/', StringSplitOptions.TrimEntries)[0];
            if (outlets.ByCredit(first) is { IsAgency: true } agency)
                return agency.Name;
        }
        return null;
    }

    private static string? Clean(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().TrimEnd('.', ',').Trim();
}
