using Briefing.Core;
using Microsoft.Extensions.FileProviders;

namespace Briefing.Theme;

/// <summary>
/// The theme's files with the site's own overrides on top: a file at the same path under <c>input/</c> wins over
/// <c>theme/</c> (Statiq's theme convention), for layouts, partials and assets alike.
/// </summary>
public sealed class ThemeFiles : IDisposable
{
    private readonly PhysicalFileProvider _input;
    private readonly PhysicalFileProvider _theme;

    public ThemeFiles(string siteRoot)
    {
        _input = new PhysicalFileProvider(SiteFolders.Under(siteRoot, SiteFolders.Input));
        _theme = new PhysicalFileProvider(EnsureFolder(SiteFolders.Under(siteRoot, SiteFolders.Theme)));
        Provider = new CompositeFileProvider(_input, _theme);
        SiteRoot = siteRoot;
    }

    public string SiteRoot { get; }

    public IFileProvider Provider { get; }

    /// <summary>Every asset (below <c>assets/</c>) as site-relative output path → source file, overrides applied.</summary>
    public IReadOnlyList<(string OutputPath, string SourceFile)> Assets()
    {
        var assets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { SiteFolders.Theme, SiteFolders.Input })
        {
            var root = Path.Combine(SiteRoot, folder, "assets");
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                assets["assets/" + Path.GetRelativePath(root, file).Replace('\\', '/')] = file;
            }
        }

        return [.. assets.Select(a => (a.Key, a.Value))];
    }

    public void Dispose()
    {
        _input.Dispose();
        _theme.Dispose();
    }

    private static string EnsureFolder(string path) =>
        Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"The theme folder '{path}' is missing.");
}
