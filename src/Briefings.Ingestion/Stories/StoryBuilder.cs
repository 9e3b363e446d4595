using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Events;

namespace Briefings.Ingestion.Stories;

/// <summary>
/// Merges events from different articles that tell the same happening into stories. Candidate
/// pairs come from an inverted index over actor/place keys and rare words, paired only within
/// a date window; a pair merges only with kinds that can tell one happening and an anchor (the same
/// figure, quoted words, or a rare actor with a place), when its dates are close and its words agree (TF-IDF cosine),
/// more readily when it shares actors and places, never when both name places and none is
/// shared unless the wording is near-identical. Union-find groups the pairs; every event ends in
/// exactly one story and keeps its reference. Syndicated copies (one wire credit, near-identical
/// text) count as one independent source.
/// </summary>
public sealed partial class StoryBuilder
{
    /// <summary>
    /// The evidence a pair needs: word cosine, plus a third of the actor/place Jaccard, plus
    /// 0.15 for a shared count ("50,000"), plus 0.1 for the same kind (less 0.1 for unrelated kinds).
    /// </summary>
    public double MergeScore { get; init; } = 0.45;

    /// <summary>Word agreement below which nothing merges, whatever else is shared.</summary>
    public double MinCosine { get; init; } = 0.2;

    /// <summary>
    /// Word agreement needed when both name places and none is shared: only near-identical
    /// wording, since "missiles killed six in A" and "missiles killed two in B" are two happenings.
    /// </summary>
    public double DisjointPlacesCosine { get; init; } = 0.85;

    /// <summary>Word agreement above which two wire-credited texts are one copy.</summary>
    public double SyndicatedCosine { get; init; } = 0.9;

    /// <summary>A term in more than this share of events is too common to propose candidates.</summary>
    public double CommonTermShare { get; init; } = 0.2;

    /// <summary>
    /// Word agreement below which a pair needs an anchor besides its words: the same count, or, when
    /// both dates are stated, an actor or place that few events name. Loose wording plus the usual
    /// countries ("Russia", "Ukraine") is what any two war stories share.
    /// </summary>
    public double WeakCosine { get; init; } = 0.3;

