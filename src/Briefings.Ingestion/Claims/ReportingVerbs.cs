using System.Collections.Frozen;

namespace Briefings.Ingestion.Claims;

/// <summary>How a reporting verb form stands in its clause.</summary>
internal enum VerbForm
{
    /// <summary>"said", "denies", "say": a finite form whose subject is the speaker.</summary>
    Finite,

    /// <summary>"telling", "adding": a participle whose subject is the clause's speaker or subject.</summary>
    Participle,
}

/// <summary>A reporting verb form with its lemma and the stance it gives a statement.</summary>
internal sealed record ReportingVerb(string Lemma, Stance Stance, VerbForm Form)
{
    /// <summary>Forms that may stand before their subject: "…,” said the governor.</summary>
    public bool Inverts => Lemma is "say" or "add" or "write" or "state" or "report" or "tell" or "note" or "explain" or "warn" or "insist" or "claim" or "announce" or "confirm" or "continue";
}

/// <summary>
/// The curated reporting verbs: the forms of say, tell, confirm, deny and their kin that
/// attribute a statement to a speaker. Denials and refutations carry the deny stance.
/// </summary>
internal static class ReportingVerbs
{
    private static readonly FrozenDictionary<string, ReportingVerb> Forms = Build();

    public static bool TryGet(string word, out ReportingVerb verb) =>
        Forms.TryGetValue(word.ToLowerInvariant(), out verb!);

    private static FrozenDictionary<string, ReportingVerb> Build()
    {
        var forms = new Dictionary<string, ReportingVerb>(StringComparer.Ordinal);
        void Add(string lemma, Stance stance, string finite, string? participle = null)
        {
            foreach (var form in finite.Split(' '))
                forms[form] = new ReportingVerb(lemma, stance, VerbForm.Finite);
            if (participle is not null)
                forms[participle] = new ReportingVerb(lemma, stance, VerbForm.Participle);
        }

        Add("say", Stance.Assert, "say says said", "saying");
        Add("tell", Stance.Assert, "tell tells told", "telling");
        Add("confirm", Stance.Assert, "confirm confirms confirmed", "confirming");
        Add("report", Stance.Assert, "reports reported", "reporting");
        Add("warn", Stance.Assert, "warn warns warned", "warning");
        Add("urge", Stance.Assert, "urge urges urged", "urging");
        Add("accuse", Stance.Assert, "accuse accuses accused", "accusing");
        Add("condemn", Stance.Assert, "condemn condemns condemned", "condemning");
        Add("announce", Stance.Assert, "announce announces announced", "announcing");
        Add("claim", Stance.Assert, "claim claims claimed", "claiming");
        Add("describe", Stance.Assert, "describe describes described", "describing");
        Add("state", Stance.Assert, "stated");
        Add("add", Stance.Assert, "adds added", "adding");
        Add("note", Stance.Assert, "noted");
        Add("stress", Stance.Assert, "stresses stressed", "stressing");
        Add("insist", Stance.Assert, "insist insists insisted", "insisting");
        Add("vow", Stance.Assert, "vow vows vowed", "vowing");
        Add("pledge", Stance.Assert, "pledged", "pledging");
        Add("hail", Stance.Assert, "hails hailed", "hailing");
        Add("demand", Stance.Assert, "demanded", "demanding");
        Add("call", Stance.Assert, "call calls called", "calling");
        Add("write", Stance.Assert, "writes wrote");
        Add("assert", Stance.Assert, "asserts asserted", "asserting");
        Add("allege", Stance.Assert, "allege alleges alleged", "alleging");
        Add("argue", Stance.Assert, "argue argues argued", "arguing");
        Add("explain", Stance.Assert, "explains explained", "explaining");
        Add("acknowledge", Stance.Assert, "acknowledge acknowledges acknowledged", "acknowledging");
        Add("admit", Stance.Assert, "admit admits admitted", "admitting");
        Add("declare", Stance.Assert, "declares declared", "declaring");
        Add("reiterate", Stance.Assert, "reiterates reiterated", "reiterating");
        Add("emphasise", Stance.Assert, "emphasises emphasised emphasizes emphasized", "emphasising");
        Add("suggest", Stance.Assert, "suggests suggested", "suggesting");
        Add("reaffirm", Stance.Assert, "reaffirms reaffirmed", "reaffirming");
        Add("criticise", Stance.Assert, "criticises criticised criticizes criticized", "criticising");
        Add("promise", Stance.Assert, "promised");
        Add("reveal", Stance.Assert, "reveals revealed");
        Add("predict", Stance.Assert, "predicts predicted");
        Add("deny", Stance.Deny, "deny denies denied", "denying");
        Add("refute", Stance.Deny, "refute refutes refuted", "refuting");
        Add("reject", Stance.Deny, "reject rejects rejected", "rejecting");
        Add("dismiss", Stance.Deny, "dismiss dismisses dismissed", "dismissing");
        Add("dispute", Stance.Deny, "disputes disputed", "disputing");
        Add("rebut", Stance.Deny, "rebuts rebutted", "rebutting");
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
