using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Publishing;

/// <summary>
/// Adds the files a static host and outside readers need besides the pages: <c>.nojekyll</c> (GitHub Pages must
/// not run Jekyll over the output), <c>robots.txt</c>, <c>sitemap.xml</c>, the Atom feed and a redirect page for
/// every <c>redirect_from</c> of the pages laid out by another pipeline.
/// </summary>
internal sealed class AddPublishingFiles(string pagesPipeline) : IModule
{
    public const string NoJekyll = ".nojekyll";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var settings = context.GetService<SiteSettings>();
        var urls = context.GetService<SiteUrls>();
        var all = context.Outputs(pagesPipeline);
        var listed = ListedPages.From(all);
        var pages = listed.Select(d => d.Require(CoreKeys.Page)).ToList();
        var dates = ContentDates.From(all);

        // The sitemap and the feed are made from the listed pages and the newest article's date alone (the settings
        // are in every memo key), so with a memo cache (the preview) an edit that changes no page's address, title,
        // description, kind or date reuses them.
        var (sitemap, feed) = MemoValue.Of(this, context, new object?[] { pages, dates.NewestArticle }, () => new PublishingTexts(
            Sitemap.Write(pages.Select(p => (urls.Absolute(p.Path), dates.For(p)))),
            AtomFeed.Write(settings, urls, [.. pages.Where(p => p.Kind.InFeed).Select(p => new FeedEntry(
                p.Kind.StandsForSite ? settings.Title : p.Title,
                urls.Absolute(p.Path),
                p.Description,
                dates.For(p) ?? AtomFeed.Undated,
                p.Date))])));

        IReadOnlyList<Document> files =
        [
            .. inputs,
            Generated(NoJekyll, ""),
            Generated(RobotsTxt.FileName, RobotsTxt.Write(urls.Absolute(Sitemap.FileName))),
            Generated(Sitemap.FileName, sitemap),
            Generated(AtomFeed.FileName, feed),
            .. Redirects(all.Select(d => d.Get(CoreKeys.Page)).OfType<Page>().ToList(), settings, urls, context),
        ];
        return Task.FromResult(files);
    }

    private static Document Generated(string destination, string content) => new() { Destination = destination, Content = content };

    private static List<Document> Redirects(IReadOnlyList<Page> pages, SiteSettings settings, SiteUrls urls, IExecutionContext context)
    {
        var taken = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var redirects = new Dictionary<string, Page>(StringComparer.Ordinal);
        var documents = new List<Document>();
        foreach (var page in pages.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            foreach (var from in page.RedirectFrom)
            {
                if (taken.TryGetValue(from, out var other))
                {
                    context.Report(Diagnostic.Error(
                        $"redirect_from '/{from}' is the address of a page ({other.SourceFile})",
                        new SourceLocation(page.SourceFile),
                        "remove the redirect, or give that page another permalink"));
                    continue;
                }

                if (!redirects.TryAdd(from, page))
                {
                    context.Report(Diagnostic.Error(
                        $"redirect_from '/{from}' is also declared by {redirects[from].SourceFile}",
                        new SourceLocation(page.SourceFile),
                        "an old address can redirect to one page only; remove one of the two"));
                    continue;
                }

                // The old address is laid out in files exactly as a page at that path would be.
                var destination = (page with { Path = from }).Destination;
                documents.Add(new Document
                {
                    Source = page.SourceFile,
                    Destination = destination,
                    Content = RedirectPage.Write(from, page.Path, page.Title, urls.Absolute(page.Path), settings.Language),
                });
            }
        }

        return documents;
    }
}
