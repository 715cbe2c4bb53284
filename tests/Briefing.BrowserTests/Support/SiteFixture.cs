using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// The site as a reader meets it: built once, served over HTTP under <c>/briefing/</c> as on the project's host,
/// and one Chromium shared by the tests of the collection. The browser starts on first use, so tests that only
/// read the output do not depend on it.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>The path the site is served under, like a project site on a static host.</summary>
    public const string BasePath = "briefing/";

    private readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> _chromium = new(Chromium.LaunchAsync);
    private string? _root;
    private StaticSiteServer? _server;
    private BuiltSite? _site;

    public BuiltSite Site => _site ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The site's base URL on the test server, e.g. <c>http://127.0.0.1:41234/briefing/</c>.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<SitePage> Pages => Site.Pages;

    public async ValueTask InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("briefing-browser-").FullName;
        var wwwRoot = Path.Combine(_root, "www");
        Directory.CreateDirectory(wwwRoot);

        // Serve first to learn the port, then build with that base URL so absolute links point at this server too.
        _server = await StaticSiteServer.StartAsync(wwwRoot, TestContext.Current.CancellationToken);
        BaseUrl = new Uri(_server.Origin, BasePath);
        _site = await BuiltSite.BuildAsync(
            _root, Path.Combine(wwwRoot, BasePath.TrimEnd('/')), BaseUrl.AbsoluteUri, TestContext.Current.CancellationToken);
    }

    public Uri UrlOf(SitePage page) => new(BaseUrl, page.Path);

    /// <summary>The page whose path below the base URL is <paramref name="path"/>; fails if the site has none.</summary>
    public SitePage PageAt(string path) =>
        Pages.SingleOrDefault(p => p.Path == path)
        ?? throw new InvalidOperationException($"The site has no page at '{path}'; it has: {string.Join(", ", Pages)}.");

    /// <summary>Opens a new context and page in the shared browser.</summary>
    public async Task<BrowserTab> OpenTabAsync(BrowserNewContextOptions? options = null)
    {
        var (_, browser) = await _chromium.Value;
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserTab(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium.IsValueCreated && _chromium.Value.IsCompletedSuccessfully)
        {
            var (playwright, browser) = _chromium.Value.Result;
            await browser.CloseAsync();
            playwright.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site?.Dispose();
        if (_site is null && _root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
