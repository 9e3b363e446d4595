using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Collects the blocks of a flattened HTML page or Markdown file and writes them the way a
/// plain-text article looks: one block per line, a blank line between blocks.
/// </summary>
internal sealed partial class TextBlocks
{
    private readonly List<string> _blocks = [];
    private readonly StringBuilder _current = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>A block longer than this is a paragraph of prose, kept even when the page repeats it.</summary>
    private const int RepeatableLength = 120;

    /// <summary>
    /// Leaves out a short block that repeats one already written: a gallery repeats each
    /// caption, a page its teaser or its share prompt.
    /// </summary>
    public bool DropRepeats { get; init; }

    /// <summary>The blocks the source marks as headings (h2–h6, "## "), so sections need not be guessed.</summary>
    public List<string> Headings { get; } = [];

    public void Append(string text) => _current.Append(text);

    /// <summary>Ends the block being written; white space inside it collapses to single spaces.</summary>
    public void Break(bool heading = false)
    {
        if (_current.Length == 0)
            return;
        var count = _blocks.Count;
        Add(_current.ToString());
        if (heading && _blocks.Count > count)
            Headings.Add(_blocks[^1]);
        _current.Clear();
    }

    /// <summary>Adds a whole block, such as a heading or a paragraph.</summary>
    public void Add(string text)
    {
        var block = Collapse(text);
        if (block.Length > 0 && (!DropRepeats || block.Length > RepeatableLength || _seen.Add(block)))
            _blocks.Add(block);
    }

    /// <summary>Adds a block whose line breaks matter (preformatted text, code): each line is kept, trimmed at the end.</summary>
    public void AddPreformatted(string text)
    {
        Break();
        var lines = TextDecoder.NormalizeLineEndings(text).Split('\n').Select(l => l.TrimEnd()).ToList();
        var block = string.Join('\n', lines.SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse());
        if (block.Length > 0)
            _blocks.Add(block);
    }

    public override string ToString()
    {
        Break();
        return string.Join("\n\n", _blocks);
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
