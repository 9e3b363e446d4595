using Briefings.Ingestion.Entities;
using Briefings.Web.Pages;

namespace Briefings.Web.Tests;

public sealed class TextMarksTests
{
    private static readonly EntityRef Putin = new("vladimir-putin", "Vladimir Putin", EntityType.Person);
    private static readonly EntityRef Russia = new("russia", "Russia", EntityType.Country);

    [Fact]
    public void TheFirstOfOverlappingSpansWinsAndTheLongerOfTwoThatStartTogether()
    {
        var segments = TextMarks.Mark("Mr Putin met Russia’s defence ministry.",
            [new MarkSpan(3, 5, Putin), new MarkSpan(0, 8, Putin), new MarkSpan(13, 6, Russia), new MarkSpan(13, 25, Russia)]);
        Assert.Equal([("Mr Putin", true), (" met ", false), ("Russia’s defence ministry", true), (".", false)],
            segments.Select(s => (s.Text, s.Entity is not null)).ToList());
    }

    [Fact]
    public void SpansOutsideTheTextOrInsideASurrogatePairAreDropped()
    {
        const string text = "A 😀 B";
        var segments = TextMarks.Mark(text, [new MarkSpan(-1, 2, Putin), new MarkSpan(4, 10, Putin), new MarkSpan(3, 1, Putin), new MarkSpan(2, 0, Putin)]);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.All(segments, s => Assert.Null(s.Entity));
    }

    [Fact]
    public void ASnippetOfALongTextIsCutAtSpacesAroundTheFirstMention()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 100)) + " Putin " + string.Join(' ', Enumerable.Repeat("word", 100));
        var start = text.IndexOf("Putin", StringComparison.Ordinal);
        var segments = TextMarks.Snippet(text, [new MarkSpan(start, 5, Putin)], max: 120);
        var joined = string.Concat(segments.Select(s => s.Text));
        Assert.StartsWith("… word", joined, StringComparison.Ordinal);
        Assert.EndsWith("word …", joined, StringComparison.Ordinal);
        Assert.InRange(joined.Length, 60, 130);
        Assert.Equal("Putin", Assert.Single(segments, s => s.Entity is not null).Text);
    }
}
