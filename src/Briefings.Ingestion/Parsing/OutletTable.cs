using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Briefings.Ingestion.Parsing;

/// <summary>A news outlet or agency: its name, the hosts it publishes on, how credit lines and sign-offs name it, and its country (ISO 3166-1 alpha-2).</summary>
public sealed record Outlet(string Name, bool IsAgency, IReadOnlyList<string> Hosts, IReadOnlyList<string> Credits, string? Country = null);

/// <summary>
/// The known outlets and agencies, one table read from Parsing/Data/outlets.tsv, looked up by
/// host, by credit or sign-off (exact case), by name as a masthead prints it, or loosely by a
/// name as a text writes it ("Clarion Media", "the clarion", "Clarion.com").
/// </summary>
public sealed class OutletTable
{
    // Words an outlet's name carries or drops at will: "The Clarion", "Clarion Media", "Clarion Online".
    private static readonly FrozenSet<string> LooseWords = new[]
    {
        "the", "media", "news", "online", "group", "network", "networks", "ltd", "limited", "inc", "plc", "llc",
        "corporation", "corp", "co", "company", "newspaper", "newspapers", "publishing", "publications", "digital",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly IReadOnlyList<Outlet> _all;
    private readonly FrozenDictionary<string, Outlet> _byHost;
    private readonly FrozenDictionary<string, Outlet> _byCredit;
    private readonly FrozenDictionary<string, Outlet> _byName;
    private readonly FrozenDictionary<string, Outlet> _byLooseName;
    private readonly FrozenSet<string> _creditsAnyCase;

    public OutletTable(IEnumerable<Outlet> outlets)
    {
        var list = outlets.ToList();
        _all = list;
        _byHost = First(list.SelectMany(o => o.Hosts.Select(h => (h.ToLowerInvariant(), o))), StringComparer.OrdinalIgnoreCase);
        _byCredit = First(list.SelectMany(o => o.Credits.Select(c => (c, o))), StringComparer.Ordinal);
        _byName = First(list.SelectMany(o => new[] { o.Name, WithoutThe(o.Name) }.Select(n => (n, o))), StringComparer.OrdinalIgnoreCase);
        _creditsAnyCase = list.SelectMany(o => o.Credits).Where(c => c.Length >= 3).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        // Short codes ("AP", "DM") are matched only by their exact case, never loosely.
        _byLooseName = First(
            list.SelectMany(o => new[] { o.Name }.Concat(o.Credits.Where(c => c.Length >= 4)).Select(n => (LooseKey(n), o)))
                .Where(p => p.Item1.Length >= 3),
            StringComparer.Ordinal);
    }

    public static OutletTable Default { get; } = Load();

    /// <summary>Every outlet in the table, in its order.</summary>
    public IReadOnlyList<Outlet> All => _all;

    /// <summary>The outlet publishing on <paramref name="host"/> or any parent domain of it.</summary>
    public Outlet? ByHost(string host)
    {
        var h = WithoutWww(host.ToLowerInvariant());
        while (true)
        {
            if (_byHost.TryGetValue(h, out var outlet))
                return outlet;
            var dot = h.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || h.IndexOf('.', dot + 1) < 0)
                return null;
            h = h[(dot + 1)..];
        }
    }

    /// <summary>An agency or outlet as a credit line or a sign-off names it (case matters: "AP", not "ap").</summary>
    public Outlet? ByCredit(string credit) => _byCredit.GetValueOrDefault(credit.Trim());

    /// <summary>An outlet by its name as a masthead prints it, with or without "The".</summary>
    public Outlet? ByName(string name) =>
        _byName.GetValueOrDefault(name.Trim()) ?? _byName.GetValueOrDefault(WithoutThe(name.Trim()));

    /// <summary>
    /// An outlet by a name as a text writes it: its credit, its name in any case, with or without
    /// "The", with or without words such as Media, News or Online, or as a host ("Clarion.com").
    /// </summary>
    public Outlet? Match(string name)
    {
        var n = name.Trim();
        if (n.Length == 0)
            return null;
        if ((ByCredit(n) ?? ByName(n)) is { } exact)
            return exact;
        if (n.Contains('.', StringComparison.Ordinal) && !n.Contains(' ', StringComparison.Ordinal) && ByHost(n) is { } hosted)
            return hosted;
        var key = LooseKey(n);
        return key.Length >= 3 ? _byLooseName.GetValueOrDefault(key) : null;
    }

    /// <summary>Whether a name as a text writes it, in any case ("reuters", "the bbc", "ria"), is a known outlet or agency.</summary>
    public bool Knows(string name) =>
        Match(name) is not null || _creditsAnyCase.Contains(name.Trim());

    /// <summary>
    /// The part of a host an outlet is named by: "news.clarion.co.uk" gives "clarion"; null for
    /// an address with no such part (an IP address, "localhost").
    /// </summary>
    public static string? NameLabel(string host)
    {
        var labels = WithoutWww(host.ToLowerInvariant()).Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2 || labels.All(l => l.All(char.IsAsciiDigit)))
            return null;
        // "clarion.co.uk", "clarion.com.au": a two-letter country code under a generic second level.
        var suffix = labels.Length >= 3 && labels[^1].Length == 2
            && labels[^2] is "co" or "com" or "net" or "org" or "gov" or "ac" or "edu" or "or" or "ne" or "go" or "gob" or "info" or "news"
            ? 2
            : 1;
        return labels.Length > suffix ? labels[^(suffix + 1)] : null;
    }

    /// <summary>The host as a reader would name the site: without "www.".</summary>
    public static string WithoutWww(string host) =>
        host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static string WithoutThe(string name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    /// <summary>The name folded for a loose match: letters and digits only, no accents, no "The", no Media/News/.com.</summary>
    private static string LooseKey(string name)
    {
        var text = name.Trim();
        // "Clarion.com", "Clarion.co.uk": a written host names the outlet by its label.
        if (!text.Contains(' ', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal) && NameLabel(text) is { } label)
            text = label;
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (c is '\'' or '’' or '.' or '-')
                continue;
            Flush();
        }
        Flush();
        var kept = words.Where(w => !LooseWords.Contains(w)).ToList();
        return string.Concat(kept.Count > 0 ? kept : words);

        void Flush()
        {
            if (word.Length > 0)
                words.Add(word.ToString());
            word.Clear();
        }
    }

    private static FrozenDictionary<string, Outlet> First(IEnumerable<(string Key, Outlet Outlet)> pairs, StringComparer comparer)
    {
        var map = new Dictionary<string, Outlet>(comparer);
        foreach (var (key, outlet) in pairs)
            map.TryAdd(key, outlet);
        return map.ToFrozenDictionary(comparer);
    }

    private static OutletTable Load()
    {
        using var stream = typeof(OutletTable).Assembly.GetManifestResourceStream("Briefings.Ingestion.Data.outlets.tsv")
            ?? throw new InvalidOperationException("outlets.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var outlets = new List<Outlet>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var f = line.Split('\t');
            static string[] List(string[] f, int i) => f.Length > i ? f[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var country = f.Length > 4 && f[4].Trim().Length == 2 ? f[4].Trim() : null;
            outlets.Add(new Outlet(f[1].Trim(), f[0] == "agency", List(f, 2), List(f, 3), country));
        }
        return new OutletTable(outlets);
    }
}
