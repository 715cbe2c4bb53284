namespace Briefing.PreviewBench;

/// <summary>Copies the parts of a site a build reads (settings, seeds, input, theme) into a scratch folder.</summary>
internal static class SiteCopy
{
    public static readonly string[] Folders = ["seeds", "input", "theme"];

    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        File.Copy(Path.Combine(from, "briefing.yml"), Path.Combine(to, "briefing.yml"), overwrite: true);
        foreach (var folder in Folders)
        {
            var source = Path.Combine(from, folder);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }
    }
}
