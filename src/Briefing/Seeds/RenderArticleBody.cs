using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;
using Briefing.Theme;

namespace Briefing.Seeds;

/// <summary>
/// Renders the article's numbered paragraphs with the theme's <c>partials/article-body.liquid</c>, so that the
/// cross-linking step sees the body the reader will see. Seed text is escaped by the template engine: it is
/// text, never markup.
/// </summary>
internal sealed class RenderArticleBody : CachedForEachDocument
{
    private const string BodyPartial = "partials/article-body.liquid";

    protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var renderer = context.GetService<TemplateRenderer>();
        var view = ArticleView.From(input.Require(SeedKeys.Article), context.GetService<SiteUrls>());
        var html = renderer.Render(BodyPartial, new { article = view });
        return Task.FromResult<IReadOnlyList<Document>>([input.WithContent(html).With(SeedKeys.View, view)]);
    }

    protected override object? CacheDependencies(Document input, IExecutionContext context) =>
        new object[] { context.GetService<SiteUrls>(), context.GetService<TemplateFingerprints>().Of(BodyPartial) };
}
