using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;

namespace Briefing.Links;

/// <summary>
/// Adds <c>links.json</c>, the index of every citable link of the pages laid out by another pipeline. With a memo
/// cache (the preview) the index is made again only when what it is made from changes.
/// </summary>
internal sealed class AddLinkIndex(string pagesPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var listed = ListedPages.From(context.Outputs(pagesPipeline));
        var file = MemoValue.OfGathered(
            this,
            context,
            () => LinkIndexBuilder.DependenciesOf(listed),
            () =>
            {
                var index = LinkIndexBuilder.Build(listed, context.GetService<SiteSettings>(), context.GetService<SiteUrls>());
                return new LinkIndexFile(index, LinkIndexJson.Write(index));
            });
        var document = new Document { Destination = LinkIndex.FileName, Content = file.Json }
            .With(LinkKeys.Index, file.Index);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, document]);
    }
}
