using Briefing.Core;

namespace Briefing.Layouts;

/// <summary>Everything a layout can use. In Liquid: <c>site</c>, <c>page</c>, <c>content</c>, <c>data</c>, <c>nav</c>, <c>map</c> (a place's term page: its map), <c>figures</c> (the home page: its key figures), …</summary>
public sealed record LayoutModel(
    SiteView Site,
    PageView Page,
    string Content,
    object? Data,
    IReadOnlyList<NavItem> Nav,
    SiteIndex Index,
    PageView? Previous,
    PageView? Next,
    CiteThis? Cite,
    string Css,
    string Script,
    PageMeta? Meta = null,
    string? Map = null)
{
    /// <summary>The home page's "Key figures" panel, as HTML (in Liquid: <c>figures</c>).</summary>
    public string? Figures { get; init; }

    /// <summary>The page's outside sources: the "Sources beyond the article" box.</summary>
    public IReadOnlyList<Citations.SourceView> Sources { get; init; } = [];
}
