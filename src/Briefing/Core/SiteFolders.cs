namespace Briefing.Core;

/// <summary>
/// Where a site keeps its sources, relative to the site root, named once so that readers, the watcher and
/// messages agree. Paths use '/' as documents' source paths do.
/// </summary>
internal static class SiteFolders
{
    /// <summary>The settings file; a folder holding it, <see cref="Seeds"/> and <see cref="Input"/> is a site root.</summary>
    public const string SettingsFile = "briefing.yml";

    /// <summary>Source articles as received (<c>*.txt</c>) with their sidecars.</summary>
    public const string Seeds = "seeds";

    /// <summary>Hand-written content; its files also override theme files of the same path.</summary>
    public const string Input = "input";

    public const string Summaries = "input/summaries";

    /// <summary>One Markdown file per glossary term.</summary>
    public const string Glossary = "input/glossary";

    /// <summary>Structured data such as the timeline.</summary>
    public const string Data = "input/data";

    /// <summary>Layouts, partials and assets.</summary>
    public const string Theme = "theme";

    /// <summary>Where <c>build</c> writes unless told otherwise.</summary>
    public const string Output = "output";

    /// <summary>The preview's private output, never published.</summary>
    public const string Preview = ".briefing/preview";

    /// <summary>The folders whose edits change the site (with <see cref="SettingsFile"/>).</summary>
    public static readonly IReadOnlyList<string> Sources = [Seeds, Input, Theme];

    /// <summary>A site-relative path such as "input/glossary" as a path below <paramref name="root"/>.</summary>
    public static string Under(string root, string folder) => Path.Combine([root, .. folder.Split('/')]);
}
