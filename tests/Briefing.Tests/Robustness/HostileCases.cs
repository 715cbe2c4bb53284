namespace Briefing.Tests.Robustness;

/// <summary>The table of hostile cases, gathered from one file per area.</summary>
public static class HostileCases
{
    public static IReadOnlyList<HostileCase> All { get; } = [.. OutputFolderCases.All, .. LinkAndServerCases.All, .. InputCases.All];
}
