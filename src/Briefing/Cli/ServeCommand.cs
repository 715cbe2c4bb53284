using System.CommandLine;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Preview;

namespace Briefing.Cli;

/// <summary><c>briefing serve</c>: serves a finished build (by default <c>output/</c>) as it is, without building or watching.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext cli)
    {
        var server = new ServerArguments();
        var output = CommonOptions.Output();
        output.Description = "Folder to serve (default: output/ in the site root).";
        var baseUrl = CommonOptions.BaseUrl();
        var command = new Command("serve", "Serve an existing build without building or watching, to check it before publishing.") { output, baseUrl };
        server.AddTo(command);
        command.SetAction((result, token) => RunAsync(cli, result, server, output, baseUrl, token));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext cli, ParseResult result, ServerArguments server, Option<string?> output, Option<string?> baseUrl, CancellationToken token)
    {
        var reporter = cli.Reporter(result);
        if (cli.FindRoot(result) is not { } root || server.Parse(result, reporter) is not { } serverOptions)
        {
            return ExitCodes.UsageError;
        }

        var build = cli.BuildOptions(root, result.GetValue(output), result.GetValue(baseUrl), drafts: false);
        if (!CliContext.BaseUrlIsValid(build, reporter))
        {
            return ExitCodes.UsageError;
        }

        if (!Directory.Exists(build.OutputDirectory))
        {
            reporter.Error($"there is no build to serve in {build.OutputDirectory}", "run 'briefing build' first, or use 'briefing preview' to build and serve");
            return ExitCodes.UsageError;
        }

        SiteSettings settings;
        try
        {
            settings = await SiteSettingsReader.ReadAsync(root, build.BaseUrlOverride, token).ConfigureAwait(false);
        }
        catch (DiagnosticException ex)
        {
            reporter.Report(ex.Diagnostics);
            return ExitCodes.ContentError;
        }

        var site = new StaticSiteSource(build.OutputDirectory, settings.BasePath);
        try
        {
            var running = await ServerArguments.StartAsync(serverOptions, site, null, reporter, token).ConfigureAwait(false);
            if (running is null)
            {
                return ExitCodes.UsageError;
            }

            await using (running.ConfigureAwait(false))
            {
                server.Announce(result, new Uri(running.Address, settings.BasePath), reporter.Output, $"Serving {build.OutputDirectory} at");
                await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Ctrl+C.
        }

        reporter.Output.WriteLine("Server stopped.");
        return ExitCodes.Success;
    }
}
