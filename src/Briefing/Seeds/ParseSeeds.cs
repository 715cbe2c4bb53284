using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;

namespace Briefing.Seeds;

/// <summary>
/// Parses each seed text (with its optional sidecar <c>seeds/&lt;name&gt;.yml</c>) into an <see cref="Article"/>.
/// </summary>
internal sealed class ParseSeeds : CachedForEachDocument
{
    protected override async Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var root = context.GetService<BuildOptions>().SiteRoot;
        var seed = await SeedLoader.LoadAsync(root, input.Source, input.Content, context.CancellationToken).ConfigureAwait(false);
        foreach (var warning in seed.Warnings)
        {
            context.Report(warning);
        }

        var article = new Article(seed.Slug, input.Source, seed.Article, seed.Sidecar);
        var page = Page.Of(SeedKinds.Article, article.Title, article.Path, input.Source) with
        {
            Description = seed.Article.Dek,
            Date = seed.Article.Date,
        };
        return [input.With(SeedKeys.Article, article).With(CoreKeys.Page, page) with { Destination = page.Destination }];
    }

    /// <summary>Besides the seed text, the result depends on its sidecar file, or on there being none (null).</summary>
    protected override object? CacheDependencies(Document input, IExecutionContext context)
    {
        var sidecar = Path.Combine(context.GetService<BuildOptions>().SiteRoot, SeedLoader.SidecarPathFor(input.Source));
        return File.Exists(sidecar) ? File.ReadAllText(sidecar) : null;
    }
}
