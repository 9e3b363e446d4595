namespace Briefings.Ingestion.Events;

/// <summary>
/// The family of happenings a kind belongs to, for telling whether two sentences can tell one
/// happening: a strike, its toll and the drones downed in it are violence (troops sent are not: a
/// deployment is its own family); a visit, its meeting and a
/// call are diplomacy; a signing, a ratification and a vote are a treaty's steps. Sayings are their own family.
/// </summary>
public static class HappeningFamily
{
    public const string Violence = "violence";
    public const string Diplomacy = "diplomacy";
    public const string Treaty = "treaty";
    public const string Speech = "speech";

    public static string Of(string kind) => kind switch
    {
        EventKinds.Attack or EventKinds.Casualties or EventKinds.Interception or EventKinds.Fighting or EventKinds.Advance => Violence,
        EventKinds.Meeting or EventKinds.Visit or EventKinds.Call => Diplomacy,
        EventKinds.Signing or EventKinds.Ratification or EventKinds.Vote => Treaty,
        EventKinds.Aid or EventKinds.Pledge => EventKinds.Aid,
        EventKinds.Test or EventKinds.Exercise => EventKinds.Exercise,
        _ when EventKinds.IsSpeech(kind) => Speech,
        _ => kind,
    };

    public static bool Same(string a, string b) => Of(a) == Of(b);
}
