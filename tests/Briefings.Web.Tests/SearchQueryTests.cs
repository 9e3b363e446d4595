using Briefings.Web.Queries.Search;

namespace Briefings.Web.Tests;

/// <summary>The pieces of search on their own: reading what was typed, quoting it for FTS5, marking finds and cutting snippets.</summary>
public sealed class SearchQueryTests
{
    [Fact]
    public void TypedTextIsReadAsWordsPhrasesPrefixesAndExclusions()
    {
        Assert.Equal(
            [
                new SearchTerm("grain"),
                new SearchTerm("sea corridor", Phrase: true),
                new SearchTerm("port", Prefix: true),
                new SearchTerm("drill", Excluded: true),
                new SearchTerm("night raid", Phrase: true, Excluded: true),
                new SearchTerm("up-river"),
            ],
            SearchTerms.Parse("  grain “sea corridor” port* -drill -\"night raid\" up-river "));
    }

    [Theory]
    [InlineData("\"open phrase", "open phrase")]
    [InlineData("- lone", "lone")]
    [InlineData("a\u0000b", "ab")]
    [InlineData("!!! 42", "42")]
    public void OddInputStillGivesPlainTerms(string typed, string term)
    {
        Assert.Equal(term, Assert.Single(SearchTerms.Parse(typed)).Text);
    }

    [Fact]
    public void NoMoreThanTheMaximumNumberOfTermsIsRead()
    {
        Assert.Equal(SearchTerms.MaxTerms, SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i))).Count);
    }

    [Fact]
    public void EveryPhraseIsQuotedSoNothingTypedIsSyntax()
    {
        var query = new FullTextQuery(
            [[new SearchPhrase("Kyiv"), new SearchPhrase("Kiev")], [new SearchPhrase("say \"no\"")], [new SearchPhrase("NEAR", Prefix: true)]],
            [new SearchPhrase("OR")]);
        Assert.Equal("(\"Kyiv\" OR \"Kiev\") AND \"say \"\"no\"\"\" AND \"NEAR\"* NOT \"OR\"", query.Fts5);
    }

    [Fact]
    public void AQueryWithNothingToFindIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new FullTextQuery([], [new SearchPhrase("x")]));
        Assert.Throws<ArgumentException>(() => new FullTextQuery([[]], []));
    }

    [Fact]
    public void MarksFollowWordsFoldedAsTheIndexFoldsThem()
    {
        const string text = "KRAKÓW and Kraków’s U.S. envoy; crakow is not it. Drones, droned.";
        var marks = SearchMarks.Find(text, [new SearchPhrase("krakow"), new SearchPhrase("u.s."), new SearchPhrase("dron", Prefix: true)]);
        Assert.Equal(["KRAKÓW", "Kraków", "U.S", "Drones", "droned"], marks.Select(m => text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void APhraseIsMarkedOnlyWhereItsWordsFollowEachOther()
    {
        const string text = "The sea corridor; a corridor by the sea.";
        var marks = SearchMarks.Find(text, [new SearchPhrase("sea corridor"), new SearchPhrase("corridor")]);
        Assert.Equal(["sea corridor", "corridor"], marks.Select(m => text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void ASnippetKeepsTheWordsAroundTheFirstFindAndMovesItsMarks()
    {
        var words = Enumerable.Range(0, 100).Select(i => i == 60 ? "granary" : "w" + i).ToList();
        var text = string.Join(' ', words) + ".";
        var marks = SearchMarks.Find(text, [new SearchPhrase("granary")]);
        var (snippet, moved) = SearchMarks.Snippet(text, marks, maxWords: 20);
        Assert.StartsWith("…w55 ", snippet, StringComparison.Ordinal);
        Assert.EndsWith("w74…", snippet, StringComparison.Ordinal);
        Assert.Equal("granary", snippet.Substring(Assert.Single(moved).Start, moved[0].Length));
        var (whole, same) = SearchMarks.Snippet("A short granary text.", marks: [new TextSpan(8, 7)]);
        Assert.Equal("A short granary text.", whole);
        Assert.Equal([new TextSpan(8, 7)], same);
    }

    [Fact]
    public void TheIndexsMarksAreReadBackAndUnpairedOnesDropped()
    {
        var found = FoundText.FromMarked("a \u0002b\u0003 c \u0003d \u0002e");
        Assert.Equal("a b c d e", found.Text);
        Assert.Equal([new TextSpan(2, 1)], found.Marks);
        Assert.Equal([("a ", false), ("b", true), (" c d e", false)], found.Runs());
    }
}
