using Briefing.Citations;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline;
using Briefing.Seeds;

namespace Briefing.Links;

/// <summary>Collects the citable links of the laid-out pages into a <see cref="LinkIndex"/>.</summary>
internal static class LinkIndexBuilder
{
    /// <summary>The index of the listed pages (<see cref="ListedPages"/>), in their order.</summary>
    public static LinkIndex Build(IReadOnlyList<Document> listed, SiteSettings settings, SiteUrls urls)
    {
        var pages = new List<PageLink>();
        var paragraphs = new List<ParagraphLink>();
        var terms = new List<TermLink>();
        foreach (var document in listed)
        {
            var page = document.Require(CoreKeys.Page);
            if (document.Get(GlossaryKeys.Term) is { } term)
            {
                terms.Add(TermOf(term, page, urls));
                continue;
            }

            pages.Add(new PageLink(page.Kind.Name, page.Title, SitePaths.Of(page.Path), urls.Absolute(page.Path), page.Description));
            if (document.Get(SeedKeys.Article) is { } article)
            {
                paragraphs.AddRange(article.Seed.Paragraphs.Select(p => new ParagraphLink(
                    article.Slug,
                    p.Number,
                    $"¶{p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                    SitePaths.Of(article.Path, p.Id),
                    urls.Absolute(article.Path + "#" + p.Id),
                    Citation.OpeningWordsOf(p.Text))));
            }
        }

        var redirects = listed
            .Select(d => d.Require(CoreKeys.Page))
            .SelectMany(p => p.RedirectFrom.Select(from => new RedirectLink(SitePaths.Of(from), SitePaths.Of(p.Path), urls.Absolute(from))))
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .ToList();

        return new LinkIndex(settings.Title, settings.BaseUrl.AbsoluteUri, pages, paragraphs, terms, redirects)
        {
            Sources = SourcesOf(listed),
        };
    }

    /// <summary>
    /// Everything <see cref="Build"/> reads of the listed pages, for a cache key (the settings are in every memo key):
    /// each page, its glossary term, its article and its outside sources. A page's body and layout are not in it.
    /// </summary>
    public static IReadOnlyList<object?[]> DependenciesOf(IReadOnlyList<Document> listed) =>
    [
        .. listed.Select(d => new object?[] { d.Require(CoreKeys.Page), d.Get(GlossaryKeys.Term), d.Get(SeedKeys.Article), d.Get(CitationKeys.ContextSources) }),
    ];

    /// <summary>Each outside source once, in the order of the sources file, with the pages that cite it.</summary>
    private static IReadOnlyList<SourceLink> SourcesOf(IReadOnlyList<Document> listed) =>
    [
        .. listed
            .SelectMany(d => (d.Get(CitationKeys.ContextSources) ?? [])
                .Select(s => (Source: s, Path: SitePaths.Of(d.Require(CoreKeys.Page).Path))))
            .GroupBy(x => x.Source.Id, StringComparer.Ordinal)
            .Select(g => (First: g.First().Source, Paths: g.Select(x => x.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(x => x.First.DateIso, StringComparer.Ordinal)
            .ThenBy(x => x.First.Id, StringComparer.Ordinal)
            .Select(x => new SourceLink(x.First.Id, x.First.Name, x.First.Title, x.First.Publisher, x.First.DateIso.Length > 0 ? x.First.DateIso : null, x.First.Href, x.Paths)),
    ];

    /// <summary>A term page's entry: whatever its kind, a page that renders a glossary term is listed as a term.</summary>
    private static TermLink TermOf(GlossaryTerm term, Page page, SiteUrls urls) =>
        new(term.Slug, term.Term, SitePaths.Of(page.Path), urls.Absolute(page.Path), term.ShortDefinition);
}
