using System.CommandLine;
using Briefing.Core;

namespace Briefing.Cli;

/// <summary>What every command needs from the process: its writers, the shared options, the site root.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, string currentDirectory)
{
    public Option<string?> Root { get; } = CommonOptions.Root();

    public Option<bool> Verbose { get; } = CommonOptions.Verbose();

    public TextWriter Out => output;

    public TextWriter Error => error;

    /// <summary>The folder relative paths on the command line are taken from.</summary>
    public string CurrentDirectory => currentDirectory;

    public ConsoleReporter Reporter(ParseResult result) => new(output, error, result.GetValue(Verbose));

    public string? FindRoot(ParseResult result)
    {
        var explicitRoot = result.GetValue(Root);
        if (explicitRoot is not null)
        {
            var full = Path.GetFullPath(explicitRoot, currentDirectory);
            if (SiteRoot.IsRoot(full))
            {
                return full;
            }

            error.WriteLine($"error: '{explicitRoot}' is not a site root (it needs {SiteSettingsReader.FileName}, seeds/ and input/)");
            return null;
        }

        var found = SiteRoot.Find(currentDirectory);
        if (found is null)
        {
            error.WriteLine($"error: no site found in '{currentDirectory}' or any folder above it (a site root holds {SiteSettingsReader.FileName}, seeds/ and input/; run from inside the site, or pass --root)");
        }

        return found;
    }

    public BuildOptions BuildOptions(string root, string? output, string? baseUrl, bool drafts, bool force = false) => new()
    {
        Force = force,
        SiteRoot = root,
        OutputDirectory = output is null ? SiteFolders.Under(root, SiteFolders.Output) : Path.GetFullPath(output, currentDirectory),
        BaseUrlOverride = baseUrl ?? NonEmpty(Environment.GetEnvironmentVariable(CommonOptions.BaseUrlVariable)),
        BaseUrlSource = baseUrl is null ? CommonOptions.BaseUrlVariable : "--base-url",
        IncludeDrafts = drafts,
    };

    /// <summary>
    /// A base URL given on the command line or in the environment is checked before anything runs: a bad one is a
    /// command-line error (exit 2) naming where it came from, for every command that takes one.
    /// </summary>
    public static bool BaseUrlIsValid(BuildOptions options, ConsoleReporter reporter)
    {
        if (options.BaseUrlOverride is not { } baseUrl)
        {
            return true;
        }

        try
        {
            SiteSettingsReader.ParseBaseUrl(baseUrl, new Pipeline.Diagnostics.SourceLocation(options.BaseUrlSource));
            return true;
        }
        catch (Pipeline.Diagnostics.DiagnosticException ex)
        {
            reporter.Report(ex.Diagnostics);
            return false;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
