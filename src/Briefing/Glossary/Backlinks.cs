using Briefing.Core;


namespace Briefing.Glossary;

/// <summary>
/// A term's "Mentioned in" list: its mentions on every page, in reading order, one entry per paragraph or
/// section (the first mention there gives the snippet). Mentions in other terms' definitions are gathered
/// last into one "Glossary" group with one entry per term.
/// </summary>
internal static class Backlinks
{
    public const string GlossaryGroupTitle = "Other glossary entries";

    public static IReadOnlyDictionary<string, IReadOnlyList<MentionGroupView>> Collect(
        IEnumerable<(Page Page, IReadOnlyList<PageMention> Mentions)> pages, SiteUrls urls, string glossaryUrl)
    {
        var groups = new Dictionary<string, List<MentionGroupView>>(StringComparer.Ordinal);
        var inGlossary = new Dictionary<string, List<MentionView>>(StringComparer.Ordinal);
        foreach (var (page, mentions) in ReadingOrder.Sort(pages, p => p.Page))
        {
            foreach (var ofTerm in mentions.GroupBy(m => m.Slug, StringComparer.Ordinal))
            {
                if (page.Kind == GlossaryKinds.Term)
                {
                    var first = ofTerm.First();
                    Add(inGlossary, ofTerm.Key, new MentionView(Href(urls, page, first.Anchor), page.Title, null, false, first.Mention.ToSnippetHtml()));
                    continue;
                }

                var views = ofTerm.DistinctBy(m => m.Anchor).Select(m => View(urls, page, m)).ToList();
                Add(groups, ofTerm.Key, new MentionGroupView(page.Title, urls.Href(page.Path), page.Kind.Label, views));
            }
        }

        foreach (var (slug, views) in inGlossary)
        {
            Add(groups, slug, new MentionGroupView(GlossaryGroupTitle, glossaryUrl, GlossaryKinds.Index.Label, views));
        }

        return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<MentionGroupView>)g.Value, StringComparer.Ordinal);
    }

    private static MentionView View(SiteUrls urls, Page page, PageMention mention)
    {
        var href = Href(urls, page, mention.Anchor);
        var snippet = mention.Mention.ToSnippetHtml();
        return mention.Paragraph is { } number
            ? new MentionView(href, $"¶{number}", $"Paragraph {number}", true, snippet)
            : new MentionView(href, mention.Place ?? (mention.Anchor is null ? "Opening" : "Passage"), null, false, snippet);
    }

    private static string Href(SiteUrls urls, Page page, string? anchor) =>
        urls.Href(anchor is null ? page.Path : $"{page.Path}#{anchor}");

    private static void Add<T>(Dictionary<string, List<T>> lists, string key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }

        list.Add(item);
    }
}
