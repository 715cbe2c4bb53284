using System.CommandLine;
using System.Globalization;
using Briefing.Site;

namespace Briefing.Cli;

/// <summary><c>briefing build</c>: builds the site once into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create(CliContext cli)
    {
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var drafts = CommonOptions.Drafts();
        var command = new Command("build", "Build the briefing site (the default command).") { output, baseUrl, drafts };
        command.SetAction((result, token) => RunAsync(cli, result, output, baseUrl, drafts, token));
        return command;
    }

    public static async Task<int> RunAsync(
        CliContext cli, ParseResult result, Option<string?> output, Option<string?> baseUrl, Option<bool> drafts, CancellationToken token)
    {
        if (cli.FindRoot(result) is not { } root)
        {
            return ExitCodes.UsageError;
        }

        var options = cli.BuildOptions(root, result.GetValue(output), result.GetValue(baseUrl), result.GetValue(drafts));
        var report = await SiteBuild.RunAsync(options, token).ConfigureAwait(false);
        var reporter = cli.Reporter(result);
        reporter.Report(report.Diagnostics);
        reporter.ReportTimings(report.Timings);
        if (!report.Succeeded)
        {
            reporter.Error($"build failed with {report.ErrorCount} error(s); the previous output in {Relative(options.OutputDirectory)} was left untouched");
            return ExitCodes.ContentError;
        }

        reporter.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Built {report.PagesWritten} pages ({report.FilesWritten} files) into {Relative(options.OutputDirectory)} with {report.WarningCount} warning(s) in {report.Elapsed.TotalSeconds:0.00} s."));
        return ExitCodes.Success;
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
