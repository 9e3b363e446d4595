using System.Collections.Frozen;

namespace Briefings.Ingestion.Parsing;

/// <summary>A news outlet or agency: its name, the hosts it publishes on, and how credit lines and sign-offs name it.</summary>
public sealed record Outlet(string Name, bool IsAgency, IReadOnlyList<string> Hosts, IReadOnlyList<string> Credits);

/// <summary>The known outlets and agencies (Parsing/Data/outlets.tsv), looked up by host, credit or sign-off.</summary>
public sealed class OutletTable
{
    private readonly FrozenDictionary<string, Outlet> _byHost;
    private readonly FrozenDictionary<string, Outlet> _byCredit;
    private readonly FrozenDictionary<string, Outlet> _byName;

    public OutletTable(IEnumerable<Outlet> outlets)
    {
        var list = outlets.ToList();
        _byHost = list.SelectMany(o => o.Hosts.Select(h => (h, o)))
            .ToFrozenDictionary(p => p.h, p => p.o, StringComparer.OrdinalIgnoreCase);
        _byCredit = list.SelectMany(o => o.Credits.Select(c => (c, o)))
            .ToFrozenDictionary(p => p.c, p => p.o, StringComparer.Ordinal);
        _byName = list.SelectMany(o => new[] { o.Name, WithoutThe(o.Name) }.Distinct().Select(n => (n, o)))
            .DistinctBy(p => p.n, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.n, p => p.o, StringComparer.OrdinalIgnoreCase);
    }

    public static OutletTable Default { get; } = Load();

    /// <summary>The outlet publishing on <paramref name="host"/> or any parent domain of it.</summary>
    public Outlet? ByHost(string host)
    {
        var h = host.ToLowerInvariant();
        if (h.StartsWith("www.", StringComparison.Ordinal))
            h = h[4..];
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

    private static string WithoutThe(string name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

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
            var credits = f.Length > 3 ? f[3].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            outlets.Add(new Outlet(f[1], f[0] == "agency", f[2].Split('|', StringSplitOptions.RemoveEmptyEntries), credits));
        }
        return new OutletTable(outlets);
    }
}
