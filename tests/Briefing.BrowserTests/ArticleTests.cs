using Briefing.BrowserTests.Support;
using Briefing.Seeds;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The source article: citable paragraphs, a working <c>:target</c>, and a layout that reads well on any screen.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class ArticleTests(SiteFixture fixture)
{
    private const int ParagraphCount = 17;

    private SitePage Article => fixture.Pages.Single(p => p.Path.StartsWith("articles/", StringComparison.Ordinal));

    [Fact]
    public async Task Every_paragraph_is_numbered_and_links_to_itself()
    {
        await using var tab = await fixture.OpenTabAsync();
        await tab.Page.GotoAsync(fixture.UrlOf(Article).AbsoluteUri);

        var paragraphs = await tab.Page.EvaluateAsync<ParagraphInfo[]>("""
            () => Array.from(document.querySelectorAll('.article-body [id^="p"]'), e => ({
              id: e.id,
              permalinks: Array.from(e.querySelectorAll('a.para-num'), a => a.getAttribute('href')),
              text: (e.querySelector('p')?.textContent ?? '').trim().length,
            }))
            """);

        Assert.Equal(Enumerable.Range(1, ParagraphCount).Select(n => $"p{n}"), paragraphs.Select(p => p.Id));
        Assert.All(paragraphs, p =>
        {
            Assert.Equal([$"#{p.Id}"], p.Permalinks);
            Assert.True(p.Text > 0, $"Paragraph {p.Id} has no text.");
        });
    }

    [Fact]
    public async Task Following_a_paragraph_link_targets_that_paragraph()
    {
        await using var tab = await fixture.OpenTabAsync();
        await tab.Page.GotoAsync(fixture.UrlOf(Article).AbsoluteUri + "#p9");

        var target = await tab.Page.EvaluateAsync<string?>("() => document.querySelector(':target')?.id ?? null");

        Assert.Equal("p9", target);
        Assert.True(await tab.Page.Locator("#p9").IsVisibleAsync(), "The targeted paragraph is not visible.");
    }

    [Fact]
    public async Task Clicking_a_paragraph_number_targets_its_paragraph()
    {
        await using var tab = await fixture.OpenTabAsync();
        await tab.Page.GotoAsync(fixture.UrlOf(Article).AbsoluteUri);

        await tab.Page.Locator("#p12 a.para-num").ClickAsync();

        Assert.EndsWith("#p12", tab.Page.Url, StringComparison.Ordinal);
        Assert.Equal("p12", await tab.Page.EvaluateAsync<string?>("() => document.querySelector(':target')?.id ?? null"));
    }

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_360px_wide_screen()
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });

        var problems = new List<string>();
        foreach (var page in fixture.Pages)
        {
            await tab.Page.GotoAsync(fixture.UrlOf(page).AbsoluteUri);
            var overflow = await tab.Page.EvaluateAsync<Overflow>("""
                () => {
                  // A reader may open the disclosures (e.g. the BibTeX box); they must fit too.
                  document.querySelectorAll('details').forEach(d => d.open = true);
                  const width = document.documentElement.clientWidth;
                  const scrollWidth = document.documentElement.scrollWidth;
                  if (scrollWidth <= width) return { scrollWidth, widest: null };
                  const clipped = e => {
                    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                      if (getComputedStyle(a).overflowX !== 'visible') return true;
                    }
                    return false;
                  };
                  const widest = Array.from(document.body.querySelectorAll('*'))
                    .map(e => ({ e, right: e.getBoundingClientRect().right }))
                    .filter(x => x.right > width + 0.5 && !clipped(x.e))
                    .sort((a, b) => b.right - a.right)[0];
                  const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                    Array.from(e.classList, c => '.' + c).join('');
                  return { scrollWidth, widest: widest ? describe(widest.e) + ' reaches ' + Math.round(widest.right) + 'px' : null };
                }
                """);
            if (overflow.ScrollWidth > 360)
            {
                problems.Add($"{page}: the page is {overflow.ScrollWidth}px wide; widest element: {overflow.Widest ?? "unknown"}.");
            }
        }

        Assert.True(problems.Count == 0, $"Pages scroll sideways at 360px:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public async Task The_reading_column_holds_a_comfortable_line_length_on_a_wide_screen()
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        await tab.Page.GotoAsync(fixture.UrlOf(Article).AbsoluteUri);

        // The width of the paragraph in `ch` of its own font: a 100ch probe inside it measures one `ch` exactly.
        var characters = await tab.Page.EvaluateAsync<double>("""
            () => {
              const p = document.querySelector('.article-body p');
              const probe = document.createElement('span');
              probe.style.cssText = 'display:inline-block;width:100ch;padding:0;border:0;margin:0';
              p.appendChild(probe);
              const ch = probe.getBoundingClientRect().width / 100;
              probe.remove();
              return p.getBoundingClientRect().width / ch;
            }
            """);

        Assert.InRange(characters, 55, 80);
    }

    // Playwright fills these from the page's JSON through their setters.
    private sealed record ParagraphInfo
    {
        public string Id { get; init; } = "";

        public string[] Permalinks { get; init; } = [];

        public int Text { get; init; }
    }

    private sealed record Overflow
    {
        public int ScrollWidth { get; init; }

        public string? Widest { get; init; }
    }
}
