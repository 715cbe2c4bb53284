namespace Briefing.Tests.Snapshots;

/// <summary>Opens a received and a verified file side by side for review.</summary>
public interface IDiffLauncher
{
    Task LaunchAsync(string receivedFile, string verifiedFile);
}
