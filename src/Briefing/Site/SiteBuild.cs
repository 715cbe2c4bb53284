using System.Diagnostics;
using Briefing.Content;
using Briefing.Core;
using Briefing.Links;
using Briefing.Pipeline;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;
using Briefing.Publishing;
using Briefing.Theme;

namespace Briefing.Site;

/// <summary>One build of the site: settings, services, the pipelines, then the atomic swap of the output.</summary>
internal static class SiteBuild
{
    /// <summary>
    /// A build into the output folder: refused (nothing touched) when the folder is not one a build may replace
    /// (see <see cref="OutputFolderRules"/>); otherwise one build at a time per folder (<paramref name="waiting"/>
    /// is told when another build holds it), staged beside it, and the staging removed on every way out, including
    /// cancellation and exceptions.
    /// </summary>
    public static Task<BuildReport> RunAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(options, waiting: null, cancellationToken);

    /// <inheritdoc cref="RunAsync(BuildOptions, CancellationToken)"/>
    public static Task<BuildReport> RunAsync(BuildOptions options, Action? waiting, CancellationToken cancellationToken) =>
        RunAsync(options, SitePageKinds.Default, waiting, cancellationToken);

    /// <summary>The same build with other page kinds than the site's: how a test site adds a kind of its own.</summary>
    public static async Task<BuildReport> RunAsync(BuildOptions options, PageKinds kinds, Action? waiting, CancellationToken cancellationToken)
    {
        if (OutputFolderRules.Check(options.SiteRoot, options.OutputDirectory, options.Force) is { } refusal)
        {
            return BuildReport.Refused(refusal);
        }

        OutputLock outputLock;
        try
        {
            outputLock = await OutputLock.AcquireAsync(options.OutputDirectory, waiting, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return BuildReport.Refused(CannotWrite(options.OutputDirectory, ex));
        }

        using (outputLock)
        {
            // The folder may have changed while another build held it.
            if (OutputFolderRules.Check(options.SiteRoot, options.OutputDirectory, options.Force) is { } late)
            {
                return BuildReport.Refused(late);
            }

            var staging = new OutputStaging(options.OutputDirectory);
            try
            {
                staging.RemoveLeftovers();
                staging.Begin();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                staging.Abandon();
                return BuildReport.Refused(CannotWrite(options.OutputDirectory, ex));
            }

            try
            {
                return await RunCoreAsync(options, kinds, staging, [], begun: true, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return BuildReport.Refused(CannotWrite(options.OutputDirectory, ex));
            }
            finally
            {
                staging.Abandon();
            }
        }
    }

    /// <summary>
    /// What every cached step depends on, whether it says so or not: the settings, the options (but not the output
    /// folder, which a preview alternates between two generations and which no cached step reads) and the templates.
    /// </summary>
    private static BuildInputs BuildInputsOf(BuildOptions options, SiteSettings settings, TemplateFingerprints templates) =>
        new(new object[] { settings, options with { OutputDirectory = "" }, templates });

    private static string CannotWrite(string output, Exception ex) =>
        $"cannot write the output folder '{output}': {ex.Message} (check that its parent folder exists and is writable, or choose another folder with -o)";

    /// <summary>
    /// A build that writes through <paramref name="writer"/> instead of staging into the output folder, with
    /// <paramref name="sessionServices"/> registered beside the build's own: services that outlive one build,
    /// like the memo cache a preview session keeps between rebuilds.
    /// </summary>
    public static Task<BuildReport> RunAsync(
        BuildOptions options, ISiteWriter writer, IReadOnlyList<object> sessionServices, CancellationToken cancellationToken = default) =>
        RunCoreAsync(options, SitePageKinds.Default, writer, sessionServices, begun: false, cancellationToken);

    private static async Task<BuildReport> RunCoreAsync(
        BuildOptions options, PageKinds kinds, ISiteWriter writer, IReadOnlyList<object> sessionServices, bool begun, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        SiteSettings settings;
        try
        {
            settings = await SiteSettingsReader.ReadAsync(options.SiteRoot, options.BaseUrlOverride, cancellationToken, options.BaseUrlSource).ConfigureAwait(false);
        }
        catch (DiagnosticException ex)
        {
            return new BuildReport(0, 0, ex.Diagnostics, clock.Elapsed);
        }

        if (SourceLinks.Check(options.SiteRoot) is { Count: > 0 } leaks)
        {
            return new BuildReport(0, 0, leaks, clock.Elapsed);
        }

        using var theme = new ThemeFiles(options.SiteRoot);
        var urls = new SiteUrls(settings);
        var templates = new TemplateFingerprints(theme.Provider);
        object[] services =
        [
            options,
            kinds,
            settings,
            urls,
            theme,
            writer,
            new MarkdownParser(),
            new TemplateRenderer(theme.Provider, options.SiteRoot),
            templates,
            BuildInputsOf(options, settings, templates),
            new LinkTargetsCache(urls, SitePipelines.Seeds, SitePipelines.Sources, SitePipelines.TermFiles),
            .. sessionServices,
        ];

        if (!begun)
        {
            writer.Begin();
        }

        var pipelines = SitePipelines.Create(options.SiteRoot, settings);
        var engine = new Engine(pipelines, services);
        var result = await engine.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            writer.Abandon();
            return new BuildReport(0, 0, result.Diagnostics, clock.Elapsed) { Timings = result.Timings, Notes = result.Notes };
        }

        // Links are checked in the text the files were written with, so what is checked is exactly what is published.
        var checkStarted = Stopwatch.GetTimestamp();
        var linkErrors = options.CheckLinks
            ? await LinkChecker.CheckAsync(WrittenDocuments(pipelines, result), settings.BaseUrl, FileLinksOf(result), cancellationToken).ConfigureAwait(false)
            : [];
        var timings = result.Timings
            .Append(new ModuleTiming("Build", Phase.Output, nameof(LinkChecker), Stopwatch.GetElapsedTime(checkStarted)))
            .OrderByDescending(t => t.Elapsed)
            .ToList();
        var diagnostics = DiagnosticOrder.Sort([.. result.Diagnostics, .. linkErrors]);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            writer.Abandon();
            return new BuildReport(0, 0, diagnostics, clock.Elapsed) { Timings = timings, Notes = result.Notes };
        }

        writer.Commit();
        return new BuildReport(writer.PagesWritten, writer.FilesWritten, diagnostics, clock.Elapsed) { Timings = timings, Notes = result.Notes };
    }

    // Only the pipelines that write files: the others' documents carry their destination before layout.
    private static List<Document> WrittenDocuments(IReadOnlyList<Pipeline.Pipeline> pipelines, EngineResult result) =>
    [
        .. pipelines.Where(p => p.Output.OfType<WriteFiles>().Any())
            .SelectMany(p => result.Outputs.GetValueOrDefault(p.Name) ?? [])
            .Where(d => d.Destination is not null),
    ];

    private static Dictionary<string, IReadOnlyList<string>> FileLinksOf(EngineResult result) =>
        result.Outputs.Values.SelectMany(d => d)
            .Where(d => d.Destination is not null && d.Get(CoreKeys.SiteLinks) is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Require(CoreKeys.SiteLinks), StringComparer.Ordinal);
}
