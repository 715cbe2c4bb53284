using System.CommandLine;

namespace Briefing.Cli;

/// <summary>The command line: <c>build</c> (default), and the commands of the other features.</summary>
internal static class BriefingCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string currentDirectory, CancellationToken token = default)
    {
        var cli = new CliContext(output, error, currentDirectory);
        var root = new RootCommand("Briefing: builds a briefing microsite from a source article, summaries and a glossary.")
        {
            cli.Root,
            cli.Verbose,
        };

        // `briefing` alone builds, with the build command's options.
        var output_ = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var drafts = CommonOptions.Drafts();
        var force = CommonOptions.Force();
        root.Add(output_);
        root.Add(baseUrl);
        root.Add(drafts);
        root.Add(force);
        root.SetAction((result, t) => BuildCommand.RunAsync(cli, result, new BuildArguments(output_, baseUrl, drafts, force), t));
        root.Add(BuildCommand.Create(cli));
        root.Add(PreviewCommand.Create(cli));
        root.Add(ServeCommand.Create(cli));
        root.Add(LinksCommand.Create(cli));
        root.Add(NewCommand.Create(cli));
        root.Add(AddArticleCommand.Create(cli));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'briefing --help' for usage.");
            return ExitCodes.UsageError;
        }

        // Ctrl+C cancels the command's token; the commands then clean up and exit themselves (a build removes its
        // staging folder, which can take more than the default two seconds the command line would wait).
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromMinutes(1) };
        return await parsed.InvokeAsync(configuration, token).ConfigureAwait(false);
    }
}
