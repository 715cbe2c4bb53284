using Briefing.BrowserTests.Support;
using Briefing.Search;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// The header's search as a reader uses it: over HTTP under the project path and from disk (file://), by
/// keyboard alone, accessible with its results open, and on a narrow phone screen.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class SearchTests(SiteFixture fixture)
{
    private const string Input = "#site-search-input";
    private const string Results = "#site-search-results";
    private const string Options = "#site-search-results [role=option]";

    public static TheoryData<string> Origins => ["http", "file"];

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task Typing_remit_lists_the_Remittances_term_and_paragraph_15(string origin)
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(UrlOf("summaries/background/", origin));

        await TypeQueryAsync(page, "remit");

        var terms = page.Locator("#site-search-results [role=group]:has(#site-search-group-term) [role=option] .search-result-title");
        Assert.Contains("Remittances", await terms.AllInnerTextsAsync());
        var paragraph = page.Locator("#site-search-results .search-result-paragraph", new() { HasText = "¶15" }).First;
        Assert.True(await paragraph.IsVisibleAsync(), "No paragraph result ¶15 for 'remit'.");
        Assert.Contains("Cited in", await paragraph.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("remit", (await paragraph.Locator("mark").First.InnerTextAsync())[..5].ToLowerInvariant());

        var status = await page.Locator(".site-search [role=status]").InnerTextAsync();
        Assert.Matches(@"^\d+ results?$", status);

        // Opening the result leads to the paragraph itself.
        await paragraph.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("#p15", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("#p15").CountAsync());
        Assert.StartsWith(origin == "file" ? "file://" : fixture.BaseUrl.AbsoluteUri, page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task Karabakh_lists_the_Nagorno_Karabakh_term_first(string origin)
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(UrlOf("", origin));

        await TypeQueryAsync(page, "Karabakh");

        Assert.Equal("Nagorno-Karabakh", await page.Locator(Options).First.Locator(".search-result-title").InnerTextAsync());
    }

    [Fact]
    public async Task The_keyboard_alone_finds_and_opens_a_result()
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(UrlOf("timeline/", "http"));

        await page.Keyboard.PressAsync("/");
        Assert.True(await page.Locator(Input).EvaluateAsync<bool>("e => e === document.activeElement"), "'/' does not focus the search field.");
        await page.Keyboard.TypeAsync("remittances");
        await WaitForResultsAsync(page, "remittances");
        var input = page.Locator(Input);
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.Null(await input.GetAttributeAsync("aria-activedescendant"));

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var second = page.Locator(Options).Nth(1);
        Assert.Equal(await second.GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await second.GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("ArrowUp");
        var first = page.Locator(Options).First;
        Assert.Equal(await first.GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));

        var target = await first.GetAttributeAsync("data-href") ?? "";
        // Wait for the navigation the key press starts, whether or not it has finished before the wait begins.
        var navigated = page.WaitForURLAsync(target);
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal(target, page.Url);
    }

    [Fact]
    public async Task Escape_closes_the_results_and_then_returns_focus()
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(UrlOf("summaries/outlook/", "http"));
        var title = page.Locator(".site-title");
        await title.FocusAsync();

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("baku");
        await WaitForResultsAsync(page, "baku");
        await page.Keyboard.PressAsync("ArrowDown");

        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator(Results).IsHiddenAsync(), "Escape leaves the results open.");
        Assert.Equal("false", await page.Locator(Input).GetAttributeAsync("aria-expanded"));
        Assert.Null(await page.Locator(Input).GetAttributeAsync("aria-activedescendant"));
        Assert.True(await page.Locator(Input).EvaluateAsync<bool>("e => e === document.activeElement"), "Escape moves focus off the field while closing.");

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await page.Locator(Input).InputValueAsync());
        Assert.True(await title.EvaluateAsync<bool>("e => e === document.activeElement"), "A second Escape does not return focus to where '/' was pressed.");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Open_results_have_no_axe_violations(string scheme)
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await AxeScanner.InstallAsync(tab.Context);
        var page = tab.Page;
        await page.GotoAsync(UrlOf("summaries/economic-ties/", "http"));

        await TypeQueryAsync(page, "remit");
        await page.Keyboard.PressAsync("ArrowDown");
        var result = await AxeScanner.ScanAsync(page);

        Assert.True(
            result.Violations.Length == 0,
            $"axe found violations with the search results open ({scheme}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, result.Violations.Select(v => AxeReport.Describe("summaries/economic-ties/", v))));
    }

    [Fact]
    public async Task At_360_pixels_the_open_results_fit_without_horizontal_scrolling()
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = tab.Page;
        await page.GotoAsync(UrlOf("articles/azerbaijan-russia-tensions/", "http"));

        await TypeQueryAsync(page, "russia");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow} px with the results open.");
        var box = await page.Locator(Results).BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 360, $"The results ({box.X}–{box.X + box.Width} px) do not fit the 360 px screen.");
    }

    /// <summary>
    /// A paragraph of a large briefing is cited by more pages than its entry names: the result names those and
    /// counts the rest. The real site has too few summaries for that, so its entry file is served with a count.
    /// </summary>
    [Fact]
    public async Task A_paragraph_cited_by_more_pages_than_its_entry_names_says_how_many_more()
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;
        const int citing = 42;
        var named = -1;
        await page.RouteAsync("**/search/entries/*.js", async route =>
        {
            var response = await route.FetchAsync();
            var script = await response.TextAsync();
            var at = script.IndexOf("\"t\":\"¶15\"", StringComparison.Ordinal);
            if (at >= 0)
            {
                // The titles the entry names: the [title, path] pairs of its "b" list.
                var list = script[script.IndexOf("\"b\":[", at, StringComparison.Ordinal)..];
                named = list[..list.IndexOf("]]", StringComparison.Ordinal)].Split("],[").Length;
                script = script.Insert(at, $"\"n\":{citing},");
            }

            await route.FulfillAsync(new() { Response = response, Body = script });
        });
        await page.GotoAsync(UrlOf("summaries/background/", "http"));

        await TypeQueryAsync(page, "remit");

        var cited = page.Locator("#site-search-results .search-result-paragraph", new() { HasText = "¶15" }).First.Locator(".search-result-cited");
        Assert.True(named > 0, "The entry file of ¶15 was not served.");
        Assert.EndsWith($" and {citing - named} more", await cited.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_JavaScript_the_field_is_not_shown()
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await tab.Page.GotoAsync(UrlOf("", "http"));

        Assert.Equal(1, await tab.Page.Locator(".site-search").CountAsync());
        Assert.False(await Visibility.IsShownAsync(tab.Page.Locator(".site-search")), "The search field shows although it cannot work without JavaScript.");
    }

    /// <summary>The browser splits text into words exactly as the build does, for the words that make the index.</summary>
    [Fact]
    public async Task The_browser_splits_words_like_the_build()
    {
        string[] samples =
        [
            "Remittances", "remit", "Russia’s", "Russia's", "O’Brien", "Nagorno-Karabakh", "Baku’s response", "İlham Əliyev",
            "Heydar Aliyev", "Aliyev’s", "Zelensky", "Zelenskyy", "Straße", "Øresund", "Łódź", "Dağıstan", "ıslak",
            "São Paulo", "Ḥaḍramawt", "ΟΔΥΣΣΕΥΣ", "Москва", "Йошкар-Ола", "Фото: Reuters", "Ёлка", "naïve café", "Æsir Œuvre",
            "Þórr", "Đorđe", "2025-07-07", "46 percent", "¶15", "e.g.", "‘quoted’", "rock ’n’ roll", "ʼokina", "x′",
            "日本語のテキスト", "中文", "عربى", "עברית", "हिन्दी", "tab\tand\nnewline", "  spaced  out  ", "ǅemal", "ﬁnance",
            "1990s", "3rd", "COVID-19", "\u0130stanbul", "Ⅻ", "²", "𝐀𝐁𝐂", "emoji 🙂 text",
        ];
        var words = fixture.Pages.Count > 0 ? samples.Concat(SeedWords()).Distinct().ToArray() : samples;

        await using var tab = await fixture.OpenTabAsync();
        await tab.Page.GotoAsync(UrlOf("", "http"));
        var inBrowser = await tab.Page.EvaluateAsync<string[][]>("texts => texts.map(t => window.BriefingSearch.words(t))", words);

        var differences = words
            .Select((text, i) => (text, build: SearchText.Words(text), browser: inBrowser[i]))
            .Where(c => !c.build.SequenceEqual(c.browser))
            .Select(c => $"'{c.text}': build [{string.Join(", ", c.build)}], browser [{string.Join(", ", c.browser)}]")
            .ToList();
        Assert.True(differences.Count == 0, "The browser and the build split differently:" + Environment.NewLine + string.Join(Environment.NewLine, differences));
    }

    private static IEnumerable<string> SeedWords() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("seeds"), "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task TypeQueryAsync(IPage page, string query)
    {
        var input = page.Locator(Input);
        await input.WaitForAsync();
        await input.ClickAsync();
        await page.Keyboard.TypeAsync(query);
        await WaitForResultsAsync(page, query);
    }

    private static async Task WaitForResultsAsync(IPage page, string query)
    {
        await page.WaitForFunctionAsync("q => document.querySelector('.site-search').getAttribute('data-results-for') === q", query);
    }

    private string UrlOf(string path, string origin) =>
        origin == "file"
            ? new Uri(Path.Combine(fixture.Site.Output, path.Replace('/', Path.DirectorySeparatorChar), "index.html")).AbsoluteUri
            : new Uri(fixture.BaseUrl, path).AbsoluteUri;
}
