namespace Briefing.Tests.Snapshots;

/// <summary>Records diff launches instead of opening a tool.</summary>
internal sealed class RecordingDiffLauncher : IDiffLauncher
{
    private readonly List<(string Received, string Verified)> _launches = [];

    public IReadOnlyList<(string Received, string Verified)> Launches => _launches;

    public Task LaunchAsync(string receivedFile, string verifiedFile)
    {
        _launches.Add((receivedFile, verifiedFile));
        return Task.CompletedTask;
    }
}
