using System.Collections.Frozen;

namespace Briefings.Ingestion.Entities;

/// <summary>
/// Every known name at once, as a trie over folded word keys with frozen lookups: the
/// longest name starting at a token is found in one walk, whatever the number of names.
/// </summary>
public sealed class NameTrie
{
    private readonly Node _root;

    public NameTrie(IEnumerable<KnownName> names)
    {
        var root = new Builder();
        foreach (var name in names)
        {
            var keys = NameTokenizer.Tokenize(name.Surface).Select(t => t.Key).ToList();
            if (keys.Count == 0)
                continue;
            var node = root;
            foreach (var key in keys)
                node = node.Child(key);
            node.Names.Add(name);
        }
        _root = root.Freeze();
    }

    /// <summary>The longest run of tokens from <paramref name="start"/> that is a known name, and its candidates.</summary>
    public (int Count, IReadOnlyList<KnownName> Names) LongestAt(IReadOnlyList<NameToken> tokens, int start, string text)
    {
        var node = _root;
        var best = (0, (IReadOnlyList<KnownName>)[]);
        for (var i = start; i < tokens.Count; i++)
        {
            if (i > start && !Adjacent(text, tokens[i - 1], tokens[i]))
                break;
            if (!node.Children.TryGetValue(tokens[i].Key, out var next))
                break;
            node = next;
            if (node.Names.Length > 0)
                best = (i - start + 1, node.Names);
        }
        return best;
    }

    // Words of one name are separated by a space or a hyphen, not by a comma or a full stop.
    private static bool Adjacent(string text, NameToken a, NameToken b)
    {
        // "Democratic People's Republic": the possessive belongs to the name.
        var from = a.Possessive ? a.End + 2 : a.End;
        for (var i = from; i < b.Start; i++)
        {
            if (text[i] is not (' ' or '-' or '\u00a0' or '‑'))
                return false;
        }
        return b.Start - from <= 2;
    }

    private sealed class Node(FrozenDictionary<string, Node> children, KnownName[] names)
    {
        public FrozenDictionary<string, Node> Children { get; } = children;
        public KnownName[] Names { get; } = names;
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, Builder> _children = new(StringComparer.Ordinal);

        public List<KnownName> Names { get; } = [];

        public Builder Child(string key)
        {
            if (!_children.TryGetValue(key, out var child))
                _children[key] = child = new Builder();
            return child;
        }

        public Node Freeze() => new(_children.ToFrozenDictionary(c => c.Key, c => c.Value.Freeze(), StringComparer.Ordinal), [.. Names]);
    }
}
