using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>Every page of the site is valid HTML by the Nu HTML Checker, the W3C's validator.</summary>
[Collection(OutputCollectionDefinition.Name)]
public sealed class HtmlValidityTests(OutputFixture fixture)
{
    [Fact]
    public async Task Every_page_has_no_HTML_errors()
    {
        var site = fixture.Site;
        Assert.NotEmpty(site.Pages);

        var errors = await NuHtmlChecker.CheckAsync(site.Pages.Select(site.PathOf), TestContext.Current.CancellationToken);

        var report = errors.Select(e => Describe(site, e));
        Assert.True(errors.Count == 0, $"The Nu HTML Checker found {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, report)}");
    }

    private static string Describe(BuiltSite site, NuMessage error)
    {
        // The checker names files as "file:/path" URLs.
        var file = error.Url.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetRelativePath(site.Output, "/" + Uri.UnescapeDataString(error.Url["file:".Length..]).TrimStart('/')).Replace('\\', '/')
            : error.Url;
        var where = error.Line is { } line ? $"{file}:{line}:{error.Column ?? 1}" : file;
        var extract = string.IsNullOrWhiteSpace(error.Extract) ? "" : $"{Environment.NewLine}    near: {error.Extract.ReplaceLineEndings(" ").Trim()}";
        return $"  {where}: {error.Message}{extract}";
    }
}
