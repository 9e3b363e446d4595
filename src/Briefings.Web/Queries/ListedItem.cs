using Briefings.Ingestion.Dates;

namespace Briefings.Web.Queries;

/// <summary>One thing the timeline lists (key "s12" for a story, "e34" for an event on its own), dated as the timeline places it, and the events that tell it.</summary>
public sealed record ListedItem(string Key, DateOnly? Date, DatePrecision Precision, IReadOnlyList<int> EventIds);
