using Briefings.Web.Data;
using Microsoft.EntityFrameworkCore;
using static Briefings.Web.Tests.TimelineSamples;

namespace Briefings.Web.Tests;

/// <summary>
/// Invented articles for the chart tests. The Courier (published 4 May 2031) tells eight day-dated
/// events over 1, 3 and 4 May (none on 2 May) and one dated only to a week; a Wire Desk copy tells
/// the first again, and one story holds both. By region: Sarnova Oblast 3, Kelm Oblast 2, no place 3.
/// By actor: Russia 2, then five actors with one each, the last two of which are "Other".
/// Two disputed figures: troops near Kelm (4,000 · more than 900 · dozens) and drones over Sarnov.
/// </summary>
internal static class ChartSample
{
    public const string Troops = "troops near Kelm";
    public const string Drones = "drones over Sarnov";

    public static async Task StoreAsync(BriefingsFactory factory)
    {
        var courier = Sample.Article("courier.txt", "Days on the Kelm front", new DateOnly(2031, 5, 4), publisher: "The Courier");
        courier.Entities.AddRange(
        [
            Country("ukraine", "Ukraine", "UA"),
            Country("russia", "Russia", "RU"),
            Region("sarnova-oblast", "Sarnova Oblast", "UA"),
            Place("sarnov", "Sarnov", "UA", "Sarnova Oblast"),
            Place("kelm", "Kelm", "UA", "Kelm Oblast"),
            Organisation("alder-group", "Alder Group", null, null),
            Organisation("birch-council", "Birch Council", null, null),
            Organisation("cedar-front", "Cedar Front", null, null),
            Organisation("dune-brigade", "Dune Brigade", null, null),
            Organisation("elm-union", "Elm Union", null, null),
        ]);
        courier.Event("attack", "Rockets fell on a Sarnov rail yard", Day(2031, 5, 1, "on Thursday"), 0, ["russia"], ["sarnov"]);
        courier.Event("attack", "A second barrage hit Sarnov", Day(2031, 5, 1, "on Thursday"), 1, ["russia"], ["sarnov"]);
        courier.Event("fighting", "Ukrainian units pushed east of Kelm", Day(2031, 5, 1, "on Thursday"), 2, ["ukraine"], ["kelm"]);
        courier.Event("attack", "Alder Group struck a Sarnov depot", Day(2031, 5, 3, "on Saturday"), 3, ["alder-group"], ["sarnov"]);
        courier.Event("meeting", "Birch Council met in private", Day(2031, 5, 3, "on Saturday"), 4, ["birch-council"]);
        courier.Event("talks", "Cedar Front talked terms near Kelm", Day(2031, 5, 3, "on Saturday"), 5, ["cedar-front"], ["kelm"]);
        courier.Event("visit", "Dune Brigade envoys arrived", Day(2031, 5, 4, "on Sunday"), 6, ["dune-brigade"]);
        courier.Event("visit", "Elm Union observers arrived", Day(2031, 5, 4, "on Sunday"), 7, ["elm-union"]);
        courier.Event("deployment", "Reserves gathered behind Kelm", Week(2031, 4, 28, "last week"), 8, ["russia"], ["kelm"]);

        var wire = Sample.Article("desk.txt", "Sarnov rail yard hit", new DateOnly(2031, 5, 2));
        wire.Wire.Add("Wire Desk");
        wire.Entities.Add(Place("sarnov", "Sarnov", "UA", "Sarnova Oblast"));
        wire.Entities.Add(Country("russia", "Russia", "RU"));
        wire.Event("attack", "Rockets struck the Sarnov rail yard", Day(2031, 5, 1, "on Thursday"), 0, ["russia"], ["sarnov"]);
        wire.Paragraphs.Add(new Briefings.Ingestion.Paragraph(1, "Paragraph 1.", Briefings.Ingestion.ParagraphKind.Body, null));

        await factory.StoreAsync(courier, wire);

        // Stories and figures come from the cross-article step; stored by hand, once per class.
        using var db = factory.NewDb();
        if (await db.Stories.AnyAsync())
            return;
        var courierId = await factory.IdOfAsync("courier.txt");
        var wireId = await factory.IdOfAsync("desk.txt");
        var railYard = await db.Events.Where(e => e.ParagraphIndex == 0).Select(e => e.Id).ToListAsync();
        db.Stories.Add(new Story
        {
            Title = "Rockets on the Sarnov rail yard",
            Date = new DateOnly(2031, 5, 1),
            DatePrecision = Briefings.Ingestion.Dates.DatePrecision.Day,
            Why = "same place and kind",
            Outlets = ["The Courier", "Wire Desk"],
            IndependentSources = 2,
            Members = [.. railYard.Select(id => new StoryMember { EventId = id })],
        });
        db.Figures.Add(new Figure
        {
            What = Troops,
            Values =
            [
                new FigureValue { Index = 0, ArticleId = courierId, ParagraphIndex = 2, Value = "4,000", By = "Ukraine" },
                new FigureValue { Index = 1, ArticleId = wireId, ParagraphIndex = 0, Value = "more than 900" },
                new FigureValue { Index = 2, ArticleId = courierId, ParagraphIndex = 5, Value = "dozens" },
            ],
        });
        db.Figures.Add(new Figure
        {
            What = Drones,
            Values =
            [
                new FigureValue { Index = 0, ArticleId = courierId, ParagraphIndex = 3, Value = "12" },
                new FigureValue { Index = 1, ArticleId = wireId, ParagraphIndex = 1, Value = "30" },
            ],
        });
        await db.SaveChangesAsync();
    }
}
