using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Starts Debian's Chromium through Playwright. The tests never download a browser: Playwright only drives the
/// system's <c>/usr/bin/chromium</c>, and a missing one fails on CI, and is skipped elsewhere, with what to install.
/// </summary>
internal static class Chromium
{
    public const string PathVariable = "BRIEFING_CHROMIUM";

    /// <summary>Debian's Chromium, unless <c>BRIEFING_CHROMIUM</c> names another installed Chromium-based browser.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw Requirement.Missing(
                $"The browser tests need Debian's Chromium at {ExecutablePath}, which is missing. " +
                $"Set {PathVariable} to use another installed Chromium-based browser, or " +
                "Install it with `apt-get update && apt-get install -y chromium` (as root). " +
                "These tests never download a browser, so do not run `playwright install`.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
