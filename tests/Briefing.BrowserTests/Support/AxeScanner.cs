using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Runs the axe-core build bundled with Deque's axe packages on pages of one browser context.
/// </summary>
/// <remarks>
/// Deque's <c>page.RunAxe()</c> injects the 500 KB engine again on every call and finishes each run in a new
/// blank page (so it can merge cross-origin frames, which this site has none of); that costs about a second a
/// page. Registering the same engine once as the context's init script and calling <c>axe.run</c> directly gives the same results
/// (parsed into Deque's <see cref="AxeResult"/>) about ten times faster, which keeps the suite quick as the site
/// grows.
/// </remarks>
internal static class AxeScanner
{
    private const string RunScript = """
        async () => typeof axe === 'undefined'
          ? null
          : JSON.stringify(await axe.run(document, { resultTypes: ['violations'] }))
        """;

    /// <summary>Makes axe available on every page later opened or navigated in <paramref name="context"/>.</summary>
    public static Task InstallAsync(IBrowserContext context) =>
        context.AddInitScriptAsync(new BundledAxeScriptProvider().GetScript());

    /// <summary>Runs every enabled axe rule on the page as it is now; the page's context must have axe installed.</summary>
    public static async Task<AxeResult> ScanAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string?>(RunScript)
            ?? throw new InvalidOperationException($"axe is not installed in the context of {page.Url}; call InstallAsync first.");
        return new AxeResult(JObject.Parse(json));
    }
}
