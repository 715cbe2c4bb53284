namespace Briefing.Core;

/// <summary>Finds the site root: the nearest folder, walking up, that holds the settings file and the site folders.</summary>
internal static class SiteRoot
{
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (IsRoot(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    public static bool IsRoot(string directory) =>
        File.Exists(Path.Combine(directory, SiteFolders.SettingsFile))
        && Directory.Exists(SiteFolders.Under(directory, SiteFolders.Seeds))
        && Directory.Exists(SiteFolders.Under(directory, SiteFolders.Input));
}
