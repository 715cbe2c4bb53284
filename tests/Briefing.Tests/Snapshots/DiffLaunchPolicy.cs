using DiffEngine;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Decides whether a failed snapshot opens a diff tool: never on CI (<c>CI</c> set, or a build server that
/// DiffEngine recognises) and never when disabled (<c>DiffEngine_Disabled</c>, or DiffEngine's own switch).
/// </summary>
/// <param name="environment">Reads an environment variable; injectable so tests need not change the process.</param>
/// <param name="diffEngineDisabled">DiffEngine's own verdict (build server detection, its disable switch).</param>
public sealed class DiffLaunchPolicy(Func<string, string?> environment, Func<bool> diffEngineDisabled)
{
    public static DiffLaunchPolicy FromProcess() =>
        new(Environment.GetEnvironmentVariable, static () => BuildServerDetector.Detected || DiffRunner.Disabled);

    public bool ShouldLaunch => !IsOn("CI") && !IsOn("DiffEngine_Disabled") && !diffEngineDisabled();

    private bool IsOn(string variable)
    {
        var value = environment(variable);
        return !string.IsNullOrWhiteSpace(value)
            && !value.Equals("false", StringComparison.OrdinalIgnoreCase)
            && value.Trim() != "0";
    }
}
