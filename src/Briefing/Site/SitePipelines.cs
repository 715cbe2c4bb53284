using Briefing.Cards;
using Briefing.Citations;
using Briefing.Content;
using Briefing.Figures;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Layouts;
using Briefing.Links;
using Briefing.Maps;
using Briefing.Pipeline.Modules;
using Briefing.Pipeline;
using Briefing.Publishing;
using Briefing.Search;
using Briefing.Seeds;
using Briefing.Timeline;

namespace Briefing.Site;

/// <summary>
/// The briefing as pipelines, in the order data flows: read and parse (seeds, glossary, timeline, content),
/// cross-link, lay out, write. Each list reads as the steps it takes.
/// </summary>
internal static class SitePipelines
{
    public const string Seeds = "Seeds";
    public const string Sources = "Sources";
    public const string TermFiles = "TermFiles";
    public const string Glossary = "Glossary";
    public const string Timeline = "Timeline";
    public const string Figures = "Figures";
    public const string Content = "Content";
    public const string CrossLinks = "CrossLinks";
    public const string Pages = "Pages";
    public const string Assets = "Assets";
    public const string Publishing = "Publishing";
    public const string Search = "Search";
    public const string Cards = "Cards";

    /// <summary>The pipelines of a site; <paramref name="settings"/> say which of the optional ones it has.</summary>
    public static IReadOnlyList<Pipeline.Pipeline> Create(string root, SiteSettings settings) =>
    [
        .. All(root, settings).Where(p => settings.Search || p.Name != Search),
    ];

    private static IEnumerable<Pipeline.Pipeline> All(string root, SiteSettings settings) =>
    [
        new()
        {
            Name = Seeds,
            Input = [new ReadFiles(root, SiteFolders.Seeds, "*.txt", recursive: false)],
            Process = [new ParseSeeds(), new CheckUniqueSlugs(), new WarnSkippedSeedFiles(root), new RenderArticleBody()],
        },
        new()
        {
            Name = Sources,
            Input = [new ReadFiles(root, SiteFolders.Data, "sources.yml", recursive: false)],
            Process = [new ReadSources()],
        },
        new()
        {
            // The glossary's term files, read once and not parsed: the link targets of every Markdown text take the
            // glossary's slugs from their names, and a term's definition may itself link another term, so the slugs
            // cannot wait for the Glossary pipeline, which parses these same files.
            Name = TermFiles,
            Input = [new ReadFiles(root, SiteFolders.Glossary, "*.md", recursive: false)],
        },
        new()
        {
            Name = Glossary,
            Dependencies = [Seeds, Sources, TermFiles],
            Process = [new ReadFromPipelines(TermFiles), new ReadGlossaryTerm(), new ReadPlaces(), new CheckGlossaryTerms()],
        },
        new()
        {
            Name = Timeline,
            Dependencies = [Seeds, Sources, TermFiles],
            Input = [new ReadFiles(root, SiteFolders.Data, "timeline.yml", recursive: false)],
            Process = [new ParseTimeline()],
        },
        new()
        {
            Name = Figures,
            Dependencies = [Seeds, Sources, TermFiles],
            Input = [new ReadFiles(root, SiteFolders.Data, "figures.yml", recursive: false)],
            Process = [new ReadFigures()],
        },
        new()
        {
            Name = Content,
            Transient = true,
            Dependencies = [Seeds, Sources, TermFiles],
            Input = [new ReadFiles(root, SiteFolders.Input, "*.md"), new Execute((docs, _) => [.. docs.Where(IsPageSource)])],
            Process = [new RenderMarkdownPages(), new AddSummariesIndex()],
        },
        new()
        {
            Name = CrossLinks,
            Transient = true,
            Dependencies = [Seeds, Content, Glossary, Timeline, Figures],
            Process =
            [
                new ReadFromPipelines(Seeds, Content),
                new ReportNumberWarnings(Content, Glossary, Timeline),
                new AddTimelineEvents(Timeline),
                new AddGlossaryPages(Glossary),
                new LinkGlossaryTerms(),
                new AddGlossaryViews(),
                new AddLocatorMaps(Glossary),
                new AddKeyFigures(Figures),
            ],
        },
        new()
        {
            Name = Pages,
            Dependencies = [CrossLinks],
            Process = [new ReadFromPipelines(CrossLinks), new AddNotFoundPage(), new ApplyLayouts(), new ReadPublishedLinks()],
            Output = [new WriteFiles()],
        },
        new()
        {
            // Every page's social card, beside the pages (whose heads point at them); the 404 page is added as the
            // Pages pipeline adds it.
            Name = Cards,
            Dependencies = [CrossLinks, Assets],
            Process = [new ReadFromPipelines(CrossLinks), new AddNotFoundPage(), new PlanSocialCards(Assets), new PrepareSocialCards()],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Search,
            Dependencies = [CrossLinks],
            Process = [new BuildSearchIndex(CrossLinks)],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Assets,
            Input = [new ReadAssets(), new Execute((docs, _) => settings.Search ? docs : [.. docs.Where(d => d.Destination != SearchIndexFiles.Script)])],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Publishing,
            Dependencies = [Pages],
            Process = [new AddPublishingFiles(Pages), new AddLinkIndex(Pages), new CheckLinkLock()],
            Output = [new WriteFiles()],
        },
    ];

    /// <summary>Markdown pages are every .md file in input/ except the glossary's entries.</summary>
    private static bool IsPageSource(Document document) =>
        !document.Source.StartsWith(SiteFolders.Glossary + "/", StringComparison.Ordinal);
}
