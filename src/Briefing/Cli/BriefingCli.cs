using System.CommandLine;

namespace Briefing.Cli;

/// <summary>The command line: <c>build</c> (default), and the commands of the other features.</summary>
public static class BriefingCli
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
        root.Add(output_);
        root.Add(baseUrl);
        root.Add(drafts);
        root.SetAction((result, t) => BuildCommand.RunAsync(cli, result, output_, baseUrl, drafts, t));
        root.Add(BuildCommand.Create(cli));
        root.Add(PreviewCommand.Create(cli));
        root.Add(ServeCommand.Create(cli));
        root.Add(LinksCommand.Create(cli));

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

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration, token).ConfigureAwait(false);
    }
}
