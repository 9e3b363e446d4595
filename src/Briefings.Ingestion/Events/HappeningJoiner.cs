using System.Text.RegularExpressions;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;

namespace Briefings.Ingestion.Events;

/// <summary>
/// One happening, one event: decides whether a sentence that tells a happening goes on about one the
/// article has already told (its damage, its toll, who said what about it, the date it took place),
/// so that it joins that event instead of becoming an event of its own. A sentence joins when
/// <list type="bullet">
/// <item>it takes the happening up by a definite noun ("the attack", "the meeting", "the incident", "the
/// move"), then the latest event of that kind (else family), near it or sharing a named actor or place;</item>
/// <item>it tells the same predicate as an earlier event with two or more of its actors, one no country
/// (an article telling its lead again further down);</item>
/// <item>it opens with a personal pronoun ("She called ...", "Its units downed ...") and says more of the
/// same family, or says something, right after the event;</item>
/// <item>it says "the same period/day";</item>
/// <item>right after the event (same or next paragraph), undated or of the same date, naming no place the
/// event does not: a happening of the same family (not "X also did" by someone new), or a saying by
/// someone the event named or by no one named.</item>
/// </list>
/// A sentence with a date of its own that differs from the event's never joins, and a sentence that
/// names another place only joins by a definite noun that takes the happening up.
/// </summary>
public static partial class HappeningJoiner
{
    /// <summary>A happening told so far: its event, where it was told, and what it names.</summary>
    public sealed class Told
    {
        public required int Event { get; init; }
        public required int FirstParagraph { get; init; }
        public int LastParagraph { get; set; }
        public int? Section { get; init; }
        public required string Kind { get; init; }
        public string? Lemma { get; init; }
        public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Locales { get; } = new(StringComparer.Ordinal);
        public ResolvedDate? Date { get; set; }

        /// <summary>When a sentence last went to this happening (a running count), and from which section.</summary>
        public int Touched { get; set; }
        public int? TouchedSection { get; set; }

        /// <summary>Why the last sentence joined this happening ("a pronoun goes on").</summary>
        public string? LastWhy { get; set; }
    }

    private static int _clock;

    /// <summary>A sentence that tells a happening, before it is added.</summary>
    public sealed record Candidate(string Sentence, int Paragraph, int? Section, string Kind,
        IReadOnlyList<string> Actors, IReadOnlyList<string> Places, ResolvedDate? Date)
    {
        /// <summary>Whether one of its predicates is a saying ("said", "told"), whatever its main kind.</summary>
        public bool Says { get; init; }

        /// <summary>The lemma of the sentence's main predicate ("condemn").</summary>
        public string? Lemma { get; init; }

        /// <summary>The keys of whoever the sentence quotes (and the bodies they belong to); empty when it names no speaker.</summary>
        public IReadOnlyList<string> Speakers { get; init; } = [];
    }

    /// <summary>The happening <paramref name="candidate"/> goes on about, or null for a new one.</summary>
    /// <param name="told">The happenings told so far in the article's body, in order.</param>
    /// <param name="candidate">The sentence.</param>
    /// <param name="entities">The article's entities, for which names are countries and where places lie.</param>
    /// <param name="between">Body paragraphs (captions left out) after a paragraph up to another: 0 for the same paragraph.</param>
    public static Told? Target(IReadOnlyList<Told> told, Candidate candidate, IReadOnlyList<ArticleEntity> entities, Func<int, int, int> between)
    {
        ArgumentNullException.ThrowIfNull(told);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(between);
        var locales = Locales(candidate.Places, entities);
        var people = NonCountries(candidate.Actors, entities);

        // A definite noun that takes a happening up: the latest of its kind, else of its family, near or
        // sharing a name; in another section of the article only when it shares a name.
        if (Anaphor(candidate.Sentence) is { } family)
        {
            foreach (var sameKind in new[] { true, false })
            {
                for (var i = told.Count - 1; i >= 0; i--)
                {
                    var t = told[i];
                    var fits = sameKind
                        ? t.Kind == candidate.Kind && !EventKinds.IsSpeech(t.Kind)
                        : family == "*" ? !EventKinds.IsSpeech(t.Kind) : HappeningFamily.Of(t.Kind) == family;
                    if (!fits || !DatesAgree(t.Date, candidate.Date))
                        continue;
                    var named = people.Overlaps(t.Actors) || locales.Overlaps(t.Locales);
                    if (named || (t.Section == candidate.Section && between(t.LastParagraph, candidate.Paragraph) <= 2))
                        return Joined(t, "a definite noun takes it up");
                }
            }
        }

        // The article telling its lead again: the same predicate by two or more of the same actors, one of them no country.
        if (candidate.Lemma is { } lemma)
        {
            foreach (var t in told)
            {
                var shared = candidate.Actors.Where(t.Actors.Contains).ToList();
                if (t.Lemma == lemma && shared.Count >= 2 && shared.Any(people.Contains) && DatesAgree(t.Date, candidate.Date)
                    && (locales.Count == 0 || t.Locales.Count == 0 || locales.Overlaps(t.Locales)))
                    return Joined(t, "the same predicate by the same actors");
            }
        }

        // The happening the sentences before went on about, if that was in this section.
        var last = told.MaxBy(t => t.Touched);
        if (last is null || last.TouchedSection != candidate.Section)
            return null;
        var speech = EventKinds.IsSpeech(candidate.Kind);
        var gap = between(last.LastParagraph, candidate.Paragraph);
        // Someone the happening named goes on talking about it, a paragraph or two later.
        var sameSpeaker = (speech || candidate.Says) && candidate.Speakers.Any(k => last.Actors.Contains(k) && !IsCountry(k, entities));
        if (gap > (sameSpeaker ? 2 : 1) || !DatesAgree(last.Date, candidate.Date))
            return null;
        var sameFamily = !speech && HappeningFamily.Same(last.Kind, candidate.Kind);
        if (SamePeriod().IsMatch(candidate.Sentence))
            return Joined(last, "the same period");
        if (Pronoun().IsMatch(candidate.Sentence) && (speech || sameFamily))
            return Joined(last, "a pronoun goes on");

        // Weaker signs: only for a sentence without a date of its own, naming no new place.
        if (candidate.Date is { Stated: true } && !(last.Date is { Stated: true } d && d.Date == candidate.Date.Date))
            return null;
        if (locales.Count > 0 && !locales.IsSubsetOf(last.Locales))
            return null;
        // "X also signed ...": someone new doing more of the same is a happening of their own; so is a step
        // told as earlier or later than the one before ("later signed", "said earlier it had downed").
        if (sameFamily && !(Also().IsMatch(candidate.Sentence) && !people.IsSubsetOf(last.Actors)) && !Relative().IsMatch(candidate.Sentence))
            return Joined(last, "more of the same family, right after");
        if (sameSpeaker || (speech && candidate.Speakers.Count == 0 && people.IsSubsetOf(last.Actors)))
            return Joined(last, "the same source goes on");
        return null;
    }

