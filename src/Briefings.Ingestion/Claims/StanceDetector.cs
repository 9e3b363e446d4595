using System.Collections.Frozen;
using Briefings.Ingestion.Parsing;

namespace Briefings.Ingestion.Claims;

/// <summary>
/// Decides whether a statement asserts or denies: a denying verb ("denied", "refuted",
/// "dismissed") denies, and so does a speaker calling something false, untrue, fiction, fake
/// or lies, in a short quotation ("it was “false”") or after "is", "as", "called" and the like.
/// </summary>
internal static class StanceDetector
{
    private static readonly FrozenSet<string> FalsityWords = new[]
    {
        "false", "untrue", "fiction", "fake", "lie", "lies", "baseless", "groundless", "nonsense",
        "fabricated", "fabrication", "fabrications", "unfounded", "falsehood", "falsehoods", "hoax",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Framing = new[]
    {
        "is", "was", "are", "were", "be", "been", "as", "called", "calling", "call", "calls", "simply",
        "completely", "absolutely", "totally", "pure", "utter", "entirely", "it's", "that's", "blatant",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after "false" that make it a kind, not a verdict: "false flag".</summary>
    private static readonly FrozenSet<string> NotAVerdict = new[] { "flag", "alarm", "start", "dawn" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static Stance Detect(ReportingVerb verb, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> quotes)
    {
        if (verb.Stance == Stance.Deny)
            return Stance.Deny;
        return CallsItFalse(tokens, quotes) ? Stance.Deny : Stance.Assert;
    }

    /// <summary>True when the text calls something false: "it was “false”", "calling the reports “pure fiction”".</summary>
    public static bool CallsItFalse(IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> quotes)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord)
                continue;
            var lower = t.Text.ToLowerInvariant();
            var isCue = FalsityWords.Contains(lower)
                        || (lower == "true" && i > 0 && (tokens[i - 1].Is("not") || tokens[i - 1].Lower.EndsWith("n't", StringComparison.Ordinal)));
            if (!isCue)
                continue;
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && NotAVerdict.Contains(tokens[i + 1].Lower))
                continue;
            if (InShortQuote(t, quotes, tokens) || FramedAsVerdict(tokens, i))
                return true;
        }
        return false;
    }

    private static bool FramedAsVerdict(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            if (tokens[j].IsWord && Framing.Contains(tokens[j].Lower))
                return true;
        }
        return false;
    }

    private static bool InShortQuote(Token cue, IReadOnlyList<TextSpan> quotes, IReadOnlyList<Token> tokens)
    {
        foreach (var q in quotes)
        {
            if (cue.Start < q.Start || cue.Start >= q.End)
                continue;
            var words = tokens.Count(t => t.IsWord && t.Start >= q.Start && t.End <= q.End);
            return words <= 4;
        }
        return false;
    }
}
