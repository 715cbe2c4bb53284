using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;

namespace Briefing.Links;

/// <summary>
/// Reads the ids and links of every HTML page once its text is final (after its layout), as the link checker needs
/// them, and keeps them on the page (<see cref="LinkKeys.Published"/>). Done here, page by page beside the other
/// pipelines, rather than by the checker once the build has finished, so that the check at the end only resolves
/// links. The text read is the text written: nothing changes a page after its layout.
/// </summary>
/// <remarks>
/// Not cached: a cache key would fingerprint the page's whole text, one pass over it as the scan itself is.
/// </remarks>
internal sealed class ReadPublishedLinks : ForEachDocument
{
    protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
        Task.FromResult<IReadOnlyList<Document>>(
            input.Destination is { } file && file.EndsWith(".html", StringComparison.Ordinal) && ChecksLinks(context)
                ? [input.With(LinkKeys.Published, PageLinkScanner.Scan(file, input.Content))]
                : [input]);

    // The preview checks no links (a rebuild must be quick, and a broken link shows in the browser), so it reads none.
    private static bool ChecksLinks(IExecutionContext context) => context.FindService<BuildOptions>()?.CheckLinks ?? true;
}
