using System.Text.Json;
using Briefing.Links;

namespace Briefing.Publishing;

/// <summary>
/// Which folders a build may replace. A build swaps its output folder whole, so the folder must be one Briefing
/// wrote: never the site root, a folder holding it, or a folder the site reads; and an existing folder only when it
/// carries the marker a build leaves in its output (or when the user says <c>--force</c>).
/// </summary>
internal static class OutputFolderRules
{
    /// <summary>The file every build writes at the top of its output, so a later build knows the folder is its own.</summary>
    public const string MarkerFileName = ".briefing-output";

    public const string MarkerText = "This folder was written by Briefing. Each build replaces it whole; remove this file to stop that.\n";

    /// <summary>The folders of a site root that a build reads.</summary>
    public static readonly IReadOnlyList<string> ReadFolders = ["seeds", "input", "theme"];

    /// <summary>Why <paramref name="output"/> may not be replaced, or null when it may.</summary>
    public static string? Check(string siteRoot, string output, bool force)
    {
        var root = Trim(Path.GetFullPath(siteRoot));
        var target = Trim(Path.GetFullPath(output));
        output = Display(root, target);
        foreach (var (rootForm, targetForm) in new[] { (root, target), (RealPath.Of(root), RealPath.Of(target)) })
        {
            if (Same(rootForm, targetForm))
            {
                return $"the output folder '{output}' is the site root; a build replaces its output folder whole, which would delete briefing.yml, seeds/, input/ and theme/ (choose a folder of its own, e.g. -o output)";
            }

            if (IsInside(rootForm, targetForm))
            {
                return $"the output folder '{output}' contains the site root '{siteRoot}'; a build replaces its output folder whole, which would delete the site (choose a folder of its own, e.g. -o output)";
            }

            foreach (var folder in ReadFolders)
            {
                var read = Path.Combine(rootForm, folder);
                if (Same(read, targetForm) || IsInside(targetForm, read))
                {
                    return $"the output folder '{output}' is {folder}/ or lies inside it, and the site reads that folder; a build replaces its output folder whole (choose a folder outside seeds/, input/ and theme/, e.g. -o output)";
                }
            }
        }

        if (File.Exists(target))
        {
            return $"the output path '{output}' is a file, not a folder (remove it, or choose another folder with -o)";
        }

        if (!force && Directory.Exists(target) && !IsBriefingOutput(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return $"the output folder '{output}' holds files that Briefing did not write (it has no {MarkerFileName} marker), and a build replaces the folder whole (choose an empty or new folder, or pass --force to replace it anyway)";
        }

        return null;
    }

    /// <summary>
    /// Whether a build wrote <paramref name="folder"/>: it has the marker, or (output of builds made before the
    /// marker existed) the link index every build writes, in Briefing's own format.
    /// </summary>
    public static bool IsBriefingOutput(string folder)
    {
        if (File.Exists(Path.Combine(folder, MarkerFileName)))
        {
            return true;
        }

        var index = Path.Combine(folder, LinkIndex.FileName);
        try
        {
            return File.Exists(index) && LinkIndexJson.Read(File.ReadAllText(index)).Pages is { Count: > 0 };
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    internal static StringComparison PathComparison =>
        OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The path as the user thinks of it: relative to the site root when inside it.</summary>
    private static string Display(string root, string target)
    {
        var relative = Path.GetRelativePath(root, target);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? target : relative;
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar) : path;

    private static bool Same(string a, string b) => string.Equals(a, b, PathComparison);

    /// <summary>Whether <paramref name="inner"/> lies strictly inside <paramref name="outer"/>.</summary>
    private static bool IsInside(string inner, string outer)
    {
        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, PathComparison);
    }
}
