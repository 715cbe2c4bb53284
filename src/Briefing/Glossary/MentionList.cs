using System.Globalization;

namespace Briefing.Glossary;

/// <summary>
/// Keeps a term's "Mentioned in" useful on a large site. Up to <see cref="FullListLimit"/> entries the list shows
/// every mention, as a briefing of a few dozen pages always does. Beyond it the list is grouped by page as before
/// but shows the first <see cref="ListedPages"/> pages in reading order, each with at most
/// <see cref="SnippetsPerPage"/> snippets and a link to the page for the rest, and ends with a count of the pages
/// and mentions it leaves out. A term named on every page of a site of thousands of pages would otherwise weigh
/// megabytes.
/// </summary>
internal static class MentionList
{
    public const int FullListLimit = 200;
    public const int ListedPages = 40;
    public const int SnippetsPerPage = 3;

    public static LimitedMentions Limit(IReadOnlyList<MentionGroupView> groups)
    {
        var total = groups.Sum(g => g.Mentions.Count);
        if (total <= FullListLimit)
        {
            return new LimitedMentions(groups, null);
        }

        var listed = groups.Take(ListedPages)
            .Select(g => g.Mentions.Count <= SnippetsPerPage ? g : g with { Mentions = [.. g.Mentions.Take(SnippetsPerPage)], MoreOnPage = g.Mentions.Count - SnippetsPerPage })
            .ToList();
        var unlistedPages = groups.Count - listed.Count;
        var unlistedMentions = total - listed.Sum(g => g.Mentions.Count + g.MoreOnPage);
        var summary = unlistedPages == 0
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{Plural(unlistedMentions, "more mention", "more mentions")} on {Plural(unlistedPages, "further page", "further pages")}, not listed here.");
        return new LimitedMentions(listed, summary);
    }

    private static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");
}
