using Briefing.Core;
using Briefing.Preview;
using Briefing.Site;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// The repository's site (settings, seeds, input, theme, link lock) copied to a temporary folder and built there,
/// so the tests see exactly what a build of the repository produces without touching its <c>output/</c>.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private BuiltSite(string root, string output, IReadOnlyList<SitePage> pages)
    {
        Root = root;
        Output = output;
        Pages = pages;
    }

    /// <summary>The temporary folder holding the copy of the site and its output.</summary>
    public string Root { get; }

    /// <summary>The folder the site was built into.</summary>
    public string Output { get; }

    /// <summary>Every HTML page of the output, in ordinal order of their files.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>
    /// Copies the repository's site into <paramref name="root"/> and builds it into <paramref name="output"/>;
    /// fails with the build's diagnostics if the build fails.
    /// </summary>
    public static async Task<BuiltSite> BuildAsync(string root, string output, string? baseUrl, CancellationToken cancellationToken)
    {
        var source = Path.Combine(root, "site");
        RepositoryFiles.CopySiteTo(source);

        var options = new BuildOptions { SiteRoot = source, OutputDirectory = output, BaseUrlOverride = baseUrl };
        var report = await SiteBuild.RunAsync(options, cancellationToken);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException(
                "The site does not build:" + Environment.NewLine + string.Join(Environment.NewLine, report.Diagnostics));
        }

        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => SitePage.FromFile(Path.GetRelativePath(output, f)))
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ToList();
        return new BuiltSite(root, output, pages);
    }

    /// <summary>The output's full path of a page file such as <c>index.html</c>.</summary>
    public string PathOf(SitePage page) => Path.Combine(Output, page.File);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing a test run over it is not.
        }
    }
}
