using Briefing.Tests.Support;

namespace Briefing.Tests.Robustness;

/// <summary>
/// One thing a careless or hostile user can do to a built site: how to arrange it, the command line, the exit code
/// it must give, and the one located error line (a regular expression) it must print.
/// </summary>
public sealed record HostileCase(string Name, int ExitCode, string Message)
{
    public Action<TestSite> Arrange { get; init; } = _ => { };

    public string[] Args { get; init; } = ["build"];

    public override string ToString() => Name;
}
