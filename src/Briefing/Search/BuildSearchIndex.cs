using Briefing.Core;
using Briefing.Pipeline;

namespace Briefing.Search;

/// <summary>
/// Builds the search index from the cross-linked pages of another pipeline and adds its files (under
/// <c>search/</c>) as documents to write. The files that hold result links carry them as
/// <see cref="CoreKeys.SiteLinks"/>, so the link checker proves every result leads somewhere.
/// </summary>
internal sealed class BuildSearchIndex(string pagesPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var entries = SearchEntries.From(context.Outputs(pagesPipeline), context.GetService<SiteUrls>());
        var files = SearchIndexFiles.Write(SearchIndexBuilder.Build(entries));
        var documents = files.Select(f =>
        {
            var document = new Document { Destination = f.Path, Content = f.Content };
            return f.Links.Count > 0 ? document.With(CoreKeys.SiteLinks, f.Links) : document;
        });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. documents]);
    }
}
