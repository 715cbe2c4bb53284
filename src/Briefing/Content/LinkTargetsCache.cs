using Briefing.Citations;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Seeds;

namespace Briefing.Content;

/// <summary>
/// Builds the link targets once per build from the articles (and, once read, the glossary's slugs), however many
/// documents ask for them. Glossary files themselves may cite paragraphs but link terms only by xref to slugs
/// known from file names, so they do not wait for each other. <c>articlesPipeline</c> names the pipeline whose
/// outputs carry the articles, <c>sourcesPipeline</c> the one whose output carries the outside sources.
/// </summary>
public sealed class LinkTargetsCache(SiteUrls urls, IReadOnlySet<string> glossarySlugs, string articlesPipeline, string sourcesPipeline)
{
    private readonly Lock _gate = new();
    private LinkTargetSources? _sources;
    private LinkTargets? _targets;

    public LinkTargets Get(IExecutionContext context)
    {
        lock (_gate)
        {
            if (_targets is null)
            {
                var settings = context.GetService<SiteSettings>();
                var articles = context.Outputs(articlesPipeline).Select(d => d.Require(SeedKeys.Article)).ToList();
                _targets = new LinkTargets(
                    new CitationResolver(articles, urls, settings.MainArticle, settings.MainArticleLocation),
                    slug => glossarySlugs.Contains(slug) ? new XrefTarget(urls.Href($"glossary/{slug}/")) : null,
                    urls)
                {
                    Sources = context.Outputs(sourcesPipeline).Select(d => d.Get(CitationKeys.Sources)).OfType<SourceList>().FirstOrDefault() ?? SourceList.Empty,
                };
            }

            return _targets;
        }
    }

    /// <summary>
    /// What the targets are made from, for steps that cache their results: one object per build, so that a
    /// cache fingerprints it once however many documents depend on it.
    /// </summary>
    public LinkTargetSources CacheDependencies(IExecutionContext context)
    {
        lock (_gate)
        {
            return _sources ??= new LinkTargetSources(
                urls.BasePath, context.GetService<SiteSettings>().MainArticle, [.. glossarySlugs.Order(StringComparer.Ordinal)], context.Outputs(articlesPipeline), context.Outputs(sourcesPipeline));
        }
    }
}
