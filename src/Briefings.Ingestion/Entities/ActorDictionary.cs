using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// The curated people and organisations of the war and its region (actors.tsv, embedded), with
/// any files of extra actors and aliases a user keeps. Immutable once loaded; bad lines are
/// skipped and listed in <see cref="Diagnostics"/> with their file and line.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A dictionary in the lexicographer's sense, as ACLED's and CAMEO's actor dictionaries are.")]
public sealed class ActorDictionary
{
    public const string ResourceName = "Briefings.Ingestion.Data.actors.tsv";
    internal const string BuiltInFile = "actors.tsv";

    private static readonly Lazy<ActorDictionary> BuiltInLazy = new(() => Load());

    private readonly Dictionary<string, KnownActor> _byKey;
    private readonly Dictionary<string, string[]> _keysBySurface;

    private ActorDictionary(
        IReadOnlyList<KnownActor> all,
        IReadOnlyList<KnownActorName> names,
        IReadOnlyList<ActorDictionaryDiagnostic> diagnostics)
    {
        All = all;
        Names = names;
        Diagnostics = diagnostics;
        _byKey = all.ToDictionary(a => a.Key, StringComparer.Ordinal);
        _keysBySurface = names.GroupBy(n => n.Surface, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(n => n.Key).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in dictionary alone, loaded once and shared.</summary>
    public static ActorDictionary BuiltIn => BuiltInLazy.Value;

    /// <summary>Every actor, in the order of the files.</summary>
    public IReadOnlyList<KnownActor> All { get; }

    /// <summary>Every surface form with the key it names: canonical names, aliases, then short forms.</summary>
    public IReadOnlyList<KnownActorName> Names { get; }

    public IReadOnlyList<ActorDictionaryDiagnostic> Diagnostics { get; }

    public static ActorDictionary Load(params string[] extraFiles) => LoadWithExtras(extraFiles);

    /// <summary>
    /// Reads the built-in actors, then each user file in turn: a line whose key is already known
    /// adds its aliases and short forms and overrides the fields it fills; a new key adds an actor.
    /// </summary>
    public static ActorDictionary LoadWithExtras(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<(string File, Func<TextReader> Open)>
        {
            (BuiltInFile, OpenBuiltIn),
        };
        sources.AddRange(paths.Select(p => (p, (Func<TextReader>)(() => new StreamReader(p, Encoding.UTF8, true)))));
        return FromSources(sources);
    }

    /// <summary>Builds a dictionary from named readers: the first is the base, later ones are user files.</summary>
    internal static ActorDictionary FromSources(IEnumerable<(string File, Func<TextReader> Open)> sources)
    {
        var builder = new ActorDictionaryBuilder();
        var first = true;
        foreach (var (file, open) in sources)
        {
            TextReader reader;
            try
            {
                reader = open();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                builder.Report(file, 0, $"cannot read the file: {ex.Message}");
                first = false;
                continue;
            }
            using (reader)
                builder.Read(reader, file, isBase: first);
            first = false;
        }
        return builder.Build((all, names, diagnostics) => new ActorDictionary(all, names, diagnostics));
    }

    public bool TryGet(string key, [MaybeNullWhen(false)] out KnownActor actor) =>
        _byKey.TryGetValue(key, out actor);

    /// <summary>The keys of the actors a surface form names, compared without regard to case; empty if none.</summary>
    public IReadOnlyList<string> KeysFor(string surface) =>
        _keysBySurface.TryGetValue(surface, out var keys) ? keys : [];

    /// <summary>
    /// The actor's key followed by the keys it belongs to, ending at a country slug where there is
    /// one: dmitry-peskov, kremlin, russia. Empty for an unknown key.
    /// </summary>
    public IReadOnlyList<string> AffiliationChain(string key)
    {
        var chain = new List<string>();
        var current = key;
        while (current is not null && !chain.Contains(current))
        {
            if (_byKey.TryGetValue(current, out var actor))
            {
                chain.Add(current);
                current = actor.Affiliation;
            }
            else
            {
                if (chain.Count > 0 && IsCountry(current))
                    chain.Add(current);
                break;
            }
        }
        return chain;
    }

    /// <summary>Whether an affiliation names a country (its slug: russia, north-korea, united-states).</summary>
    public static bool IsCountry(string slug) => ActorDictionaryCountries.CodeBySlug.ContainsKey(slug);

    /// <summary>The ISO 3166-1 alpha-2 code of a country slug, or null.</summary>
    public static string? CountryCode(string slug) =>
        ActorDictionaryCountries.CodeBySlug.TryGetValue(slug, out var code) ? code : null;

    /// <summary>
    /// The key a canonical name gets: lower case ASCII, accents dropped, apostrophes and dots
    /// removed, every other run of non-alphanumerics a hyphen ("El País" → el-pais).
    /// </summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
                continue;
            var folded = char.ToLowerInvariant(c) switch
            {
                'ł' => 'l',
                'ø' => 'o',
                'đ' => 'd',
                'ı' => 'i',
                var other => other,
            };
            if (folded is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && text.Length > 0)
                    text.Append('-');
                pendingHyphen = false;
                text.Append(folded);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return text.ToString();
    }

    private static StreamReader OpenBuiltIn()
    {
        // A missing resource is a broken build, not bad input, so it is the one thing that throws.
        var stream = typeof(ActorDictionary).Assembly.GetManifestResourceStream(ResourceName)
                     ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return new StreamReader(stream, Encoding.UTF8);
    }
}
