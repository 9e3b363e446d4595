using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Briefings.Ingestion.Reading.Html;

namespace Briefings.Ingestion.Reading;

/// <summary>
/// Finds the blocks of an HTML page that hold the article's own text, the way Readability
/// and trafilatura do: every paragraph of the page scores the blocks above it by its length
/// and its clause marks; a block's score falls with the share of its text in links and
/// moves with what its class and id names say; the best block, with the sibling blocks
/// that belong to the same story, is the article. Then <see cref="ContentCleaner"/> sets
/// aside the furniture inside it. A strict pass that comes out short is run again with
/// fewer rules, and a looser pass wins only when it finds far more text.
/// </summary>
internal static class HtmlContentFinder
{
    /// <summary>Text shorter than this (in characters, white space aside) is not a paragraph of its own.</summary>
    private const int MinParagraph = 25;

    /// <summary>An article found with fewer characters than this is looked for again with fewer rules.</summary>
    private const int EnoughText = 500;

    /// <summary>Blocks further up get a share of a paragraph's score: all, a half, then less.</summary>
    private static readonly double[] AncestorShares = [1, 1 / 2.0, 1 / 6.0, 1 / 9.0, 1 / 12.0];

    /// <summary>The article: its blocks in page order, what to leave out inside them, and the block that scored best.</summary>
    public static HtmlContent FindArticle(IHtmlDocument document)
    {
        var root = document.Body ?? document.DocumentElement;
        HtmlContent? best = null;
        foreach (var rules in Rules.Attempts)
        {
            var found = Find(root, rules);
            if (found.Chars >= EnoughText)
                return found;
            // A looser pass wins only when it finds far more: else it would just add back the furniture the strict pass left out.
            if (best is null || found.Chars > best.Chars * 3)
                best = found;
        }
        return best!;
    }

    private static HtmlContent Find(IElement root, Rules rules)
    {
        var stats = BlockStatsBuilder.Build(root, rules.SkipUnlikely);
        var candidates = ScoreParagraphs(root, stats, rules);
        if (candidates.Count == 0)
        {
            // Not one paragraph long enough to score: a page this small is read whole, or its article element if it marks one.
            var marked = root.QuerySelectorAll("article, main, [role=main]").FirstOrDefault(e => stats.TryGetValue(e, out var m) && !m.Skipped) ?? root;
            return Content([marked], marked, stats, rules);
        }

        foreach (var candidate in candidates)
        {
            var s = stats[candidate];
            s.Score *= 1 - s.LinkDensity;
        }
        var ranked = candidates.OrderByDescending(c => stats[c].Score!.Value).Take(5).ToList();
        var top = WidenToSharedAncestor(ranked, stats, root);
        top = ClimbWhileScoreRises(top, stats, root);
        while (top != root && top.ParentElement is { } parent && parent != root && parent.ChildElementCount == 1)
            top = parent;
        return Content(WithSiblings(top, stats, root), top, stats, rules);
    }

    private static HtmlContent Content(IReadOnlyList<IElement> blocks, IElement top, Dictionary<IElement, BlockStats> stats, Rules rules)
    {
        var left = ContentCleaner.LeftOut(blocks, stats, rules.CleanConditionally, rules.WeighClasses);
        var chars = 0;
        foreach (var block in blocks)
            chars += stats.TryGetValue(block, out var b) ? b.Chars : 0;
        foreach (var element in left)
            chars -= stats.TryGetValue(element, out var s) && !s.Skipped ? s.Chars : 0;
        return new HtmlContent(blocks, top, element => left.Contains(element) || (stats.TryGetValue(element, out var s) && s.Skipped), chars);
    }

