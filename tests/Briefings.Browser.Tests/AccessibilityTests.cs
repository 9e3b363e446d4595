using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefings.Browser.Tests;

/// <summary>
/// axe-core over the main pages, in light and dark colour schemes, wide and phone-sized: no
/// serious or critical violation (contrast, names, labels, landmarks). Each page is also
/// photographed so a change to its look can be seen; <c>BRIEFINGS_UPDATE_SCREENSHOTS=1</c>
/// refreshes the copies in docs/screenshots that the README shows.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "timeline", "/" },
        { "article", "/articles/1" },
        { "file", "/articles/1/file?p=3" },
        { "entities", "/entities" },
        { "regions", "/regions" },
        { "sources", "/sources" },
        { "charts", "/charts" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task MainPagesHaveNoSeriousOrCriticalAxeViolations(string name, string path)
    {
        foreach (var (scheme, width) in new[] { (ColorScheme.Light, 1400), (ColorScheme.Dark, 1400), (ColorScheme.Light, 375) })
        {
            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = app.Root.ToString(),
                ColorScheme = scheme,
                ViewportSize = new ViewportSize { Width = width, Height = 900 },
                // axe is injected as a script; the app's own Content-Security-Policy would refuse it.
                BypassCSP = true,
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);

            var result = await page.RunAxe();

            var serious = result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")
                .ToList();
            Assert.True(serious.Count == 0, $"{name} ({scheme}, {width}px):\n" + string.Join("\n", serious));

            var light = scheme == ColorScheme.Light;
            await BrowserApp.SaveScreenshotAsync(page, $"{name}-{(light ? "light" : "dark")}-{width}", inDocs: name == "timeline" || (name == "article" && light && width > 1000));
            await context.CloseAsync();
        }
    }
}
