using Briefing.Core;


namespace Briefing.Layouts;

/// <summary>
/// What every layout needs to know about the whole site: the pages of each kind in reading order, for the
/// navigation, the home page's cards and previous/next links between summaries. Built once per build.
/// </summary>
public sealed record SiteIndex(
    IReadOnlyList<PageView> Articles,
    IReadOnlyList<PageView> Summaries,
    PageView? SummariesIndex,
    PageView? Timeline,
    PageView? Glossary,
    PageView? Home)
{
    public static SiteIndex From(IEnumerable<Page> pages, SiteUrls urls)
    {
        var views = pages.Select(p => PageView.From(p, urls)).ToList();
        return new SiteIndex(
            [.. views.Where(v => v.Kind == PageKinds.Article).OrderBy(v => v.Url, StringComparer.Ordinal)],
            [.. views.Where(v => v.Kind == PageKinds.Summary).OrderBy(v => v.Order).ThenBy(v => v.Title, StringComparer.Ordinal)],
            views.FirstOrDefault(v => v.Kind == PageKinds.Summaries),
            views.FirstOrDefault(v => v.Kind == PageKinds.Timeline),
            views.FirstOrDefault(v => v.Kind == PageKinds.Glossary),
            views.FirstOrDefault(v => v.Kind == PageKinds.Home));
    }

    public IReadOnlyList<NavItem> Navigation(PageView current)
    {
        var items = new List<NavItem>();
        void Add(PageView? page, string? title = null)
        {
            if (page is not null)
            {
                items.Add(new NavItem(title ?? page.Title, page.Url, page.Url == current.Url, page.Description));
            }
        }

        Add(Home, "Overview");
        foreach (var article in Articles)
        {
            Add(article, Articles.Count == 1 ? "Article" : article.Title);
        }

        Add(SummariesIndex, "Summaries");
        if (SummariesIndex is not null && Summaries.Any(s => s.Url == current.Url))
        {
            // A summary page counts as being inside the summaries section.
            items[^1] = items[^1] with { Current = true };
        }

        Add(Timeline, "Timeline");
        Add(Glossary, "Glossary");
        if (Glossary is not null && current.Kind == PageKinds.Term)
        {
            // A term page counts as being inside the glossary.
            items[^1] = items[^1] with { Current = true };
        }

        return items;
    }

    public (PageView? Previous, PageView? Next) Neighbours(PageView current)
    {
        var index = Summaries.ToList().FindIndex(s => s.Url == current.Url);
        return index < 0 ? (null, null) : (index > 0 ? Summaries[index - 1] : null, index < Summaries.Count - 1 ? Summaries[index + 1] : null);
    }
}
