using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Reads a Markdown file with Markdig: YAML front matter (title, date, url, publisher) becomes
/// declared metadata, and the body is flattened to plain text, one block per line: headings
/// without their '#', paragraphs, list items, quotes and code, with emphasis and links reduced to their text.
/// </summary>
public sealed class MarkdownDocumentReader : ISourceFormatReader
{
    private static readonly MarkdownPipeline WithFrontMatter = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();
    private static readonly MarkdownPipeline WithoutFrontMatter = new MarkdownPipelineBuilder().Build();

    private static readonly string[] UrlKeys = ["url", "canonical", "link", "source"];
    private static readonly string[] DateKeys = ["date", "published", "published_at", "publishdate", "publish_date", "pubdate", "date_published", "datepublished", "created"];
    private static readonly string[] ModifiedKeys = ["modified", "updated", "lastmod", "last_modified", "date_modified"];

    public SourceFormat Format => SourceFormat.Markdown;

    public ExtractedText Read(string text)
    {
        var document = Markdown.Parse(text, WithFrontMatter);
        var declared = DeclaredMetadata.None;
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter)
        {
            var fields = ReadFrontMatter(FrontMatterText(text, frontMatter));
            if (fields is null)
            {
                // Not a YAML mapping, so not front matter after all (prose between two rules,
                // or a typo): keep its lines as ordinary text rather than lose them.
                document = Markdown.Parse(text, WithoutFrontMatter);
            }
            else
            {
                declared = Declare(fields);
            }
        }
        var (body, headings) = Flatten(document);
        // Markdown's convention: a level-1 heading that opens the document is its title (front matter's, when given, wins).
        if (declared.Title is null && LeadingTitle(document) is { } title)
            declared = declared with { Title = title };
        return new ExtractedText(body, declared) { Headings = headings };
    }

    private static string? LeadingTitle(MarkdownDocument document)
    {
        var first = document.FirstOrDefault(b => b is not (YamlFrontMatterBlock or LinkReferenceDefinitionGroup or ThematicBreakBlock or BlankLineBlock));
        if (first is not HeadingBlock { Level: 1, Inline: { } inline })
            return null;
        var blocks = new TextBlocks();
        AppendInlines(blocks, inline);
        var text = TextBlocks.Collapse(blocks.ToString());
        return text.Length > 0 ? text : null;
    }

    /// <summary>The YAML between the fences; Markdig's block spans the fence lines too.</summary>
    private static string FrontMatterText(string text, YamlFrontMatterBlock block)
    {
        var lines = text.Substring(block.Span.Start, Math.Min(block.Span.Length, text.Length - block.Span.Start)).Split('\n').ToList();
        if (lines.Count > 0 && lines[0].TrimEnd() == "---")
            lines.RemoveAt(0);
        if (lines.Count > 0 && lines[^1].TrimEnd() is "---" or "...")
            lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines);
    }

    /// <summary>The front matter's top-level scalar fields, or null when it is not a valid YAML mapping.</summary>
    private static Dictionary<string, string>? ReadFrontMatter(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return null;
        }
        if (stream.Documents.Count == 0)
            return [];
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            return null;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } scalar } && scalar.Trim().Length > 0)
                fields.TryAdd(name.Trim(), TextBlocks.Collapse(scalar));
        }
        return fields;
    }

    private static DeclaredMetadata Declare(Dictionary<string, string> fields)
    {
        var url = UrlKeys.Select(k => WebUrl(fields.GetValueOrDefault(k))).FirstOrDefault(u => u is not null);
        // "source: Reuters" names the publisher; "source: https://..." is the address.
        var source = fields.GetValueOrDefault("source");
        var publisher = fields.GetValueOrDefault("publisher") ?? fields.GetValueOrDefault("site_name") ?? (WebUrl(source) is null ? source : null);
        var dates = DateKeys.Select(fields.GetValueOrDefault).OfType<string>().ToList();
        return new DeclaredMetadata(
            fields.GetValueOrDefault("title") ?? fields.GetValueOrDefault("headline"),
            dates.FirstOrDefault(),
            publisher,
            url)
        {
            OtherPublished = dates.Count > 1 ? dates.Skip(1).ToList() : DeclaredMetadata.None.OtherPublished,
            Modified = ModifiedKeys.Select(fields.GetValueOrDefault).FirstOrDefault(m => m is not null),
        };
    }

    private static string? WebUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static (string Text, IReadOnlyList<string> Headings) Flatten(MarkdownDocument document)
    {
        var blocks = new TextBlocks();
        // An explicit stack rather than recursion: deeply nested quotes or lists must not overflow it.
        var stack = new Stack<Block>(document.Reverse());
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or ThematicBreakBlock:
                    break;
                case CodeBlock code:
                    blocks.AddPreformatted(code.Lines.ToString());
                    break;
                case HtmlBlock html:
                    foreach (var line in HtmlDocumentReader.FlattenFragment(html.Lines.ToString()).Split("\n\n"))
                        blocks.Add(line);
                    break;
                case HeadingBlock { Level: >= 2, Inline: { } heading }:
                    AppendInlines(blocks, heading);
                    blocks.Break(heading: true);
                    break;
                case LeafBlock { Inline: { } inline }:
                    AppendInlines(blocks, inline);
                    blocks.Break();
                    break;
                case ContainerBlock container:
                    foreach (var child in container.Reverse())
                        stack.Push(child);
                    break;
            }
        }
        return (blocks.ToString(), blocks.Headings);
    }

    private static void AppendInlines(TextBlocks blocks, ContainerInline root)
    {
        var stack = new Stack<Inline>(root.Reverse());
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case LiteralInline literal:
                    blocks.Append(literal.Content.ToString());
                    break;
                case CodeInline code when code.DelimiterCount == 2 && code.Content.Contains("''", StringComparison.Ordinal):
                    // Not code: prose quoted TeX-style (``so'' in wire copy) that Markdown reads as a code span. Keep it as written.
                    blocks.Append("``" + code.Content + "``");
                    break;
                case CodeInline code:
                    blocks.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    blocks.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    blocks.Append(autolink.Url);
                    break;
                case LineBreakInline { IsHard: true }:
                    blocks.Break();
                    break;
                case LineBreakInline:
                    blocks.Append(" ");
                    break;
                case ContainerInline container:
                    foreach (var child in container.Reverse())
                        stack.Push(child);
                    break;
            }
        }
    }
}
