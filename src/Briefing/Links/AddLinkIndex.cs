using Briefing.Core;
using Briefing.Pipeline;

namespace Briefing.Links;

/// <summary>Adds <c>links.json</c>, the index of every citable link of the pages laid out by another pipeline.</summary>
internal sealed class AddLinkIndex(string pagesPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var index = LinkIndexBuilder.Build(context.Outputs(pagesPipeline), context.GetService<SiteSettings>(), context.GetService<SiteUrls>());
        var document = new Document { Destination = LinkIndex.FileName, Content = LinkIndexJson.Write(index) }
            .With(LinkKeys.Index, index);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, document]);
    }
}
