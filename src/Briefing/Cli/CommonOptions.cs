using System.CommandLine;

namespace Briefing.Cli;

/// <summary>Options shared by several commands, each with one documented name.</summary>
internal static class CommonOptions
{
    public const string BaseUrlVariable = "BRIEFING_BASE_URL";

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Folder to write the site to (default: output/ in the site root).",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = $"URL the site is published under, e.g. https://owner.github.io/briefing/ (default: {BaseUrlVariable}, then base_url in briefing.yml).",
    };

    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace the output folder even if Briefing did not write it (it has no .briefing-output marker).",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include pages whose front matter says draft: true.",
    };

    public static Option<string?> Root() => new("--root")
    {
        Description = "Site root (default: the nearest folder, walking up from the current one, that holds briefing.yml, seeds/ and input/).",
        Recursive = true,
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Show internal details: stack traces of internal errors, the slowest steps, the steps that are never cached.",
        Recursive = true,
    };
}
