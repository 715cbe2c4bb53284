namespace Briefing.Tests.Snapshots;

/// <summary>Records diff launches instead of opening a tool.</summary>
internal sealed class RecordingDiffLauncher : IDiffLauncher
{
    private readonly List<(string Received, string Verified)> launches = [];

    public IReadOnlyList<(string Received, string Verified)> Launches => launches;

    public Task LaunchAsync(string receivedFile, string verifiedFile)
    {
        launches.Add((receivedFile, verifiedFile));
        return Task.CompletedTask;
    }
}
