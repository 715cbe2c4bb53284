using Briefing.Content;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Seeds;
using Briefing.Timeline;

namespace Briefing.Layouts;

/// <summary>
/// What every layout needs to know about the whole site: the pages of each kind in reading order, for the
/// navigation (made from each kind's <see cref="PageKind.Navigation"/>), the home page's cards and
/// previous/next links between summaries. Built once per build. The named lists are the theme's way to reach
/// the kinds it shows (<c>index.summaries</c>, <c>index.glossary</c>); <see cref="Kinds"/> has every kind.
/// </summary>
internal sealed record SiteIndex(IReadOnlyList<KindPages> Kinds)
{
    public IReadOnlyList<PageView> Articles => PagesOf(SeedKinds.Article);

    public IReadOnlyList<PageView> Summaries => PagesOf(ContentKinds.Summary);

    public PageView? SummariesIndex => FirstOf(ContentKinds.Summaries);

    public PageView? Timeline => FirstOf(TimelineKinds.Timeline);

    public PageView? Glossary => FirstOf(GlossaryKinds.Index);

    public PageView? Home => FirstOf(ContentKinds.Home);

    public static SiteIndex From(IEnumerable<Page> pages, SiteUrls urls) =>
        new([.. ReadingOrder.Sort(pages, p => p).GroupBy(p => p.Kind).Select(g => new KindPages(g.Key, [.. g.Select(p => PageView.From(p, urls))]))]);

    /// <summary>
    /// An entry per page of every kind in the navigation, in the kinds' navigation order: titled as the kind
    /// says when the kind has one page, each under its own title when it has several. The entry of the current
    /// page's <see cref="PageKind.Section"/> counts as current too.
    /// </summary>
    public IReadOnlyList<NavItem> Navigation(PageView current)
    {
        var section = Kinds.FirstOrDefault(k => k.Kind.Name == current.Kind)?.Kind.Section;
        var items = new List<NavItem>();
        foreach (var (kind, pages) in Kinds.Where(k => k.Kind.Navigation is not null).OrderBy(k => k.Kind.Navigation!.Rank))
        {
            var inSection = kind.Name == section;
            items.AddRange(pages.Select(page => new NavItem(
                pages.Count == 1 ? kind.Navigation!.Title : page.Title, page.Url, inSection || page.Url == current.Url, page.Description)));
        }

        return items;
    }

    public (PageView? Previous, PageView? Next) Neighbours(PageView current)
    {
        var summaries = Summaries;
        var index = summaries.ToList().FindIndex(s => s.Url == current.Url);
        return index < 0 ? (null, null) : (index > 0 ? summaries[index - 1] : null, index < summaries.Count - 1 ? summaries[index + 1] : null);
    }

    /// <summary>
    /// The value of a member that names one page (<c>home</c>, <c>summaries_index</c>, <c>timeline</c>,
    /// <c>glossary</c>, as Liquid names them), for a step whose templates read only such members; false for the
    /// lists and any other name.
    /// </summary>
    public bool TryGetPageMember(string liquidName, out PageView? page)
    {
        (var known, page) = liquidName switch
        {
            "home" => (true, Home),
            "summaries_index" => (true, SummariesIndex),
            "timeline" => (true, Timeline),
            "glossary" => (true, Glossary),
            _ => (false, null),
        };
        return known;
    }

    private PageView? FirstOf(PageKind kind) => PagesOf(kind) is [var first, ..] ? first : null;

    private IReadOnlyList<PageView> PagesOf(PageKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind)?.Pages ?? [];
}
