using System.Collections.Concurrent;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Links;

/// <summary>
/// Checks every link of a finished build before it is published: every internal <c>href</c>/<c>src</c>
/// (fragments included) must resolve to a file of the build and an element id. The check reads what the build
/// holds in memory, the exact text each page is written with, instead of reading the written files back. Every
/// page's ids and links are read by a scan of that text (<see cref="PageLinkScanner"/>) rather than a parse, most of
/// them as their layout finished (<see cref="ReadPublishedLinks"/>); only a page with a broken link is parsed, keeping
/// line numbers and link texts, for its message.
/// Each broken link is an error naming the page, the link and the source file the page was made from.
/// </summary>
internal static class LinkChecker
{
    /// <param name="written">Every document the build writes (those with a destination).</param>
    /// <param name="baseUrl">The URL the site is published under.</param>
    /// <param name="fileLinks">Output path → site paths that a written file other than a page links to (the search
    /// index's results, for instance), checked like links from the home page.</param>
    public static async Task<IReadOnlyList<Diagnostic>> CheckAsync(
        IReadOnlyList<Document> written,
        Uri baseUrl,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fileLinks = null,
        CancellationToken cancellationToken = default)
    {
        var byFile = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in written)
        {
            byFile.TryAdd(document.Destination!, document);
        }

        var pages = new ConcurrentDictionary<string, PublishedPage>(StringComparer.Ordinal);
        var htmlPages = byFile.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        await Parallel.ForEachAsync(htmlPages, cancellationToken, async (file, token) =>
        {
            // A page read as its layout finished is taken as it is; an HTML file of the theme's is read here.
            pages[file.Key] = file.Value.TryGet(LinkKeys.Published, out var read) && read.File == file.Key
                ? read
                : PageLinkScanner.Scan(file.Key, await HtmlOf(file.Value, token).ConfigureAwait(false));
        }).ConfigureAwait(false);

        var resolver = new LinkResolver(baseUrl, byFile.Keys.ToHashSet(StringComparer.Ordinal), pages);
        var diagnostics = new List<Diagnostic>();

        // Resolving every link of every page is most of the check, and each page's alone, so pages are checked in
        // parallel; the few with a broken link are then reported one by one, in the order of their files.
        var broken = pages.Values
            .AsParallel()
            .Where(page =>
            {
                var address = resolver.AddressOf(page.File);
                return page.Links.Any(link => resolver.Check(address, link) is not null);
            })
            .ToList();
        foreach (var page in broken.OrderBy(p => p.File, StringComparer.Ordinal))
        {
            // Parsed again with source positions, only now that its broken links need their lines.
            var document = byFile[page.File];
            var located = PublishedPage.Parse(page.File, await HtmlOf(document, cancellationToken).ConfigureAwait(false), withLines: true);
            var source = document.Source.Length > 0 ? document.Source : page.File;
            foreach (var link in located.Links)
            {
                if (resolver.Check(located, link) is { } problem)
                {
                    var text = link.Text is { Length: > 0 } t ? $" (“{t}”)" : "";
                    diagnostics.Add(Diagnostic.Error(
                        $"broken link on page {resolver.PageUrl(page.File).AbsolutePath} ({page.File}:{link.Line}): <{link.Element} {link.Attribute}=\"{link.Value}\">{text}: {problem.Reason}",
                        new SourceLocation(source),
                        problem.Hint));
                }
            }
        }

        // Other files' links (the search index's tens of thousands of results at scale) are resolved in parallel as
        // well, and reported in the order of their files and links.
        var root = resolver.AddressOf("index.html");
        var fileProblems = (fileLinks ?? new Dictionary<string, IReadOnlyList<string>>())
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .SelectMany(f => f.Value.Select(link => (File: f.Key, Link: link)))
            .AsParallel()
            .AsOrdered()
            .Select(f => (f.File, f.Link, Problem: resolver.Check(root, new PublishedLink("a", "href", f.Link, null, 0))))
            .Where(f => f.Problem is not null)
            .ToList();
        foreach (var (file, link, problem) in fileProblems)
        {
            diagnostics.Add(Diagnostic.Error(
                $"broken link in {file}: '{link}' (a site path): {problem!.Reason}",
                new SourceLocation(file),
                problem.Hint));
        }

        return diagnostics;
    }

    // A page is written with its content; an HTML file among the theme's assets is copied as it is.
    private static async Task<string> HtmlOf(Document document, CancellationToken token) =>
        document.TryGet(CoreKeys.CopyFrom, out var copied)
            ? await File.ReadAllTextAsync(copied, token).ConfigureAwait(false)
            : document.Content;
}