    /// <summary>Each paragraph (a &lt;p&gt;, or the loose text of a &lt;div&gt; written with &lt;br&gt;s) scores the blocks above it.</summary>
    private static List<IElement> ScoreParagraphs(IElement root, Dictionary<IElement, BlockStats> stats, Rules rules)
    {
        var candidates = new List<IElement>();
        foreach (var (element, s) in stats)
        {
            if (s.Skipped || BlockStatsBuilder.Inline.Contains(element.LocalName) || element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                continue;
            // A list item of prose scores its list as a paragraph scores its block; a list of links loses it to their density.
            var pLike = element.LocalName is "p" or "pre" or "li";
            var chars = pLike ? s.Chars : s.OwnChars;
            var commas = pLike ? s.Commas : s.OwnCommas;
            if (chars < MinParagraph)
                continue;
            var score = 1 + commas + Math.Min(chars / 100, 3);
            // A <p> gives its score to the block it sits in; loose text is a paragraph of the block that holds it.
            var holder = pLike ? element.ParentElement : element;
            for (var level = 0; holder is not null && level < AncestorShares.Length; level++, holder = holder.ParentElement)
            {
                if (!stats.TryGetValue(holder, out var h) || h.Skipped)
                    break;
                if (h.Score is null)
                {
                    h.Score = InitialScore(holder, rules);
                    candidates.Add(holder);
                }
                h.Score += score * AncestorShares[level];
                if (holder == root)
                    break;
            }
        }
        return candidates;
    }

    private static double InitialScore(IElement element, Rules rules)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + (rules.WeighClasses ? ClassHints.WeightOf(element) : 0);
    }

    /// <summary>When three more of the best few blocks sit under one block with the best, the story is spread over them and that block holds it all.</summary>
    private static IElement WidenToSharedAncestor(List<IElement> ranked, Dictionary<IElement, BlockStats> stats, IElement root)
    {
        var top = ranked[0];
        var topScore = stats[top].Score!.Value;
        var ancestorsOf = ranked.Skip(1).Where(c => stats[c].Score >= topScore * 0.75)
            .Select(a => Ancestors(a, root).ToHashSet())
            .Where(ancestors => !ancestors.Contains(top))
            .ToList();
        if (ancestorsOf.Count < 3)
            return top;
        foreach (var ancestor in Ancestors(top, root))
        {
            if (ancestorsOf.Count(set => set.Contains(ancestor)) >= 3)
                return ancestor;
        }
        return top;
    }

    /// <summary>A parent that scores higher than the block holds more of the story than the block alone.</summary>
    private static IElement ClimbWhileScoreRises(IElement top, Dictionary<IElement, BlockStats> stats, IElement root)
    {
        var lastScore = stats[top].Score ?? 0;
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && top != root; parent = parent.ParentElement)
        {
            if (stats.TryGetValue(parent, out var p) && p.Score is { } parentScore)
            {
                if (parentScore < threshold)
                    break;
                if (parentScore > lastScore)
                    return parent;
                lastScore = parentScore;
            }
            if (parent == root)
                break;
        }
        return top;
    }

    /// <summary>
    /// The block with those of its siblings that belong to the story: one that scores near it,
    /// shares its class, or reads as a paragraph of prose rather than links.
    /// </summary>
    private static List<IElement> WithSiblings(IElement top, Dictionary<IElement, BlockStats> stats, IElement root)
    {
        if (top == root || top.ParentElement is not { } parent)
            return [top];
        var topScore = stats[top].Score ?? 0;
        var threshold = Math.Max(10, topScore * 0.2);
        var blocks = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                blocks.Add(sibling);
                continue;
            }
            if (!stats.TryGetValue(sibling, out var s) || s.Skipped || ClassHints.IsNeverStory(sibling))
                continue;
            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if ((s.Score ?? 0) + bonus >= threshold || IsProse(sibling, s))
                blocks.Add(sibling);
        }
        return blocks;
    }

    private static bool IsProse(IElement element, BlockStats s)
    {
        if (element.LocalName != "p" && s.OwnChars < s.Chars * 0.9)
            return false;
        if (s.Chars > 80)
            return s.LinkDensity < 0.25;
        return s.Chars > 0 && s.LinkChars == 0 && element.TextContent.TrimEnd() is [.., '.' or '!' or '?' or '。' or '！' or '？'];
    }

    private static IEnumerable<IElement> Ancestors(IElement element, IElement root)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            yield return parent;
            if (parent == root)
                yield break;
        }
    }

    /// <summary>Which rules a pass applies; each later attempt drops one, as Readability's retries do.</summary>
    private sealed record Rules(bool SkipUnlikely, bool WeighClasses, bool CleanConditionally)
    {
        public static readonly Rules[] Attempts =
        [
            new(true, true, true),
            new(false, true, true),
            new(false, false, true),
            new(false, false, false),
        ];
    }
}

/// <summary>The article's blocks in page order, a test for what inside them is left out, the best block, and its length.</summary>
internal sealed record HtmlContent(IReadOnlyList<IElement> Blocks, IElement Top, Func<IElement, bool> LeftOut, int Chars);
