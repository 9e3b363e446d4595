namespace Briefings.Ingestion.Stories;

/// <summary>
/// TF-IDF vectors over a set of documents (event texts), unit length, so that the cosine of
/// two is their dot product. Rare words weigh most: "reservoir" says more than "Russian".
/// </summary>
public sealed class TfIdf
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, double>> _vectors = [];

    public TfIdf(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        foreach (var doc in documents)
        {
            foreach (var term in doc.Distinct(StringComparer.Ordinal))
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
        Count = documents.Count;
        foreach (var doc in documents)
            _vectors.Add(Vector(doc));
    }

    public int Count { get; }

    public double Idf(string term) => Math.Log((1.0 + Count) / (1.0 + _documentFrequency.GetValueOrDefault(term))) + 1.0;

    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    public IReadOnlyDictionary<string, double> this[int document] => _vectors[document];

    public double Cosine(int a, int b)
    {
        var (small, large) = _vectors[a].Count <= _vectors[b].Count ? (_vectors[a], _vectors[b]) : (_vectors[b], _vectors[a]);
        var sum = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
                sum += weight * other;
        }
        return sum;
    }

    /// <summary>The shared terms that weigh most in the cosine, heaviest first.</summary>
    public IReadOnlyList<string> SharedTerms(int a, int b, int take) =>
        _vectors[a].Where(kv => _vectors[b].ContainsKey(kv.Key))
            .OrderByDescending(kv => kv.Value * _vectors[b][kv.Key])
            .Take(take)
            .Select(kv => kv.Key)
            .ToList();

    private Dictionary<string, double> Vector(IReadOnlyList<string> doc)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in doc)
            vector[term] = vector.GetValueOrDefault(term) + 1;
        foreach (var term in vector.Keys.ToList())
            vector[term] = (1 + Math.Log(vector[term])) * Idf(term);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm > 0)
        {
            foreach (var term in vector.Keys.ToList())
                vector[term] /= norm;
        }
        return vector;
    }
}
