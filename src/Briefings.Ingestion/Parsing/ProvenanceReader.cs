using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Says where the article comes from: its original address (declared, or an "Original URL:"
/// line; http and https only), its publisher (declared, the address's host through the table
/// of known outlets or the bare host, a copyright line, or a known sign-off; null when the
/// text does not say), and wire agencies credited in a dateline such as "KYIV (AP) —".
/// </summary>
public sealed partial class ProvenanceReader(OutletTable outlets) : IIngestionStage
{
    public ProvenanceReader()
        : this(OutletTable.Default)
    {
    }

    [GeneratedRegex(@"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>[\p{L}\d][\p{L}\d&.' -]{1,60}?)\s*(?:\.|,|\||-|\ball rights\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightHolder();

    [GeneratedRegex(@"^\s*[\p{Lu}][\p{L}\d.,' -]{0,60}\((?<agency>[\p{L}]{2,12})\)\s*[—–-]")]
    private static partial Regex AgencyDateline();

    public void Run(ArticleContext article)
    {
        var declared = article.Source.Declared;
        article.Url = WebAddress(declared.Url) ?? WebAddress(article.Url);
        article.Publisher = Clean(declared.Publisher) ?? FromHost(article.Url) ?? FromCopyright(article) ?? FromMasthead(article) ?? article.CreditedOutlet ?? FromSignOff(article) ?? article.BylineAgency;
        // The dateline opens the text proper: the first body line, below any subtitle.
        var lead = article.Lines.FirstOrDefault(l => l.Role == LineRole.Body)?.Content;
        if (lead is not null && AgencyDateline().Match(lead) is { Success: true } m
            && outlets.ByCredit(m.Groups["agency"].Value) is { IsAgency: true } agency && !article.Wire.Contains(agency.Name))
            article.Wire.Add(agency.Name);
    }

    private static string? WebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : null;

    private string? FromHost(string? url)
    {
        if (url is null)
            return null;
        var host = new Uri(url).Host;
        return outlets.ByHost(host)?.Name ?? (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host);
    }

    private static string? FromCopyright(ArticleContext article)
    {
        foreach (var line in article.Lines.Where(l => l.Role == LineRole.Chrome))
        {
            if (CopyrightHolder().Match(line.Trimmed) is { Success: true } m)
                return Clean(m.Groups["name"].Value);
        }
        return null;
    }

    // A site name above the headline ("Kyiv Independent") names the outlet when the table knows it.
    private string? FromMasthead(ArticleContext article) =>
        article.Lines.TakeWhile(l => l.Role != LineRole.Title)
            .Where(l => l.Role == LineRole.Chrome)
            .Select(l => outlets.ByName(l.Trimmed)?.Name)
            .FirstOrDefault(n => n is not null);

    private string? FromSignOff(ArticleContext article) =>
        article.SignOff is { } code && outlets.ByCredit(code) is { IsAgency: false } outlet ? outlet.Name : null;

    private static string? Clean(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().TrimEnd('.', ',').Trim();
}
