using Briefing.Core;
using Briefing.Pipeline;

namespace Briefing.Content;

/// <summary>
/// Adds the <c>summaries/</c> page that lists every summary, unless the author wrote one
/// (<c>input/summaries/index.md</c>), so that the section has an address of its own.
/// </summary>
internal sealed class AddSummariesIndex : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = inputs.Select(d => d.Get(CoreKeys.Page)).ToList();
        if (!pages.Any(p => p?.Kind == ContentKinds.Summary) || pages.Any(p => p?.Path == "summaries/"))
        {
            return Task.FromResult(inputs);
        }

        var page = Page.Of(ContentKinds.Summaries, "Summaries", "summaries/", SiteFolders.Summaries) with
        {
            Description = "Every summary of the briefing, in reading order.",
        };
        var index = page.ToDocument();
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, index]);
    }
}
