using System.Globalization;
using Briefing.Content;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline;
using Briefing.Seeds;
using Briefing.Timeline;

namespace Briefing.Search;

/// <summary>
/// What the search finds on the cross-linked pages: every glossary term, every article paragraph (with the
/// pages that cite it), every section of the Markdown pages and every timeline event. Pages marked
/// <c>search: false</c> are left out. Entries come grouped by kind, each group in the reader's order.
/// </summary>
/// <remarks>
/// The entries are made as they are read, kind after kind, rather than all at once and then sorted: the index
/// takes each entry's words and display data as it comes, so a section's text (the bulk of a large site's
/// entries) is garbage as soon as it is read, instead of tens of megabytes held through the whole index step.
/// </remarks>
internal static class SearchEntries
{
    private const string PageContext = "Page";

    /// <summary>
    /// The entries of the pages, made as they are enumerated (each enumeration reads the pages again).
    /// <paramref name="remembered"/>, when given, may return the entries of a page from an earlier build instead of
    /// reading its HTML again (it is called with the page and the way to read it); a page's entries depend on that
    /// document alone, except the article's, which list the pages citing each paragraph and are always made afresh.
    /// </summary>
    public static IEnumerable<SearchEntry> From(
        IEnumerable<Document> documents,
        SiteUrls urls,
        Func<Document, Func<IReadOnlyList<SearchEntry>>, IReadOnlyList<SearchEntry>>? remembered = null)
    {
        var pages = ReadingOrder.Sort(
            documents.Where(d => d.TryGet(CoreKeys.Page, out var page) && page.Searchable),
            d => d.Require(CoreKeys.Page));
        var citedBy = CitingPages(pages);
        var html = new SearchableHtml();
        foreach (var kind in Enum.GetValues<SearchKind>())
        {
            foreach (var document in pages.Where(d => MayHold(d, kind)))
            {
                var entries = document.Get(SeedKeys.Article) is { } article
                    ? ArticleEntries(article, urls, citedBy)
                    : remembered is null ? PageEntries(document, html) : remembered(document, () => PageEntries(document, html));
                foreach (var entry in entries.Where(e => e.Kind == kind))
                {
                    yield return entry;
                }
            }
        }
    }

    // Which kinds of entry a page may give, so that a page is read only in the passes that take its entries.
    private static bool MayHold(Document document, SearchKind kind)
    {
        if (document.Get(SeedKeys.Article) is not null)
        {
            return kind is SearchKind.Section or SearchKind.Paragraph;
        }

        if (document.Get(GlossaryKeys.Term) is not null)
        {
            return kind == SearchKind.Term;
        }

        return kind == SearchKind.Section || (kind == SearchKind.Event && !document.Require(CoreKeys.Page).Kind.SearchBody);
    }

    /// <summary>The entries of a page other than the article, made from its document alone.</summary>
    private static IReadOnlyList<SearchEntry> PageEntries(Document document, SearchableHtml html)
    {
        var page = document.Require(CoreKeys.Page);
        if (document.Get(GlossaryKeys.Term) is { } term)
        {
            return [TermEntry(term, html)];
        }

        if (!page.Kind.SearchBody)
        {
            // The page's entries (the timeline's events) are found one by one; its body would find them twice.
            return [PageEntry(page, ""), .. EventEntries(page, document.Get(TimelineKeys.EventViews) ?? [], html)];
        }

        return [.. SectionEntries(page, html.Sections(document.Content))];
    }

    private static SearchEntry TermEntry(GlossaryTerm term, SearchableHtml html) => new(
        SearchKind.Term,
        term.Path,
        term.Term,
        term.Aliases.Count > 0 ? "Also: " + string.Join(", ", term.Aliases) : "",
        term.ShortDefinition,
        [
            new(SearchFieldKind.Name, string.Join(" · ", term.Names)),
            new(SearchFieldKind.Summary, term.ShortDefinition),
            new(SearchFieldKind.Text, html.Text(term.DefinitionHtml)),
        ]);

    private static IEnumerable<SearchEntry> ArticleEntries(Article article, SiteUrls urls, Dictionary<string, List<SearchLink>> citedBy)
    {
        var dek = article.Seed.Dek ?? "";
        yield return new SearchEntry(
            SearchKind.Section,
            article.Path,
            article.Title,
            "Article",
            dek,
            [new(SearchFieldKind.Title, article.Title), new(SearchFieldKind.Summary, dek)]);

        foreach (var paragraph in article.Seed.Paragraphs)
        {
            var href = urls.Href(article.Path + "#" + paragraph.Id);
            yield return new SearchEntry(
                SearchKind.Paragraph,
                article.Path + "#" + paragraph.Id,
                "¶" + paragraph.Number.ToString(CultureInfo.InvariantCulture),
                article.Title,
                paragraph.Text,
                [new(SearchFieldKind.Text, paragraph.Text)])
            {
                CitedBy = citedBy.TryGetValue(href, out var pages) ? pages : [],
            };
        }
    }

    private static SearchEntry PageEntry(Page page, string text) => new(
        SearchKind.Section,
        page.Path,
        page.Title,
        PageContext,
        text.Length > 0 ? text : page.Description ?? "",
        [new(SearchFieldKind.Title, page.Title), new(SearchFieldKind.Summary, page.Description ?? ""), new(SearchFieldKind.Text, text)]);

    private static IEnumerable<SearchEntry> EventEntries(Page page, IReadOnlyList<TimelineEventView> events, SearchableHtml html)
    {
        foreach (var e in events)
        {
            // The id the timeline partial gives the event: the slug of its date and title.
            var id = Slug.From(e.DateIso + "-" + e.Title);
            var text = html.Text(e.Html);
            yield return new SearchEntry(
                SearchKind.Event,
                page.Path + "#" + id,
                e.Title,
                e.DateDisplay,
                text,
                [new(SearchFieldKind.Title, e.Title), new(SearchFieldKind.Summary, e.DateDisplay), new(SearchFieldKind.Text, text)]);
        }
    }

    private static IEnumerable<SearchEntry> SectionEntries(Page page, IReadOnlyList<PageSection> sections)
    {
        var intro = sections.Count > 0 && sections[0].Id is null ? sections[0].Text : "";
        yield return PageEntry(page, intro);
        foreach (var section in sections.Where(s => s.Id is not null))
        {
            yield return new SearchEntry(
                SearchKind.Section,
                page.Path + "#" + section.Id,
                section.Heading ?? "",
                page.Title,
                section.Text,
                [new(SearchFieldKind.Title, section.Heading ?? ""), new(SearchFieldKind.Text, section.Text)]);
        }
    }

    /// <summary>Paragraph link (as the ¶ chips write it) → the pages citing it, in reading order.</summary>
    private static Dictionary<string, List<SearchLink>> CitingPages(IEnumerable<Document> pages)
    {
        var citing = new Dictionary<string, List<SearchLink>>(StringComparer.Ordinal);
        foreach (var document in pages)
        {
            var page = document.Require(CoreKeys.Page);
            if (!page.Kind.SearchBody)
            {
                // Search finds such a page (the timeline) through the entries it lists, not its body, so its body's
                // citations do not make it a citing page either.
                continue;
            }

            foreach (var citation in document.Get(ContentKeys.CitedParagraphs) ?? [])
            {
                if (!citing.TryGetValue(citation.Href, out var list))
                {
                    citing[citation.Href] = list = [];
                }

                if (list.Count == 0 || list[^1].Url != page.Path)
                {
                    list.Add(new SearchLink(page.Title, page.Path));
                }
            }
        }

        return citing;
    }
}
