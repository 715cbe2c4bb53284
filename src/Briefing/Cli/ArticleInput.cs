using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;

namespace Briefing.Cli;

/// <summary>An article file named on the command line, read and parsed as a seed.</summary>
internal sealed record ArticleInput(byte[] Bytes, SeedArticle Article)
{
    /// <summary>
    /// The article, or null after reporting why not with the exit code to give: a missing file is a mistake on the
    /// command line, text that is not a seed a mistake in content.
    /// </summary>
    public static async Task<(ArticleInput? Input, int ExitCode)> ReadAsync(CliContext cli, string path, ConsoleReporter reporter, CancellationToken token)
    {
        var full = Path.GetFullPath(path, cli.CurrentDirectory);
        if (!File.Exists(full))
        {
            reporter.Error($"no article at '{path}'", "pass the path of the article's text file");
            return (null, ExitCodes.UsageError);
        }

        var bytes = await File.ReadAllBytesAsync(full, token).ConfigureAwait(false);
        try
        {
            var parsed = SeedParser.Parse(bytes, path);
            reporter.Report(parsed.Warnings);
            return (new ArticleInput(bytes, parsed.Article), ExitCodes.Success);
        }
        catch (DiagnosticException ex)
        {
            reporter.Report(ex.Diagnostics);
            return (null, ExitCodes.ContentError);
        }
    }
}
