using Briefing.Core;
using Briefing.Pipeline;

namespace Briefing.Publishing;

/// <summary>
/// Adds the page GitHub Pages serves for every missing URL, <c>404.html</c>, laid out with the theme's
/// <c>404</c> layout. It is served at any address, so its links stay site-absolute (with the base path) instead
/// of relative. A site that writes its own 404 page keeps it.
/// </summary>
internal sealed class AddNotFoundPage : IModule
{
    public const string Path = "404.html";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (inputs.Any(d => d.Destination == Path))
        {
            return Task.FromResult(inputs);
        }

        var page = Page.Of(PublishingKinds.NotFound, "Page not found", Path, "theme/layouts/404.liquid") with
        {
            Description = "There is nothing at this address.",
            AbsoluteLinks = true,
        };
        var document = page.ToDocument();
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, document]);
    }
}
