using System.CommandLine;
using Briefings.Web.Cli;
using Briefings.Web.Ingestion;

namespace Briefings.Web.Tests;

public sealed class PrintedNameTests
{
    [Theory]
    [InlineData("plain name.txt", "plain name.txt")]
    [InlineData("Київ 東京.txt", "Київ 東京.txt")]
    [InlineData("a\nskipped   b.txt", @"a\nskipped   b.txt")]
    [InlineData("\u001b[2Jclear.txt", @"\x1b[2Jclear.txt")]
    [InlineData("evil\u202Etxt.exe", @"evil\u202etxt.exe")]
    [InlineData(@"back\slash.txt", @"back\\slash.txt")]
    public void ControlCharactersInANameArePrintedAsEscapes(string name, string printed) =>
        Assert.Equal(printed, PrintedName.Escape(name));

    [Fact]
    public async Task TheIngestVerbPrintsOneLinePerFileWhateverTheNamesHold()
    {
        using var folder = new TempFolder();
        using var store = new TempFolder();
        folder.File("forged\ningested  evil.txt", "Vorinsk port reopens\n\nThe council of Vorinsk voted on Tuesday.");
        folder.File("\u001b[31mred.txt", "");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = BriefingsCli.Create((_, _) => Task.FromResult(0));

        var code = await root.Parse(["ingest", folder.Path, "--db", Path.Combine(store.Path, "b.db")])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(@"skipped   \x1b[31mred.txt: the file is empty", lines[0]);
        Assert.Equal(@"ingested  forged\ningested  evil.txt", lines[1]);
        Assert.DoesNotContain('\u001b', output.ToString());
    }
}
