using System.Collections.Concurrent;
using Briefing.Citations;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;
using Briefing.Seeds;
using Briefing.Theme;

namespace Briefing.Layouts;

/// <summary>
/// Wraps every page's body in its layout (<c>layouts/&lt;layout&gt;.liquid</c>), then in the frame
/// (<c>layouts/default.liquid</c>) that carries the head, navigation and footer.
/// </summary>
internal sealed class ApplyLayouts : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var urls = context.GetService<SiteUrls>();
        var settings = context.GetService<SiteSettings>();
        var index = SiteIndex.From(inputs.Select(d => d.Require(CoreKeys.Page)), urls);
        var site = SiteView.From(settings);
        var meta = new PageMetaBuilder(settings, urls);
        var module = new LayoutEach(index, site, settings, urls, meta);
        return await module.ExecuteAsync(inputs, context).ConfigureAwait(false);
    }

    private sealed class LayoutEach(SiteIndex index, SiteView site, SiteSettings settings, SiteUrls urls, PageMetaBuilder meta) : CachedForEachDocument
    {
        private const string Frame = "layouts/default.liquid";

        /// <summary>The name the layouts see the site's index under (<see cref="LayoutModel.Index"/>).</summary>
        private const string IndexVariable = "index";

        private readonly ConcurrentDictionary<string, string> _layouts = new(StringComparer.Ordinal);

        // For the keys of pages that do not read the whole index: made once a build, not once a page.
        private readonly Lazy<IReadOnlyList<KindPages>> _navigationKinds = new(() => [.. index.Kinds.Where(k => k.Kind.Navigation is not null)]);
        private readonly Lazy<Dictionary<string, int>> _summaryAt = new(() =>
            index.Summaries.Select((s, i) => (s.Url, i)).ToDictionary(s => s.Url, s => s.i, StringComparer.Ordinal));

        protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
        {
            var renderer = context.GetService<TemplateRenderer>();
            var page = input.Require(CoreKeys.Page);
            var view = PageView.From(page, urls);
            var (previous, next) = index.Neighbours(view);
            var model = new LayoutModel(
                site,
                view,
                input.Content,
                index.Navigation(view),
                index,
                previous,
                next,
                CiteFor(input, page, view),
                urls.Href("assets/site.css"),
                urls.Href("assets/site.js"),
                meta.For(page, input.Get(SeedKeys.Article), input.Get(GlossaryKeys.Term), input.Get(Maps.MapKeys.HomeOutline)),
                input.Get(Maps.MapKeys.TermMap))
            {
                Sources = input.Get(CitationKeys.ContextSources) ?? [],
                Figures = input.Get(Figures.FigureKeys.Panel),
                Article = input.Get(SeedKeys.View),
                CitedParagraphs = input.Get(Content.ContentKeys.CitedParagraphs) ?? [],
                Events = input.Get(Timeline.TimelineKeys.EventViews) ?? [],
                Glossary = input.Get(GlossaryKeys.IndexView),
                Term = input.Get(GlossaryKeys.TermPage),
            };

            if (page.LayoutLocation is { } chosenAt && (!IsLayoutName(page.Layout) || !renderer.Exists($"layouts/{page.Layout}.liquid")))
            {
                throw new DiagnosticException(
                    $"layout '{page.Layout}' does not exist: there is no layouts/{page.Layout}.liquid in theme/ or input/",
                    chosenAt,
                    "name a layout of theme/layouts/ without '.liquid' (e.g. layout: page), or remove the line for the default");
            }

            var inner = renderer.Render(LayoutOf(page, renderer), model);
            var html = renderer.Render(Frame, model with { Content = inner });
            if (!page.AbsoluteLinks)
            {
                html = RelativeLinks.Rewrite(html, page.Path, urls.BasePath);
            }

            return Task.FromResult<IReadOnlyList<Document>>([input.WithContent(html)]);
        }

        /// <summary>
        /// A page's rendering depends on the site's index, the settings, what its head metadata is made from (the
        /// page's own metadata and the settings) and its templates. Of the index, only what the page's templates can
        /// read: its navigation and neighbours (always given to the layout) and the index's members the templates
        /// name, or the whole index when they read one of its lists or use it in any other way. So a summary's
        /// title edit lays out again the pages that list summaries, not every page.
        /// </summary>
        protected override object? CacheDependencies(Document input, IExecutionContext context)
        {
            var fingerprints = context.GetService<TemplateFingerprints>();
            var page = input.Require(CoreKeys.Page);
            var layout = LayoutOf(page, context.GetService<TemplateRenderer>());
            var templates = fingerprints.Of(layout, Frame);
            return new object[] { IndexRead(page, fingerprints.MembersOf(IndexVariable, layout, Frame)), site, settings, templates };
        }

        private object IndexRead(Page page, IReadOnlySet<string>? members)
        {
            if (members is null)
            {
                return index;
            }

            var read = new List<object?>();
            foreach (var member in members.Order(StringComparer.Ordinal))
            {
                if (!index.TryGetPageMember(member, out var value))
                {
                    return index;
                }

                read.Add(member);
                read.Add(value);
            }

            // The navigation is made from the kinds in it, the page's kind and its address (both in the document);
            // the values are the index's own objects, shared by every page, so each is fingerprinted once a build.
            read.Add(_navigationKinds.Value);
            if (_summaryAt.Value.TryGetValue(PageView.From(page, urls).Url, out var at))
            {
                var summaries = index.Summaries;
                read.Add(at > 0 ? summaries[at - 1] : null);
                read.Add(at < summaries.Count - 1 ? summaries[at + 1] : null);
            }

            return read;
        }

        private static bool IsLayoutName(string name) =>
            name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

        private string LayoutOf(Page page, TemplateRenderer renderer) =>
            _layouts.GetOrAdd(page.Layout, name => renderer.Exists($"layouts/{name}.liquid") ? $"layouts/{name}.liquid" : "layouts/page.liquid");

        private CiteThis? CiteFor(Document input, Page page, PageView view)
        {
            if (input.Get(SeedKeys.Article) is { } article)
            {
                return CiteThis.For(article.Title, article.Sidecar.Author, article.Sidecar.Publisher, article.Seed.Date, view.CanonicalUrl, article.Slug);
            }

            return page.Kind.StandsForSite
                ? CiteThis.For(site.Title, null, settings.Publisher, page.Date, view.CanonicalUrl, CiteThis.KeyFor(page.Path))
                : null;
        }
    }
}
