using Briefing.Links;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>What a loaded page links to and which fragments it offers.</summary>
public sealed record PageLinks
{
    public string[] Ids { get; init; } = [];

    public PageLink[] Links { get; init; } = [];

    // Resolved URLs (element.href / element.src) so the browser, not the test, applies the page's base. An SVG
    // link's href is an SVGAnimatedString, resolved against the document's base the same way.
    private const string Script = """
        () => ({
          ids: Array.from(document.querySelectorAll('[id]'), e => e.id),
          links: Array.from(
            document.querySelectorAll('a[href], area[href], link[href], script[src], img[src], source[src], iframe[src]'),
            e => ({ element: e.tagName.toLowerCase(), attribute: e.getAttribute('href') ?? e.getAttribute('src'), url: (typeof e.href === 'string' ? e.href : e.href && new URL(e.href.baseVal, document.baseURI).href) || e.src })),
        })
        """;

    public static async Task<PageLinks> ReadAsync(IPage page)
    {
        var links = await page.EvaluateAsync<PageLinks>(Script);
        return links ?? throw new InvalidOperationException($"Could not read the links of {page.Url}.");
    }
}
