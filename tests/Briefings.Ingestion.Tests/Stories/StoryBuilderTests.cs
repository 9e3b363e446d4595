using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Stories;

namespace Briefings.Ingestion.Tests.Stories;

public sealed class StoryBuilderTests
{
    private static ResolvedDate Day(int day, bool stated = true) =>
        new(new DateOnly(2031, 3, day), DatePrecision.Day, stated, stated ? "on Monday" : "publication date");

    private static StoryEvent Event(string file, int index, string kind, string text, int day, string[] actors, string[] places, string? publisher = null, string[]? wire = null) =>
        new(file, index, new ArticleEvent(kind, text, Day(day), 0) { Actors = actors, Places = places })
        {
            Publisher = publisher ?? file,
            Wire = wire ?? [],
        };

    [Fact]
    public void TwoOutletsVersionsOfOneHappeningMergeAndKeepBothSourcesWithAWhy()
    {
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Ratification, "The Varanian parliament ratified the water-sharing treaty with Ostland on Monday.", 10, ["varania", "ostland"], []),
            Event("b.txt", 3, EventKinds.Ratification, "Varania's lawmakers on Monday ratified a treaty on sharing river water with Ostland, state media said.", 10, ["varania", "ostland"], []),
            Event("b.txt", 4, EventKinds.Attack, "Shelling damaged a school in the north of Kellsburg.", 10, [], ["kellsburg"]),
        };

        var stories = new StoryBuilder().Build(events);

        var merged = Assert.Single(stories, s => s.Members.Count == 2);
        Assert.Equal([new EventRef("a.txt", 0), new EventRef("b.txt", 3)], merged.Members.OrderBy(m => m.File));
        Assert.Contains("same day", merged.Why, StringComparison.Ordinal);
        Assert.Contains("varania", merged.Why, StringComparison.Ordinal);
        Assert.Contains("ratif", merged.Why, StringComparison.Ordinal);
        Assert.Equal(2, merged.IndependentSources);
        Assert.Equal(events.Length, stories.Sum(s => s.Members.Count));
    }

    [Fact]
    public void DifferentHappeningsOnTheSameDayWithTheSameActorsStayApart()
    {
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Casualties, "Varanian missiles killed six people in Kellsburg on Monday.", 10, ["varania"], ["kellsburg"]),
            Event("b.txt", 0, EventKinds.Casualties, "Varanian missiles killed two people in Port Sallow on Monday.", 10, ["varania"], ["port-sallow"]),
            Event("c.txt", 0, EventKinds.Meeting, "The Varanian foreign minister met the Ostland envoy in Kellsburg on Monday.", 10, ["varania", "ostland"], ["kellsburg"]),
        };

        var stories = new StoryBuilder().Build(events);

        Assert.Equal(3, stories.Count);
        Assert.All(stories, s => Assert.Single(s.Members));
        Assert.All(stories, s => Assert.Equal("single report", s.Why));
    }

    [Fact]
    public void HappeningsDaysApartStayApart()
    {
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Attack, "A drone strike hit the Kellsburg refinery.", 3, ["varania"], ["kellsburg"]),
            Event("b.txt", 0, EventKinds.Attack, "A drone strike hit the Kellsburg refinery.", 12, ["varania"], ["kellsburg"]),
        };

        Assert.Equal(2, new StoryBuilder().Build(events).Count);
    }

    [Fact]
    public void SyndicatedCopiesOfOneWireStoryCountAsOneSource()
    {
        const string wire = "Ostland's army said it shot down fourteen drones over the northern provinces overnight.";
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Interception, wire, 10, ["ostland"], [], "Daily Ledger", ["Reuters"]),
            Event("b.txt", 1, EventKinds.Interception, wire, 10, ["ostland"], [], "Evening Post", ["Reuters"]),
            Event("c.txt", 2, EventKinds.Interception, "Ostland says its air defences shot down fourteen drones over northern provinces.", 10, ["ostland"], [], "Morning Star"),
        };

        var story = Assert.Single(new StoryBuilder().Build(events));

        Assert.Equal(3, story.Files.Count);
        Assert.Equal(2, story.IndependentSources);
        Assert.Equal(["a.txt", "b.txt"], Assert.Single(story.SyndicatedGroups).Order());
        Assert.Equal(3, story.Outlets.Count);
    }

    [Fact]
    public void TheStoryDateIsTheEarliestStatedDayAndTheTitleAShortCompleteSentence()
    {
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Resignation, "The governor of Kellsburg province resigned on Monday, citing ill health and a transfer to another post.", 10, ["ilse-varga"], ["kellsburg"]),
            new StoryEvent("b.txt", 0, new ArticleEvent(EventKinds.Resignation, "Kellsburg's governor resigned, citing ill health.", Day(11, stated: false), 0)
            {
                Actors = ["ilse-varga"],
                Places = ["kellsburg"],
            }),
        };

        var story = Assert.Single(new StoryBuilder().Build(events));

        Assert.Equal(new DateOnly(2031, 3, 10), story.Date!.Date);
        Assert.Equal("Kellsburg's governor resigned, citing ill health.", story.Title);
    }

    [Fact]
    public void ADenialInAStoryMarksItDisputed()
    {
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Call, "The two presidents spoke by phone about the ceasefire on Monday, a newspaper reported.", 10, ["varania", "ostland"], []),
            Event("b.txt", 0, EventKinds.Denial, "The palace denied that the two presidents spoke by phone about the ceasefire on Monday.", 10, ["varania", "ostland"], []),
        };

        var story = Assert.Single(new StoryBuilder().Build(events));

        Assert.True(story.Disputed);
        Assert.Equal(new EventRef("b.txt", 0), Assert.Single(story.Denials));
    }

    [Fact]
    public void ATownAndTheRegionItLiesInAreNotDisjointPlaces()
    {
        var town = Event("a.txt", 0, EventKinds.Attack, "Shelling damaged the water works in Dornbach on Monday, cutting supplies.", 10, ["varania"], ["dornbach"]) with
        {
            Regions = ["kell-oblast"],
        };
        var region = Event("b.txt", 0, EventKinds.Attack, "Shelling damaged water works in the Kell region on Monday, officials said.", 10, ["varania"], ["kell-oblast"]);
        var unplaced = town with { Regions = [] };

        Assert.Single(new StoryBuilder().Build([town, region]));
        Assert.Equal(2, new StoryBuilder().Build([unplaced, region]).Count);
    }

    [Fact]
    public void AnActorEveryStoryNamesIsNoAnchorHoweverCloseTheWording()
    {
        // Varania is named by most events, so sharing it says nothing; a weak word match needs more.
        var background = Enumerable.Range(0, 6).Select(i =>
            Event($"x{i}.txt", 0, EventKinds.Statement, $"Varania issued statement number {i} about the harvest.", 1, ["varania"], []));
        var a = Event("a.txt", 0, EventKinds.Statement, "Varania warned the convoy must turn back or be treated as a target.", 10, ["varania"], []);
        var b = Event("b.txt", 0, EventKinds.Statement, "Varania demanded the convoy turn back or be treated as a target.", 10, ["varania"], []);
        bool Together(StoryBuilder builder) =>
            builder.Build([.. background, a, b]).Any(s => s.Files.Contains("a.txt") && s.Files.Contains("b.txt"));

        // Loose or close wording alike: without a figure, quoted words or a rarely named actor nothing merges.
        Assert.False(Together(new StoryBuilder { WeakCosine = 0.99 }));
        Assert.False(Together(new StoryBuilder { WeakCosine = 0 }));
    }

    [Fact]
    public void LooseWordingWithTheSameCountOrARarelyNamedPersonOnStatedDatesMerges()
    {
        var background = Enumerable.Range(0, 6).Select(i =>
            Event($"x{i}.txt", 0, EventKinds.Statement, $"Varania issued statement number {i} about the harvest.", 1, ["varania"], []));
        var count = new[]
        {
            Event("a.txt", 0, EventKinds.Deployment, "Varania has massed 40,000 troops near the convoy route.", 10, ["varania"], []),
            Event("b.txt", 0, EventKinds.Deployment, "A force of 40,000 Varanian troops is gathering by the convoy route.", 10, ["varania"], []),
        };
        var person = new[]
        {
            Event("c.txt", 0, EventKinds.Statement, "Varania's envoy Ilse Varga warned the convoy would be treated as a target.", 10, ["varania", "ilse-varga"], []),
            Event("d.txt", 0, EventKinds.Statement, "Ilse Varga demanded that the convoy turn back at once.", 10, ["ilse-varga"], []),
        };
        var strict = new StoryBuilder { WeakCosine = 0.99 };

        var stories = strict.Build([.. background, .. count, .. person]);

        Assert.Contains(stories, s => s.Files.SequenceEqual(["a.txt", "b.txt"]));
        Assert.Contains(stories, s => s.Files.SequenceEqual(["c.txt", "d.txt"]));
    }

    [Fact]
    public void ADeclinedToCommentInALaterFileJoinsNoStory()
    {
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Denial, "The Kremlin's spokesman Ivo Marek denied a reported call between the two presidents.", 11, ["ivo-marek", "kremlin"], []),
            Event("b.txt", 0, EventKinds.Denial, "Ivo Marek denied that the two presidents had spoken by phone.", 11, ["ivo-marek"], []),
            Event("c.txt", 0, EventKinds.Statement, "Ivo Marek declined to comment on the strike or the call between the presidents.", 12, ["ivo-marek"], []),
        };

        var stories = new StoryBuilder().Build(events);

        var denial = Assert.Single(stories, s => s.Files.Contains("a.txt"));
        Assert.Contains("b.txt", denial.Files);
        Assert.DoesNotContain("c.txt", denial.Files);
        Assert.Contains("same actor", denial.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void KindsThatCannotTellOneHappeningStayApart()
    {
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Attack, "Missiles struck the Kellsburg grain terminal on Monday, Mayor Ilse Varga said.", 10, ["ilse-varga"], ["kellsburg"]),
            Event("b.txt", 0, EventKinds.Election, "Mayor Ilse Varga won the Kellsburg mayoral election on Monday.", 10, ["ilse-varga"], ["kellsburg"]),
        };

        Assert.All(new StoryBuilder().Build(events), s => Assert.Single(s.Members));
    }

    [Fact]
    public void AStoryNamesItsOutletsByPublisherElseWireNeverByFile()
    {
        const string text = "Ostland's army said it shot down fourteen drones over the northern provinces overnight.";
        var events = new[]
        {
            Event("a.txt", 0, EventKinds.Interception, text, 10, ["ostland"], [], "Daily Ledger"),
            Event("b.txt", 1, EventKinds.Interception, text, 10, ["ostland"], []) with { Publisher = null, Wire = ["Reuters"] },
            Event("c.txt", 2, EventKinds.Interception, text, 10, ["ostland"], []) with { Publisher = null },
        };

        var story = Assert.Single(new StoryBuilder().Build(events));

        Assert.Equal(["Daily Ledger", "Reuters", "unknown outlet"], story.Outlets.Order(StringComparer.Ordinal));
    }
}
