namespace Briefings.Web.Pages;

/// <summary>A publication date with whether the text states it and the words it was read from.</summary>
public sealed record DateBadge(DateOnly? Date, bool Stated, string? Evidence);
