using DiffEngine;

namespace Briefing.Tests.Snapshots;

/// <summary>Launches the developer's diff tool through DiffEngine, when one is installed.</summary>
public sealed class DiffEngineLauncher : IDiffLauncher
{
    public async Task LaunchAsync(string receivedFile, string verifiedFile)
    {
        try
        {
            // With no diff tool installed DiffEngine reports that in its result; nothing to do then.
            await DiffRunner.LaunchAsync(receivedFile, verifiedFile).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A diff tool is a review aid: whatever goes wrong starting it must not hide the snapshot failure.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
