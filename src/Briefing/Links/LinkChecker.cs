using System.Collections.Concurrent;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Links;

/// <summary>
/// Checks every link of a finished build before it is published: each HTML file is parsed once, and every
/// internal <c>href</c>/<c>src</c> (fragments included) must resolve to a written file and an element id. Each
/// broken link is an error naming the page, the link and the source file the page was made from.
/// </summary>
public static class LinkChecker
{
    /// <param name="directory">The folder the build was written to.</param>
    /// <param name="baseUrl">The URL the site is published under.</param>
    /// <param name="sources">Output path → source file (relative to the site root) of every written document.</param>
    /// <param name="fileLinks">Output path → site paths that a written file other than a page links to (the search
    /// index's results, for instance), checked like links from the home page.</param>
    public static async Task<IReadOnlyList<Diagnostic>> CheckAsync(
        string directory,
        Uri baseUrl,
        IReadOnlyDictionary<string, string> sources,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fileLinks = null,
        CancellationToken cancellationToken = default)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var pages = new ConcurrentDictionary<string, PublishedPage>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), cancellationToken, async (file, token) =>
        {
            var html = await File.ReadAllTextAsync(Path.Combine(directory, file), token).ConfigureAwait(false);
            pages[file] = PublishedPage.Parse(file, html);
        }).ConfigureAwait(false);

        var resolver = new LinkResolver(baseUrl, files, pages);
        var diagnostics = new List<Diagnostic>();
        foreach (var page in pages.Values.OrderBy(p => p.File, StringComparer.Ordinal))
        {
            var source = sources.TryGetValue(page.File, out var s) && s.Length > 0 ? s : page.File;
            foreach (var link in page.Links)
            {
                if (resolver.Check(page, link) is { } problem)
                {
                    var text = link.Text is { Length: > 0 } t ? $" (“{t}”)" : "";
                    diagnostics.Add(Diagnostic.Error(
                        $"broken link on page {resolver.PageUrl(page.File).AbsolutePath} ({page.File}:{link.Line}): <{link.Element} {link.Attribute}=\"{link.Value}\">{text}: {problem.Reason}",
                        new SourceLocation(source),
                        problem.Hint));
                }
            }
        }

        var root = new PublishedPage("index.html", new HashSet<string>(), []);
        foreach (var (file, links) in (fileLinks ?? new Dictionary<string, IReadOnlyList<string>>()).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var link in links)
            {
                if (resolver.Check(root, new PublishedLink("a", "href", link, null, 0)) is { } problem)
                {
                    diagnostics.Add(Diagnostic.Error(
                        $"broken link in {file}: '{link}' (a site path): {problem.Reason}",
                        new SourceLocation(file),
                        problem.Hint));
                }
            }
        }

        return diagnostics;
    }
}
