using Briefing.Core;

namespace Briefing.Content;

/// <summary>
/// The kinds of page the Markdown files of <c>input/</c> make: the home page (<c>index.md</c>), the summaries
/// (<c>summaries/*.md</c>) and their index, and <see cref="Page"/> for any other file.
/// </summary>
internal static class ContentKinds
{
    public static readonly PageKind Home = new()
    {
        Name = "home",
        Label = "Overview",
        ReadingRank = 1,
        Navigation = new NavigationEntry(0, "Overview"),
        JsonLdType = "WebSite",
        StandsForSite = true,
        AuthoredAs = "index",
    };

    /// <summary>The summaries' index: <c>summaries/index.md</c>, or made by <see cref="AddSummariesIndex"/>.</summary>
    public static readonly PageKind Summaries = new()
    {
        Name = "summaries",
        Label = "Summary",
        ReadingRank = 2,
        Navigation = new NavigationEntry(2, "Summaries"),
        AuthoredAs = "summaries/index",
    };

    public static readonly PageKind Summary = new()
    {
        Name = "summary",
        Label = "Summary",
        ReadingRank = 3,
        TitleOrder = TitleOrder.Ordinal,
        Section = Summaries.Name,
        AuthoredAs = "summaries/",
    };

    /// <summary>Any other Markdown file: not in the navigation, after the timeline in reading order.</summary>
    public static readonly PageKind Page = new()
    {
        Name = "page",
        Label = "Page",
        ReadingRank = 5,
    };

    public static readonly IReadOnlyList<PageKind> All = [Home, Summaries, Summary, Page];
}
