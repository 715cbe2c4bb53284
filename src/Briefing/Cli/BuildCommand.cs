using System.CommandLine;
using System.Globalization;
using Briefing.Core;
using Briefing.Site;

namespace Briefing.Cli;

/// <summary><c>briefing build</c>: builds the site once into the output folder.</summary>
internal static class BuildCommand
{
    public const string CancelledMessage = "build cancelled; output unchanged";

    public static Command Create(CliContext cli)
    {
        var arguments = BuildArguments.Create();
        var command = new Command("build", "Build the briefing site (the default command).")
        {
            arguments.Output, arguments.BaseUrl, arguments.Drafts, arguments.Force,
        };
        command.SetAction((result, token) => RunAsync(cli, result, arguments, token));
        return command;
    }

    public static async Task<int> RunAsync(CliContext cli, ParseResult result, BuildArguments arguments, CancellationToken token)
    {
        if (cli.FindRoot(result) is not { } root)
        {
            return ExitCodes.UsageError;
        }

        var options = cli.BuildOptions(
            root, result.GetValue(arguments.Output), result.GetValue(arguments.BaseUrl), result.GetValue(arguments.Drafts), result.GetValue(arguments.Force));
        var reporter = cli.Reporter(result);
        if (!CliContext.BaseUrlIsValid(options, reporter))
        {
            return ExitCodes.UsageError;
        }

        BuildReport report;
        try
        {
            report = await SiteBuild.RunAsync(
                options,
                waiting: () => reporter.Output.WriteLine($"Another build is writing to {Relative(options.OutputDirectory)}; waiting for it to finish."),
                token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            cli.Error.WriteLine(CancelledMessage);
            return ExitCodes.Cancelled;
        }

        if (report.Refusal is { } refusal)
        {
            reporter.Error(refusal);
            return ExitCodes.UsageError;
        }

        reporter.Report(report.Diagnostics);
        reporter.ReportTimings(report.Timings);
        reporter.ReportNotes(report.Notes);
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
