using System.Text;
using Briefing.Seeds;

namespace Briefing.Scaffolding;

/// <summary>
/// The files of a new briefing made from one article: settings naming it the main article, the seed copied
/// byte for byte with a sidecar of what the text states, skeleton pages, and the candidates as drafts.
/// A pure function of the seed: the same article always gives the same files.
/// </summary>
internal static class NewSite
{
    public static IReadOnlyList<ScaffoldFile> Files(string seedFileName, byte[] seedBytes, SeedArticle article)
    {
        var slug = ArticleSlug(article);
        var seedPath = "seeds/" + SeedFiles.TextName(seedFileName);
        var candidates = ArticleCandidates.From(article);
        var dateline = article.Date is { } date ? new SeedArticleDate(date, article.DateText ?? "") : null;
        return
        [
            ScaffoldFile.Text("briefing.yml", Settings(article.Title, slug)),
            new ScaffoldFile(seedPath, seedBytes),
            ScaffoldFile.Text(SeedFiles.SidecarPath(seedPath), SeedFiles.Sidecar(article, slug)),
            ScaffoldFile.Text("input/index.md", StarterPages.Home(article.Title)),
            ScaffoldFile.Text("input/summaries/background.md", StarterPages.Summary()),
            ScaffoldFile.Text("input/timeline.md", StarterPages.Timeline()),
            ScaffoldFile.Text("input/data/timeline.yml", TimelineDrafts.File(candidates.Dates, dateline, "")),
            ScaffoldFile.Text("input/data/figures.yml", FigureDrafts.File(candidates.Figures, "")),
            .. GlossaryDrafts.Files(candidates.Terms, "", new HashSet<string>(StringComparer.OrdinalIgnoreCase)),
            ScaffoldFile.Text("CANDIDATES.md", CandidateReport.Markdown(article.Title, seedPath, candidates)),
            ScaffoldFile.Text("README.md", SiteReadme.Markdown(article.Title, seedPath)),
            ScaffoldFile.Text(".gitignore", StarterPages.GitIgnore()),
        ];
    }

    /// <summary>The article's address, as the build makes it from the title; "article" when the title has no letters to make one.</summary>
    public static string ArticleSlug(SeedArticle article) => Core.Slug.From(article.Title) is { Length: > 0 } slug ? slug : "article";

    private static string Settings(string title, string slug)
    {
        var text = new StringBuilder();
        text.Append("# Site settings (keys: Briefing's README, \"Site settings\").\n");
        text.Append("title: ").Append(YamlText.Quote(title)).Append('\n');
        text.Append("# The article that bare citations such as cite:p3 point to.\n");
        text.Append("article: ").Append(slug).Append('\n');
        text.Append("# The address the site will be published under, ending in '/':\n");
        text.Append("# base_url: \"https://OWNER.github.io/REPOSITORY/\"\n");
        text.Append("# description: \"One or two sentences about the briefing.\"\n");
        text.Append("# publisher: \"Who publishes the briefing\"\n");
        return text.ToString();
    }
}
