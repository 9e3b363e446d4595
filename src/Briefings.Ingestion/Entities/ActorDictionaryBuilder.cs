namespace Briefings.Ingestion.Entities;

/// <summary>
/// Reads actor files line by line into drafts, merges user lines into known actors, then checks
/// affiliations and names across all files before freezing the result.
/// </summary>
internal sealed class ActorDictionaryBuilder
{
    private static readonly string[] DefaultColumns = ["key", "name", "type", "aliases", "short", "role", "affiliation", "country"];

    private readonly Dictionary<string, Draft> _drafts = new(StringComparer.Ordinal);
    private readonly List<Draft> _order = [];
    private readonly List<ActorDictionaryDiagnostic> _diagnostics = [];

    public void Report(string file, int line, string message) =>
        _diagnostics.Add(new ActorDictionaryDiagnostic(file, line, message));

    public void Read(TextReader reader, string file, bool isBase)
    {
        string[]? columns = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (columns is null)
            {
                if (fields[0].Trim().Equals("key", StringComparison.OrdinalIgnoreCase))
                {
                    columns = ReadHeader(fields, file, number);
                    if (columns is null)
                        return;
                    continue;
                }
                if (isBase)
                    Report(file, number, "the header line (key, name, type, aliases, short, role, affiliation, country) is missing");
                columns = DefaultColumns;
            }
            ReadActor(fields, columns, file, number, isBase);
        }
    }

    public ActorDictionary Build(Func<IReadOnlyList<KnownActor>, IReadOnlyList<KnownActorName>, IReadOnlyList<ActorDictionaryDiagnostic>, ActorDictionary> create)
    {
        CheckAffiliations();
        var actors = _order.Select(d => new KnownActor(
            d.Key, d.Name, d.Type,
            d.Aliases.Select(a => a.Form).ToArray(),
            d.ShortForms.ToArray(),
            d.Role, d.Affiliation, d.Country)).ToArray();
        var names = new List<KnownActorName>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in _order)
        {
            Claim(draft.Name, draft.Key, KnownActorNameKind.Name, draft.File, draft.Line);
            foreach (var (form, file, line) in draft.Aliases)
                Claim(form, draft.Key, KnownActorNameKind.Alias, file, line);
        }
        foreach (var draft in _order)
            names.AddRange(draft.ShortForms.Select(s => new KnownActorName(s, draft.Key, KnownActorNameKind.ShortForm)));
        return create(actors, names, _diagnostics);

        void Claim(string form, string key, KnownActorNameKind kind, string file, int line)
        {
            names.Add(new KnownActorName(form, key, kind));
            if (!owners.TryAdd(form, key) && owners[form] != key)
                Report(file, line, $"'{form}' names both {owners[form]} and {key}");
        }
    }

    private string[]? ReadHeader(string[] fields, string file, int number)
    {
        var columns = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        foreach (var unknown in columns.Where(c => c.Length > 0 && !DefaultColumns.Contains(c)))
            Report(file, number, $"unknown column '{unknown}' is ignored (known: {string.Join(", ", DefaultColumns)})");
        if (columns.Distinct().Count() != columns.Length)
        {
            Report(file, number, "a column is named twice in the header; the file is skipped");
            return null;
        }
        return columns;
    }

    private void ReadActor(string[] fields, string[] columns, string file, int number, bool isBase)
    {
        if (fields.Length > columns.Length && fields.Skip(columns.Length).Any(f => f.Trim().Length > 0))
        {
            Report(file, number, $"the line has {fields.Length} tab-separated fields, more than the {columns.Length} columns");
            return;
        }
        var key = Field("key");
        var name = Field("name");
        var typeText = Field("type");
        var affiliation = Field("affiliation");
        var country = Field("country");
        if (key.Length == 0)
        {
            Report(file, number, "the key is empty");
            return;
        }
        if (!IsSlug(key))
        {
            Report(file, number, $"the key '{key}' is not a slug (lower-case ASCII letters and digits joined by single hyphens)");
            return;
        }
        EntityType? type = typeText.ToLowerInvariant() switch
        {
            "" => null,
            "person" => EntityType.Person,
            "organisation" or "organization" => EntityType.Organisation,
            _ => null,
        };
        if (typeText.Length > 0 && type is null)
        {
            Report(file, number, $"the type '{typeText}' is neither person nor organisation");
            return;
        }
        if (affiliation.Length > 0 && !IsSlug(affiliation))
        {
            Report(file, number, $"the affiliation '{affiliation}' is not a key (a slug such as kremlin or russia)");
            return;
        }
        if (country.Length > 0 && !(country.Length == 2 && country.All(char.IsAsciiLetter)))
        {
            Report(file, number, $"the country '{country}' is not an ISO 3166-1 alpha-2 code such as RU or UA");
            return;
        }

        if (_drafts.TryGetValue(key, out var draft))
        {
            if (isBase && draft.File == file)
            {
                Report(file, number, $"the key '{key}' is already defined on line {draft.Line}");
                return;
            }
        }
        else
        {
            if (ActorDictionary.IsCountry(key))
            {
                Report(file, number, $"the key '{key}' is a country's; countries belong to the gazetteer");
                return;
            }
            if (name.Length == 0 || type is null)
            {
                Report(file, number, $"the new actor '{key}' needs a name and a type");
                return;
            }
            draft = new Draft(key, name, type.Value, file, number);
            _drafts.Add(key, draft);
            _order.Add(draft);
        }

        if (name.Length > 0)
            draft.Name = name;
        if (type is not null)
            draft.Type = type.Value;
        if (Field("role") is { Length: > 0 } role)
            draft.Role = role;
        if (affiliation.Length > 0)
            (draft.Affiliation, draft.AffiliationFile, draft.AffiliationLine) = (affiliation, file, number);
        if (country.Length > 0)
            draft.Country = country.ToUpperInvariant();
        foreach (var alias in Forms("aliases"))
        {
            if (!alias.Equals(draft.Name, StringComparison.Ordinal) &&
                !draft.Aliases.Any(a => a.Form.Equals(alias, StringComparison.Ordinal)))
                draft.Aliases.Add((alias, file, number));
        }
        foreach (var form in Forms("short"))
        {
            if (!draft.ShortForms.Contains(form, StringComparer.Ordinal))
                draft.ShortForms.Add(form);
        }

        string Field(string column)
        {
            var index = Array.IndexOf(columns, column);
            return index >= 0 && index < fields.Length ? fields[index].Trim() : "";
        }

        IEnumerable<string> Forms(string column) =>
            Field(column).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private void CheckAffiliations()
    {
        foreach (var draft in _order.Where(d => d.Affiliation is not null))
        {
            if (!_drafts.ContainsKey(draft.Affiliation!) && !ActorDictionary.IsCountry(draft.Affiliation!))
            {
                Report(draft.AffiliationFile, draft.AffiliationLine,
                    $"the affiliation '{draft.Affiliation}' of {draft.Key} is neither a known actor nor a country slug");
                draft.Affiliation = null;
            }
        }
        foreach (var draft in _order)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { draft.Key };
            for (var current = draft; current.Affiliation is { } next && _drafts.TryGetValue(next, out var parent); current = parent)
            {
                if (!seen.Add(next))
                {
                    // Cutting the link that closes the loop keeps every chain finite.
                    Report(current.AffiliationFile, current.AffiliationLine,
                        $"the affiliation of {current.Key} leads back to {next}; it is dropped");
                    current.Affiliation = null;
                    break;
                }
            }
        }
    }

    internal static bool IsSlug(string text) =>
        text.Length > 0 && text[0] != '-' && text[^1] != '-' && !text.Contains("--", StringComparison.Ordinal) &&
        text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private sealed class Draft(string key, string name, EntityType type, string file, int line)
    {
        public string Key { get; } = key;
        public string Name { get; set; } = name;
        public EntityType Type { get; set; } = type;
        public string File { get; } = file;
        public int Line { get; } = line;
        public string? Role { get; set; }
        public string? Affiliation { get; set; }
        public string AffiliationFile { get; set; } = file;
        public int AffiliationLine { get; set; } = line;
        public string? Country { get; set; }
        public List<(string Form, string File, int Line)> Aliases { get; } = [];
        public List<string> ShortForms { get; } = [];
    }
}
