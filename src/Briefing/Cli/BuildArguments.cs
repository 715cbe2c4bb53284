using System.CommandLine;

namespace Briefing.Cli;

/// <summary>The options of <c>build</c>, shared by the root command (which builds by default).</summary>
internal sealed record BuildArguments(Option<string?> Output, Option<string?> BaseUrl, Option<bool> Drafts, Option<bool> Force)
{
    public static BuildArguments Create() => new(CommonOptions.Output(), CommonOptions.BaseUrl(), CommonOptions.Drafts(), CommonOptions.Force());
}
