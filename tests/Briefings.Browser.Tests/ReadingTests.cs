using Microsoft.Playwright;

namespace Briefings.Browser.Tests;

/// <summary>
/// What a reader does in a real browser: filter the timeline with the form, follow a source to
/// its paragraph, and read the same pages with JavaScript off. The filter option is picked from
/// the page itself (the least frequent one), so the tests hold for any corpus, not just the seeds.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ReadingTests(BrowserApp app)
{
    [Theory]
    [InlineData("f-region", "region", true)]
    [InlineData("f-actor", "actor", true)]
    [InlineData("f-region", "region", false)]
    [InlineData("f-actor", "actor", false)]
    public async Task ChoosingAFilterInTheFormNarrowsTheTimelineAndTheAddressSaysSo(string selectId, string parameter, bool javaScript)
    {
        var page = await app.OpenAsync("/", javaScript);
        var everything = await page.Locator(".event").CountAsync();
        var (slug, count) = await RarestOptionAsync(page, selectId);

        await page.SelectOptionAsync($"#{selectId}", slug);
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains(parameter + "=", StringComparison.Ordinal));

        Assert.Contains($"{parameter}={slug}", page.Url, StringComparison.Ordinal);
        Assert.Equal(slug, await page.InputValueAsync($"#{selectId}"));
        var shown = await page.Locator(".event").CountAsync();
        Assert.InRange(shown, 1, everything - 1);
        Assert.True(shown <= count, $"{shown} events shown for an option that counts {count}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WordsTypedInTheFormAreSearchedAndKeptInTheBox()
    {
        var page = await app.OpenAsync("/");
        var everything = await page.Locator(".event").CountAsync();
        // A word the timeline itself shows, so the search is sure to find something.
        var text = await page.Locator(".event .what").First.InnerTextAsync();
        var word = text.Split([' ', '\n', ',', '.', '"', '“', '”', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries)
            .First(w => w.Length >= 6 && w.All(char.IsLetter));

        await page.FillAsync("#f-q", word);
        await page.PressAsync("#f-q", "Enter");
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));

        Assert.Contains("q=" + Uri.EscapeDataString(word), page.Url, StringComparison.Ordinal);
        Assert.Equal(word, await page.InputValueAsync("#f-q"));
        Assert.InRange(await page.Locator(".event").CountAsync(), 1, everything);
        // What was found is marked where the reader sees it (a stem of the word: "drones" for "drone").
        var marks = await page.Locator(".event mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith(word[..4], m, StringComparison.OrdinalIgnoreCase));
        Assert.True(await page.Locator(".event mark").First.IsVisibleAsync());
        await BrowserApp.SaveScreenshotAsync(page, "search", inDocs: true);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ASourceLinkOpensTheArticleAtItsParagraphHighlighted(bool javaScript)
    {
        var page = await app.OpenAsync("/", javaScript);
        var link = page.Locator("a.source-link").First;
        var href = await link.GetAttributeAsync("href");
        Assert.NotNull(href);
        var anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];

        await link.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");

        Assert.Contains("/articles/", page.Url, StringComparison.Ordinal);
        var paragraph = page.Locator($"[id='{anchor}']");
        Assert.True(await paragraph.IsVisibleAsync(), $"paragraph #{anchor} is not visible");
        Assert.True(await paragraph.EvaluateAsync<bool>("e => e.matches(':target')"), $"#{anchor} is not the page's target");
        var inView = await paragraph.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }");
        Assert.True(inView, $"paragraph #{anchor} was not scrolled into view");
        var background = await paragraph.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OriginalLinksLeaveTheSiteWithoutAReferrerOrAHandleOnIt()
    {
        var page = await app.OpenAsync("/sources");
        var articles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in await page.Locator("main a[href^='/articles/']").AllAsync())
            articles.Add((await link.GetAttributeAsync("href"))!.Split('#')[0]);
        Assert.NotEmpty(articles);

        var originals = 0;
        foreach (var article in articles)
        {
            await page.GotoAsync(article);
            foreach (var original in await page.Locator("a.original").AllAsync())
            {
                originals++;
                var rel = (await original.GetAttributeAsync("rel") ?? "").Split(' ');
                Assert.Contains("noopener", rel);
                Assert.Contains("noreferrer", rel);
                Assert.Matches("^https?://", await original.GetAttributeAsync("href") ?? "");
            }
        }
        Assert.True(originals > 0, $"none of {articles.Count} article pages links its original");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/entities")]
    [InlineData("/regions")]
    [InlineData("/sources")]
    [InlineData("/charts")]
    [InlineData("/charts?split=actor")]
    public async Task MainPagesLoadWithoutBrowserErrorsOrBlockedResources(string path)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Root.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add("failed: " + request.Url);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        Assert.Empty(errors);
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/entities")]
    [InlineData("/sources")]
    [InlineData("/charts")]
    public async Task OnAPhoneThePageIsOneColumnWithNothingToScrollSideways(string path)
    {
        var page = await app.OpenAsync(path, width: 375);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth");
        var widest = await page.EvaluateAsync<string>(WidestElementScript);
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 375px phone; widest: {widest}");
        await page.Context.CloseAsync();
    }

    private const string WidestElementScript = """
        () => {
          let widest = null, right = 0;
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect().right;
            if (r > right) { right = r; widest = e; }
          }
          return widest ? `${widest.tagName.toLowerCase()}.${widest.className} (${Math.round(right)}px): ${widest.outerHTML.slice(0, 120)}` : '';
        }
        """;

    /// <summary>The option with the fewest events (but some), so choosing it must narrow the timeline.</summary>
    private static async Task<(string Slug, int Count)> RarestOptionAsync(IPage page, string selectId)
    {
        var options = await page.Locator($"#{selectId} option[data-count]").AllAsync();
        var counted = new List<(string, int)>();
        foreach (var option in options)
        {
            var slug = await option.GetAttributeAsync("value");
            if (!string.IsNullOrEmpty(slug) && int.TryParse(await option.GetAttributeAsync("data-count"), out var count) && count > 0)
                counted.Add((slug, count));
        }
        Assert.NotEmpty(counted);
        return counted.MinBy(o => o.Item2);
    }
}
