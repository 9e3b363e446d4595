using System.Net.Http.Json;
using System.Text.Json;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Entities;
using static Briefings.Web.Tests.TimelineSamples;

namespace Briefings.Web.Tests;

/// <summary>
/// Two invented articles for the API, feed and CSV tests: The Ledger (publisher, http link) tells a
/// strike on Vorinsk, a denial by a Kremlin official, fighting near Belomor in Russia and a month-dated
/// aid delivery; a wire copy with no publisher tells a second strike whose text starts like a
/// spreadsheet formula and holds a control character. One story holds both strikes.
/// </summary>
internal static class ApiSample
{
    public const string Strike = "Missiles struck a depot in Vorinsk";
    public const string Denial = "Dorn denied the strike";
    public const string Fighting = "Fighting near Belomor";
    public const string Aid = "Winter aid arrived";
    public const string SecondStrike = "=HYPERLINK(\"http://bad.example\") Drones hit Vorinsk again\u0007";

    public static async Task StoreAsync(BriefingsFactory factory)
    {
        var ledger = Sample.Article("ledger.txt", "Strikes on Vorinsk", new DateOnly(2031, 3, 11), publisher: "The Ledger", url: "https://ledger.example/vorinsk");
        var vorinsk = Place("vorinsk", "Vorinsk", "UA", "Vorinsk Oblast");
        vorinsk.Mentions.Add(new Mention(0, 0, 9, "Paragraph"));
        ledger.Entities.AddRange(
        [
            Country("ukraine", "Ukraine", "UA"),
            Country("russia", "Russia", "RU"),
            Organisation("kremlin", "Kremlin", "RU", "russia"),
            Person("ivan-dorn", "Ivan Dorn", "RU", "kremlin"),
            Region("vorinsk-oblast", "Vorinsk Oblast", "UA"),
            vorinsk,
            Place("belomor", "Belomor", "RU", "Belomor Oblast"),
        ]);
        ledger.Event("attack", Strike, Day(2031, 3, 10, "on Monday"), 0, ["russia"], ["vorinsk"]);
        ledger.Event("statement", Denial, Day(2031, 3, 10, "on Monday"), 1, ["ivan-dorn"]);
        ledger.Event("fighting", Fighting, Day(2031, 3, 8, "on Saturday"), 2, ["ukraine"], ["belomor"]);
        ledger.Event("aid", Aid, Month(2031, 3, "in March"), 3);
        ledger.Claims.Add(new Claim("Ivan Dorn", "ivan-dorn", "deny", Stance.Deny, "Dorn denied that any depot was hit.", 1) { Said = Day(2031, 3, 10, "on Monday") });
        ledger.Claims.Add(new Claim("the governor", null, "say", Stance.Assert, "The governor said fires burned in Vorinsk.", 0) { Said = Day(2031, 3, 10, "on Monday") });

        var wire = Sample.Article("wire.txt", "Vorinsk again", new DateOnly(2031, 3, 12));
        wire.Wire.Add("Wire Agency");
        wire.Entities.Add(Place("vorinsk", "Vorinsk", "UA", "Vorinsk Oblast"));
        wire.Entities.Add(Country("russia", "Russia", "RU"));
        wire.Event("attack", SecondStrike, Day(2031, 3, 12, "on Wednesday"), 0, ["russia"], ["vorinsk"]);

        await factory.StoreAsync(ledger, wire);

        // Each test of a class stores the sample again (unchanged files are skipped); the story is added once.
        using var db = factory.NewDb();
        if (db.Stories.Any())
            return;
        var strikes = db.Events.Where(e => e.Kind == "attack").Select(e => e.Id).ToList();
        db.Stories.Add(new Data.Story
        {
            Title = "Strikes on Vorinsk",
            Date = new DateOnly(2031, 3, 10),
            DatePrecision = Briefings.Ingestion.Dates.DatePrecision.Day,
            Why = "same place and kind",
            Outlets = ["The Ledger", "Wire Agency"],
            IndependentSources = 2,
            Members = [.. strikes.Select(id => new Data.StoryMember { EventId = id })],
        });
        await db.SaveChangesAsync();
    }

    public static async Task<JsonElement> GetJsonAsync(this BriefingsFactory factory, string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static List<string> Strings(this JsonElement page, string property) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).GetString()!).Order(StringComparer.Ordinal)];
}