    private static Told Joined(Told happening, string why)
    {
        happening.LastWhy = why;
        return happening;
    }

    /// <summary>Adds what the joined sentence names to the happening it joined.</summary>
    public static void Absorb(Told happening, Candidate candidate, IReadOnlyList<ArticleEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(happening);
        ArgumentNullException.ThrowIfNull(candidate);
        happening.LastParagraph = Math.Max(happening.LastParagraph, candidate.Paragraph);
        happening.Touched = Interlocked.Increment(ref _clock);
        happening.TouchedSection = candidate.Section;
        happening.Actors.UnionWith(candidate.Actors);
        happening.Locales.UnionWith(Locales(candidate.Places, entities));
        if (happening.Date is not { Stated: true } && candidate.Date is { Stated: true })
            happening.Date = candidate.Date;
    }

    /// <summary>A place's key and the key of the region it lies in; a region's own key.</summary>
    public static HashSet<string> Locales(IEnumerable<string> places, IReadOnlyList<ArticleEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(entities);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in places)
        {
            keys.Add(key);
            var entity = entities.FirstOrDefault(e => e.Key == key);
            if (entity?.Region is { Length: > 0 } region)
                keys.Add(Slug(region));
            if (entity is { Type: EntityType.Region })
                keys.Add(Slug(entity.Name));
        }
        return keys;
    }

    /// <summary>Whether a sentence's own date lets it be the happening's: either undated, or the same day.</summary>
    public static bool DatesAgree(ResolvedDate? happening, ResolvedDate? sentence) =>
        sentence is not { Stated: true } || happening is not { Stated: true }
        || (happening.Date == sentence.Date && happening.Precision == sentence.Precision);

    /// <summary>The family of the happening a definite noun takes up ("the attack" → violence), "*" for any ("the incident"), or null.</summary>
    /// <remarks>A superlative or an ordinal introduces a new happening ("the largest attack since ..."), so it takes nothing up.</remarks>
    public static string? Anaphor(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // Not "that": far more often it opens a clause ("told reporters that troops ...") than points back.
            if (words[i] is not ("the" or "this" or "these"))
                continue;
            for (var k = i + 1; k < words.Count && k <= i + 3; k++)
            {
                var word = words[k];
                if (word.EndsWith("est", StringComparison.Ordinal) || Ordinals.Contains(word))
                    break;
                if (GenericAnaphors.Contains(word))
                    return "*";
                if (TriggerLexicon.NounKind(word) is { } kind && !EventKinds.IsSpeech(kind))
                    return HappeningFamily.Of(kind);
                if (word is "of" or "in" or "on" or "to" or "by" or "for")
                    break;
            }
        }
        return null;
    }

    private static bool IsCountry(string key, IReadOnlyList<ArticleEntity> entities) =>
        entities.FirstOrDefault(e => e.Key == key)?.Type is EntityType.Country;

    private static HashSet<string> NonCountries(IEnumerable<string> actors, IReadOnlyList<ArticleEntity> entities) =>
        actors.Where(a => entities.FirstOrDefault(e => e.Key == a)?.Type is not EntityType.Country).ToHashSet(StringComparer.Ordinal);

    private static string Slug(string name) => NonWord().Replace(name.ToLowerInvariant(), "-").Trim('-');

    private static readonly HashSet<string> GenericAnaphors = new(StringComparer.Ordinal)
    {
        "incident", "incidents", "wreckage", "debris", "aftermath", "blaze", "episode", "move", "effort", "operation",
        "measures", "decision", "step",
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "latest", "last", "next", "new", "same", "another", "most", "biggest", "other",
    };

    [GeneratedRegex(@"[\p{L}\p{N}-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[“""]?(?:He|She|They|His|Her|Its|Their)\b(?!['’]s)")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\bthe\s+same\s+(?:period|day|night|time|date|morning|afternoon|evening|hours?|attack|strike)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SamePeriod();

    [GeneratedRegex(@"\b(?:earlier|later|afterwards|subsequently)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\balso\b", RegexOptions.IgnoreCase)]
    private static partial Regex Also();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