    public IReadOnlyList<Story> Build(IReadOnlyList<StoryEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        events = [.. events.Select(e => StoryDates.Usable(e))];
        var tokens = events.Select(e => StoryText.Tokens(e.Event.Text)).ToList();
        var tfidf = new TfIdf(tokens);
        // An event's first sentence tells its happening; the details joined after it would drown that in words.
        var leads = new TfIdf(events.Select(e => StoryText.Tokens(Lead(e.Event.Text))).ToList());
        var sets = new UnionFind(events.Count);
        var reasons = new Dictionary<int, List<(double Score, string Why)>>();

        var keyFrequency = events.SelectMany(e => Keys(e).Distinct(StringComparer.Ordinal))
            .CountBy(k => k, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var maxKeyFrequency = Math.Max(4, (int)(events.Count * CommonTermShare));
        bool Rare(string key) => keyFrequency.GetValueOrDefault(key) <= maxKeyFrequency;

        foreach (var (a, b) in CandidatePairs(events, tokens, tfidf))
        {
            var link = Link(events[a], events[b], tfidf, leads, a, b, Rare);
            if (link is null)
                continue;
            var (ra, rb) = (sets.Find(a), sets.Find(b));
            sets.Union(a, b);
            var root = sets.Find(a);
            var merged = new List<(double, string)> { link.Value };
            foreach (var r in new[] { ra, rb })
            {
                if (reasons.Remove(r, out var old))
                    merged.AddRange(old);
            }
            reasons[root] = merged;
        }

        var stories = new List<Story>();
        foreach (var group in Enumerable.Range(0, events.Count).GroupBy(sets.Find))
        {
            var members = group.Select(i => events[i]).ToList();
            var why = reasons.TryGetValue(group.Key, out var list)
                ? string.Join(" | ", list.OrderByDescending(r => r.Score).Take(3).Select(r => r.Why))
                : "single report";
            stories.Add(MakeStory(members, group.ToList(), why, tfidf));
        }
        return stories
            .OrderBy(s => s.Date?.Date ?? DateOnly.MaxValue)
            .ThenByDescending(s => s.Members.Count)
            .ToList();
    }

    /// <summary>
    /// Pairs of events from different files that share an indexed term (an actor or place key,
    /// or a word rare enough to say something), looked for only among events whose dates could match.
    /// </summary>
    private IEnumerable<(int A, int B)> CandidatePairs(IReadOnlyList<StoryEvent> events, List<IReadOnlyList<string>> tokens, TfIdf tfidf)
    {
        var maxFrequency = Math.Max(4, (int)(events.Count * CommonTermShare));
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Event.Date is null)
                continue;
            var terms = tokens[i].Where(t => tfidf.DocumentFrequency(t) <= maxFrequency)
                .Concat(Keys(events[i]).Select(k => "@" + k))
                .Distinct(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add(i);
            }
        }
        var seen = new HashSet<(int, int)>();
        foreach (var list in postings.Values)
        {
            if (list.Count < 2)
                continue;
            var byDate = list.OrderBy(i => DateWindow.Start(events[i].Event.Date!)).ToList();
            for (var x = 0; x < byDate.Count; x++)
            {
                var a = events[byDate[x]];
                var reach = a.Event.Date!.End.AddDays(2);
                for (var y = x + 1; y < byDate.Count && DateWindow.Start(events[byDate[y]].Event.Date!) <= reach; y++)
                {
                    var (i, j) = (Math.Min(byDate[x], byDate[y]), Math.Max(byDate[x], byDate[y]));
                    if (events[i].File != events[j].File && seen.Add((i, j)))
                        yield return (i, j);
                }
            }
        }
    }

    /// <summary>An event's actor and place keys, with the regions its places lie in.</summary>
    private static IEnumerable<string> Keys(StoryEvent e) => e.Event.Actors.Concat(Places(e));

    /// <summary>Places and their regions: a town and the region it lies in are not disjoint places.</summary>
    private static IEnumerable<string> Places(StoryEvent e) => e.Event.Places.Concat(e.Regions);

    /// <summary>
    /// Whether two events tell one happening, and why. They must fall in one date window that fits both
    /// dates' precision, be of kinds that can tell one happening, and share an anchor: the same figure, the
    /// same quoted words, or a named actor few events name together with a place (or with no place named
    /// by one of them). A refusal to comment anchors nothing, whoever refused.
    /// </summary>
    private (double Score, string Why)? Link(StoryEvent a, StoryEvent b, TfIdf tfidf, TfIdf leads, int ia, int ib, Func<string, bool> rare)
    {
        var (da, db) = (a.Event.Date, b.Event.Date);
        if (!DateWindow.Close(da, db) || PredicateReader.IsNoComment(a.Event.Text) || PredicateReader.IsNoComment(b.Event.Text))
            return null;
        var kinds = EventKindFamilies.Agreement(a.Event.Kind, b.Event.Kind);
        if (kinds < 0)
            return null;
        var cosine = Math.Max(tfidf.Cosine(ia, ib), leads.Cosine(ia, ib));
        var keysA = Keys(a).ToHashSet(StringComparer.Ordinal);
        var keysB = Keys(b).ToHashSet(StringComparer.Ordinal);
        var shared = keysA.Intersect(keysB, StringComparer.Ordinal).ToList();
        var union = keysA.Union(keysB, StringComparer.Ordinal).Count();
        var jaccard = union == 0 ? 0 : (double)shared.Count / union;
        var placesA = Places(a).ToHashSet(StringComparer.Ordinal);
        var placesB = Places(b).ToHashSet(StringComparer.Ordinal);
        var placesDisjoint = a.Event.Places.Count > 0 && b.Event.Places.Count > 0 && !placesA.Overlaps(placesB);

        var counts = SharedCounts(a.Event.Text, b.Event.Text);
        var quoted = SharedQuotes(a.Event.Text, b.Event.Text);
        var actors = a.Event.Actors.Intersect(b.Event.Actors, StringComparer.Ordinal).Where(rare).ToList();
        var sharedPlace = placesA.Overlaps(placesB);
        var placeFits = sharedPlace || a.Event.Places.Count == 0 || b.Event.Places.Count == 0;
        var anchor = counts.Count > 0 ? "same count: " + string.Join(", ", counts)
            : quoted is not null ? "same quoted words: “" + quoted + "”"
            : actors.Count > 0 && placeFits ? "same actor" + (sharedPlace ? " and place" : "") + ": " + string.Join(", ", actors.Concat(placesA.Intersect(placesB, StringComparer.Ordinal)))
            : null;
        if (anchor is null)
            return null;

        var score = cosine + jaccard / 3 + (counts.Count > 0 ? 0.15 : 0) + kinds * 0.1;
        var strong = counts.Count > 0 || quoted is not null || (da!.Stated && db!.Stated && shared.Any(rare));
        var merge = cosine >= MinCosine && score >= MergeScore && (!placesDisjoint || cosine >= DisjointPlacesCosine)
                    && (cosine >= WeakCosine || strong);
        if (!merge)
            return null;
        var words = tfidf.SharedTerms(ia, ib, 3);
        var why = DateWindow.Describe(da!, db!)
            + "; " + anchor
            + (shared.Count > 0 ? "; shared: " + string.Join(", ", shared) : "")
            + (kinds > 0 ? "; both " + a.Event.Kind : "")
            + "; words: " + string.Join(", ", words)
            + " (cos " + cosine.ToString("0.00", CultureInfo.InvariantCulture) + ")";
        return (score, why);
    }

    /// <summary>The first sentence of an event's text.</summary>
    private static string Lead(string text)
    {
        var end = SentenceEnd().Match(text);
        return end.Success ? text[..(end.Index + 1)] : text;
    }

    /// <summary>Three or more words quoted in both texts, the same way: what a source said, carried by two outlets.</summary>
    private static string? SharedQuotes(string a, string b)
    {
        static IEnumerable<string> Shingles(string text)
        {
            foreach (Match q in Quoted().Matches(text))
            {
                var words = StoryText.Tokens(q.Groups["q"].Value);
                for (var i = 0; i + 3 <= words.Count; i++)
                    yield return string.Join(' ', words.Skip(i).Take(3));
            }
        }
        return Shingles(a).Intersect(Shingles(b), StringComparer.Ordinal).FirstOrDefault();
    }

    [GeneratedRegex(@"[.!?][”""’]?\s+(?=[“""‘A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[“""](?<q>[^”""]{8,})[”""]")]
    private static partial Regex Quoted();

    /// <summary>Numbers of 100 or more, not years, that both texts give: the same count is strong evidence of the same happening.</summary>
    private static List<string> SharedCounts(string a, string b)
    {
        static IEnumerable<string> Counts(string text) => CountPattern().Matches(text)
            .Select(m => m.Value.Replace(",", "", StringComparison.Ordinal))
            .Where(n => long.TryParse(n, out var v) && v >= 100 && !(n.Length == 4 && v is >= 1900 and <= 2100));
        return Counts(a).Intersect(Counts(b), StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.])\d{3,}(?![\d,])")]
    private static partial Regex CountPattern();

    private Story MakeStory(List<StoryEvent> members, List<int> indices, string why, TfIdf tfidf)
    {
        var title = members
            .Where(m => !m.Event.Text.StartsWith('“') && !m.Event.Text.StartsWith('"'))
            .DefaultIfEmpty(members[0])
            .OrderBy(m => m.Event.Text.Length < 40 ? 1 : 0)
            .ThenBy(m => m.Event.Text.Length)
            .First().Event.Text;
        var date = EarliestPrecise(members.Select(m => m.Event.Date));
        var groups = SyndicatedGroups(members, indices, tfidf);
        var files = members.Select(m => m.File).Distinct(StringComparer.Ordinal).ToList();
        var kinds = members.Select(m => m.Event.Kind).ToHashSet(StringComparer.Ordinal);
        var denials = kinds.Count > 1 && files.Count > 1
            ? members.Where(m => m.Event.Kind == EventKinds.Denial).Select(m => m.Ref).ToList()
            : [];
        return new Story(title, date, members.Select(m => m.Ref).ToList(), why)
        {
            // Named as everywhere else: the outlet, else the wire, else unknown; never a file name.
            Outlets = members.Select(m => !string.IsNullOrWhiteSpace(m.Publisher) ? m.Publisher.Trim() : m.Wire.FirstOrDefault(w => !string.IsNullOrWhiteSpace(w))?.Trim() ?? "unknown outlet").Distinct(StringComparer.Ordinal).ToList(),
            IndependentSources = files.Count - groups.Sum(g => g.Count - 1),
            SyndicatedGroups = groups,
            Denials = denials,
        };
    }

    /// <summary>The earliest day-precise stated date; else the earliest day-precise; else the earliest of any.</summary>
    private static ResolvedDate? EarliestPrecise(IEnumerable<ResolvedDate?> dates)
    {
        var known = dates.OfType<ResolvedDate>().ToList();
        return known.Where(d => d.Stated && d.Precision == DatePrecision.Day).MinBy(d => d.Date)
            ?? known.Where(d => d.Precision == DatePrecision.Day).MinBy(d => d.Date)
            ?? known.MinBy(d => (d.Precision, d.Date));
    }

    /// <summary>Files that share a wire credit and carry near-identical text for this story, grouped.</summary>
    private List<IReadOnlyList<string>> SyndicatedGroups(List<StoryEvent> members, List<int> indices, TfIdf tfidf)
    {
        var files = members.Select(m => m.File).Distinct(StringComparer.Ordinal).ToList();
        var copies = new UnionFind(files.Count);
        for (var x = 0; x < members.Count; x++)
        {
            for (var y = x + 1; y < members.Count; y++)
            {
                var (a, b) = (members[x], members[y]);
                if (a.File == b.File || !a.Wire.Intersect(b.Wire, StringComparer.OrdinalIgnoreCase).Any())
                    continue;
                if (tfidf.Cosine(indices[x], indices[y]) > SyndicatedCosine)
                    copies.Union(files.IndexOf(a.File), files.IndexOf(b.File));
            }
        }
        return Enumerable.Range(0, files.Count).GroupBy(copies.Find)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<string>)g.Select(i => files[i]).ToList())
            .ToList();
    }
}
