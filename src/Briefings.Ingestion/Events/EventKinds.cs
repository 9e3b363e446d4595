namespace Briefings.Ingestion.Events;

/// <summary>The kinds of happening a timeline shows, as the strings stored in <see cref="ArticleEvent.Kind"/>.</summary>
public static class EventKinds
{
    public const string Attack = "attack";
    public const string Interception = "interception";
    public const string Casualties = "casualties";
    public const string Fighting = "fighting";
    public const string Advance = "advance";
    public const string Deployment = "deployment";
    public const string Meeting = "meeting";
    public const string Call = "call";
    public const string Visit = "visit";
    public const string Signing = "signing";
    public const string Ratification = "ratification";
    public const string Vote = "vote";
    public const string Sanctions = "sanctions";
    public const string Resignation = "resignation";
    public const string Aid = "aid";
    public const string Election = "election";
    public const string Exercise = "exercise";
    public const string Test = "test";
    public const string Arrest = "arrest";
    public const string Denial = "denial";
    public const string Warning = "warning";
    public const string Announcement = "announcement";
    public const string Accusation = "accusation";
    public const string Pledge = "pledge";
    public const string Statement = "statement";

    /// <summary>Kinds where the saying itself is the news: a denial, a warning, an announcement, an accusation, a pledge, a plain statement.</summary>
    public static bool IsSpeech(string kind) =>
        kind is Denial or Warning or Announcement or Accusation or Pledge or Statement;
}
