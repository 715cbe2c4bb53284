using Briefing.Citations;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;
using Briefing.Seeds;

namespace Briefing.Links;

/// <summary>
/// Adds <c>links.json</c>, the index of every citable link of the pages laid out by another pipeline. With a memo
/// cache (the preview) the index is made again only when what it is made from changes.
/// </summary>
internal sealed class AddLinkIndex(string pagesPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = context.Outputs(pagesPipeline);

        // What LinkIndexBuilder reads of each listed page (the settings are in every memo key): a page's body and
        // layout are not in the index, so an edit to them reuses it.
        var file = MemoValue.OfGathered(
            this,
            context,
            () => ListedPages.From(pages)
                .Select(d => new object?[] { d.Require(CoreKeys.Page), d.Get(GlossaryKeys.Term), d.Get(SeedKeys.Article), d.Get(CitationKeys.ContextSources) })
                .ToList(),
            () =>
            {
                var index = LinkIndexBuilder.Build(pages, context.GetService<SiteSettings>(), context.GetService<SiteUrls>());
                return new LinkIndexFile(index, LinkIndexJson.Write(index));
            });
        var document = new Document { Destination = LinkIndex.FileName, Content = file.Json }
            .With(LinkKeys.Index, file.Index);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, document]);
    }
}
