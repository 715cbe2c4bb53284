namespace Briefing.BrowserTests.Support;

/// <summary>One HTML page of the built site.</summary>
/// <param name="File">The page's file, relative to the output folder, with forward slashes (<c>summaries/outlook/index.html</c>).</param>
/// <param name="Path">The page's path below the site's base URL, as links name it (<c>summaries/outlook/</c>; empty for the home page).</param>
public sealed record SitePage(string File, string Path)
{
    public static SitePage FromFile(string relativeFile)
    {
        var file = relativeFile.Replace('\\', '/');
        var path = file == "index.html"
            ? ""
            : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return new SitePage(file, path);
    }

    public override string ToString() => Path.Length == 0 ? "(home)" : Path;
}
