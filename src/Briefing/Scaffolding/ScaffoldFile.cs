namespace Briefing.Scaffolding;

/// <summary>A file the scaffold writes: its path relative to the site root ('/' separated) and its bytes.</summary>
internal sealed record ScaffoldFile(string Path, byte[] Content)
{
    public static ScaffoldFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
}
