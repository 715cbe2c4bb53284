using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;

namespace Briefing.Search;

/// <summary>
/// Builds the search index from the cross-linked pages of another pipeline and adds its files (under
/// <c>search/</c>) as documents to write. The files that hold result links carry them as
/// <see cref="CoreKeys.SiteLinks"/>, so the link checker proves every result leads somewhere. With a memo cache
/// (the preview's), a page's entries are read again only when its document changed; the index is built afresh,
/// since every entry's scores depend on all the others.
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
        var files = SearchIndexFiles.Write(SearchIndexBuilder.Build(entries));
        var documents = files.Select(f =>
        {
            var document = new Document { Destination = f.Path }.With(CoreKeys.Bytes, f.Bytes);
            return f.Links.Count > 0 ? document.With(CoreKeys.SiteLinks, f.Links) : document;
        });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. documents]);
    }
}
