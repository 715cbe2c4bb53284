using System.CommandLine;
using System.Globalization;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Preview;
using Briefing.Site;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing preview</c>: builds the site, serves it under its base path, rebuilds what changed on every save
/// and reloads the pages (or shows the errors over them).
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(CliContext cli)
    {
        var server = new ServerArguments();
        var baseUrl = CommonOptions.BaseUrl();
        var drafts = CommonOptions.Drafts();
        var noReload = new Option<bool>("--no-reload") { Description = "Rebuild on changes, but do not add the live-reload script to pages." };
        var command = new Command("preview", "Build, serve and watch the site, reloading the browser after every change.") { baseUrl, drafts, noReload };
        server.AddTo(command);
        command.SetAction((result, token) => RunAsync(cli, result, server, baseUrl, drafts, noReload, token));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext cli, ParseResult result, ServerArguments server, Option<string?> baseUrl, Option<bool> drafts, Option<bool> noReload, CancellationToken token)
    {
        var reporter = cli.Reporter(result);
        if (cli.FindRoot(result) is not { } root || server.Parse(result, reporter) is not { } serverOptions)
        {
            return ExitCodes.UsageError;
        }

        var build = cli.BuildOptions(root, null, result.GetValue(baseUrl), result.GetValue(drafts));
        if (!CliContext.BaseUrlIsValid(build, reporter))
        {
            return ExitCodes.UsageError;
        }

        var options = new PreviewOptions { SiteRoot = root, BaseUrlOverride = build.BaseUrlOverride, IncludeDrafts = build.IncludeDrafts };
        var hub = new LiveReloadHub();
        using var session = new PreviewSession(options, hub, SiteBuild.RunAsync, r => Report(r, reporter));
        try
        {
            var running = await ServerArguments.StartAsync(serverOptions, session, result.GetValue(noReload) ? null : hub, reporter, token).ConfigureAwait(false);
            if (running is null)
            {
                return ExitCodes.UsageError;
            }

            await using (running.ConfigureAwait(false))
            {
                session.StartWatching();
                await session.RebuildAsync([], token).ConfigureAwait(false);
                server.Announce(result, new Uri(running.Address, session.BasePath), reporter.Output, "Serving");
                reporter.Output.WriteLine("Watching seeds/, input/, theme/ and briefing.yml for changes.");
                await session.WatchAsync(token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Ctrl+C: the server has been stopped and the port released by the time we get here.
        }

        reporter.Output.WriteLine("Preview stopped.");
        return ExitCodes.Success;
    }

    private static void Report(RebuildResult result, ConsoleReporter reporter)
    {
        reporter.Report(result.Diagnostics);
        var ms = result.Elapsed.TotalMilliseconds;
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            reporter.Error(string.Create(CultureInfo.InvariantCulture, $"build failed with {errors} error(s) in {ms:0} ms; the last good site is still served"));
            return;
        }

        if (result.SourcesChanged.Count == 0)
        {
            reporter.ReportNotes(result.Notes);
            reporter.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {result.OutputChanged.Count} files in {ms:0} ms."));
            return;
        }

        var changed = result.OutputChanged.Count switch
        {
            0 => "no file changed",
            1 => $"changed {result.OutputChanged[0]}",
            var n => string.Create(CultureInfo.InvariantCulture, $"{n} files changed"),
        };
        var steps = result.Cache.Hits + result.Cache.Misses;
        reporter.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Rebuilt in {ms:0} ms: {changed} ({result.Cache.Misses} of {steps} document steps run, the rest reused)."));
        reporter.ReportCacheSteps(result.CacheSteps);
        reporter.ReportTimings(result.Timings, 5);
    }
}
