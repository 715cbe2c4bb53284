using System.Text.RegularExpressions;
using Briefing.Core;
using Briefing.Seeds;

namespace Briefing.Scaffolding;

/// <summary>
/// What adding another article to an existing site changes: the seed and its sidecar (with the article's slug),
/// draft terms for the names the glossary does not have yet, its dates appended to the timeline as drafts (citing
/// <c>slug#pN</c>), a candidate report, and, when the site had one article and did not name it, an
/// <c>article:</c> line in the settings so that the first article's bare citations keep working.
/// </summary>
internal static partial class ArticleAddition
{
    public sealed record Plan(IReadOnlyList<ScaffoldFile> NewFiles, string? Settings, string Timeline, string Slug, ArticleCandidates Candidates, int GlossaryFiles);

    /// <param name="existingSlugs">The slugs of the site's articles, in the order of their seed files.</param>
    /// <param name="takenNames">Glossary file slugs, term names and aliases already in the site.</param>
    /// <param name="timeline">The current <c>input/data/timeline.yml</c>, or null when there is none.</param>
    public static Plan Make(string seedFileName, byte[] seedBytes, SeedArticle article, IReadOnlyList<string> existingSlugs, string settings, ISet<string> takenNames, string? timeline)
    {
        var slug = NewSite.ArticleSlug(article);
        var seedPath = "seeds/" + SeedFiles.TextName(seedFileName);
        var candidates = ArticleCandidates.From(article);
        var citePrefix = slug + "#";
        var dateline = article.Date is { } date ? new SeedArticleDate(date, article.DateText ?? "") : null;
        var glossary = GlossaryDrafts.Files(candidates.Terms, citePrefix, takenNames);
        var entries = TimelineDrafts.Entries(candidates.Dates, dateline, citePrefix);
        var slugName = Path.GetFileNameWithoutExtension(seedPath);
        IReadOnlyList<ScaffoldFile> files =
        [
            new ScaffoldFile(seedPath, seedBytes),
            ScaffoldFile.Text(SeedFiles.SidecarPath(seedPath), SeedFiles.Sidecar(article, slug)),
            .. glossary,
            ScaffoldFile.Text($"CANDIDATES-{slugName}.md", CandidateReport.Markdown(article.Title, seedPath, candidates)),
        ];

        var namesMain = ArticleKey().IsMatch(settings) || existingSlugs.Count != 1
            ? null
            : settings.TrimEnd('\n', '\r') + "\n# The article that bare citations such as cite:p3 point to (others: cite:slug#p3).\narticle: " + existingSlugs[0] + "\n";
        return new Plan(files, namesMain, AppendEvents(timeline, entries), slug, candidates, glossary.Count);
    }

    /// <summary>The timeline file with the draft events appended to its <c>events:</c> list.</summary>
    private static string AppendEvents(string? timeline, string entries)
    {
        if (timeline is null || timeline.Trim().Length == 0)
        {
            return TimelineDrafts.Header + (entries.Length == 0 ? "events: []\n" : "events:\n" + entries);
        }

        if (entries.Length == 0)
        {
            return timeline;
        }

        var empty = EmptyEvents().Match(timeline);
        if (empty.Success)
        {
            return timeline[..empty.Index] + "events:\n" + entries + timeline[(empty.Index + empty.Length)..].TrimStart('\n');
        }

        // The list is the file's only top-level key (README, "Timeline"), so its items run to the end of the file.
        return timeline.TrimEnd('\n', '\r', ' ') + "\n" + entries;
    }

    [GeneratedRegex(@"^article\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleKey();

    [GeneratedRegex(@"^events:\s*\[\s*\][ \t]*\r?\n?", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex EmptyEvents();
}
