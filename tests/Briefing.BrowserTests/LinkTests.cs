using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>Every internal link resolves, and every fragment names an element on its target page.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class LinkTests(SiteFixture fixture)
{
    [Fact]
    public void The_site_has_the_pages_a_briefing_needs()
    {
        var paths = fixture.Pages.Select(p => p.Path).ToList();

        Assert.Contains("", paths);
        Assert.Contains("summaries/", paths);
        Assert.Contains("timeline/", paths);
        Assert.Single(paths, p => p.StartsWith("articles/", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("summaries/", StringComparison.Ordinal) && p != "summaries/");
    }

    [Fact]
    public async Task Every_internal_link_resolves_and_every_fragment_exists()
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;

        var linksByPage = new Dictionary<string, PageLinks>(StringComparer.Ordinal);
        foreach (var sitePage in fixture.Pages)
        {
            var response = await page.GotoAsync(fixture.UrlOf(sitePage).AbsoluteUri);
            Assert.True(response is { Status: 200 }, $"{sitePage} answered {response?.Status} instead of 200.");
            linksByPage[sitePage.Path] = await PageLinks.ReadAsync(page);
        }

        var problems = new List<string>();
        var statusByUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        var paragraphFragments = 0;
        foreach (var (from, links) in linksByPage)
        {
            foreach (var link in links.Links)
            {
                var url = new Uri(link.Url);
                if (!IsInternal(url))
                {
                    continue;
                }

                var where = $"{(from.Length == 0 ? "(home)" : from)}: <{link.Element}> '{link.Attribute}'";
                if (!url.AbsolutePath.StartsWith(fixture.BaseUrl.AbsolutePath, StringComparison.Ordinal))
                {
                    problems.Add($"{where} leaves the site's base path {fixture.BaseUrl.AbsolutePath} ({url.AbsolutePath}).");
                    continue;
                }

                var document = url.GetLeftPart(UriPartial.Query);
                if (!statusByUrl.TryGetValue(document, out var status))
                {
                    var response = await page.APIRequest.GetAsync(document);
                    status = response.Status;
                    statusByUrl[document] = status;
                }

                if (status != 200)
                {
                    problems.Add($"{where} -> {document} answered {status}.");
                    continue;
                }

                if (url.Fragment.Length > 1)
                {
                    var id = Uri.UnescapeDataString(url.Fragment[1..]);
                    paragraphFragments += IsParagraphId(id) ? 1 : 0;
                    var target = PathBelowBase(url);
                    if (!linksByPage.TryGetValue(target, out var targetPage))
                    {
                        problems.Add($"{where} has a fragment, but {document} is not an HTML page of the site.");
                    }
                    else if (!targetPage.Ids.Contains(id, StringComparer.Ordinal))
                    {
                        problems.Add($"{where}: no element with id '{id}' on {document}.");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} broken link(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        Assert.True(paragraphFragments > 0, "No link to an article paragraph (#pN) was found, so citations were not checked.");
    }

    private bool IsInternal(Uri url) =>
        url.Scheme is "http" or "https" && string.Equals(url.Authority, fixture.BaseUrl.Authority, StringComparison.OrdinalIgnoreCase);

    private string PathBelowBase(Uri url) =>
        SitePage.FromFile(Uri.UnescapeDataString(url.AbsolutePath[fixture.BaseUrl.AbsolutePath.Length..])).Path;

    private static bool IsParagraphId(string id) =>
        id.Length > 1 && id[0] == 'p' && id[1..].All(char.IsAsciiDigit);
}
