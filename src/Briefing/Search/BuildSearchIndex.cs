using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;

namespace Briefing.Search;

/// <summary>
/// Builds the search index from the cross-linked pages of another pipeline and adds its files (under
/// <c>search/</c>) as documents to write. The files that hold result links carry them as
/// <see cref="CoreKeys.SiteLinks"/>, so the link checker proves every result leads somewhere. With a memo cache
/// (the preview's), a page's entries are read again only when its document changed, and the index is built again
/// only when an entry changed.
/// </summary>
internal sealed class BuildSearchIndex(string pagesPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        // Reading a page's HTML is most of the entries' cost; with a memo cache it is done only for changed pages.
        var entries = SearchEntries.From(
            context.Outputs(pagesPipeline),
            context.GetService<SiteUrls>(),
            (page, read) => MemoValue.Of(this, context, page, read));
        // Every entry's scores depend on all the others, so the index is built from all of them; with a memo cache an
        // edit that changes no entry (a stylesheet, a template the entries do not show) reuses the files as they were.
        // The memoised entries are the same objects as before, so their fingerprints are not computed again. Without
        // a cache the entries are made as the index reads them and are not kept.
        IReadOnlyList<SearchEntry>? listed = null;
        var files = MemoValue.OfGathered(this, context, () => listed = [.. entries], () => SearchIndexFiles.Write(listed ?? entries));
        var documents = files.Select(f =>
        {
            var document = new Document { Destination = f.Path }.With(CoreKeys.Bytes, f.Bytes);
            return f.Links.Count > 0 ? document.With(CoreKeys.SiteLinks, f.Links) : document;
        });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. documents]);
    }
}
