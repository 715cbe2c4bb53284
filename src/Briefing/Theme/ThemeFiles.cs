using Briefing.Core;
using Microsoft.Extensions.FileProviders;

namespace Briefing.Theme;

/// <summary>
/// The theme's files in three layers, file by file: the site's <c>input/</c> wins over its <c>theme/</c> (Statiq's
/// theme convention), which wins over the default theme embedded in Briefing, for layouts, partials and assets
/// alike. A site without a <c>theme/</c> folder uses the default theme as it is.
/// </summary>
internal sealed class ThemeFiles : IDisposable
{
    /// <summary>Where the default theme's files are named in messages, as they have no path in the site.</summary>
    public const string DefaultThemeName = "default theme";

    private readonly PhysicalFileProvider _input;
    private readonly PhysicalFileProvider? _theme;

    public ThemeFiles(string siteRoot)
    {
        _input = new PhysicalFileProvider(SiteFolders.Under(siteRoot, SiteFolders.Input));
        var themeFolder = SiteFolders.Under(siteRoot, SiteFolders.Theme);
        _theme = Directory.Exists(themeFolder) ? new PhysicalFileProvider(themeFolder) : null;
        Provider = new CompositeFileProvider(_theme is null ? [_input, DefaultTheme] : [_input, _theme, DefaultTheme]);
        SiteRoot = siteRoot;
    }

    /// <summary>The theme shipped inside Briefing (the repository's <c>theme/</c> folder at build time).</summary>
    public static IFileProvider DefaultTheme { get; } = new ManifestEmbeddedFileProvider(typeof(ThemeFiles).Assembly, "theme");

    public string SiteRoot { get; }

    public IFileProvider Provider { get; }

    /// <summary>Every asset (below <c>assets/</c>), overrides applied, in output path order.</summary>
    public IReadOnlyList<ThemeAsset> Assets()
    {
        var assets = new SortedDictionary<string, ThemeAsset>(StringComparer.Ordinal);
        foreach (var file in EmbeddedFiles(DefaultTheme.GetDirectoryContents("assets"), "assets"))
        {
            assets[file] = new ThemeAsset(file, $"{DefaultThemeName}: {file}", null);
        }

        foreach (var folder in new[] { SiteFolders.Theme, SiteFolders.Input })
        {
            var root = Path.Combine(SiteRoot, folder, "assets");
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var output = "assets/" + Path.GetRelativePath(root, file).Replace('\\', '/');
                assets[output] = new ThemeAsset(output, Path.GetRelativePath(SiteRoot, file).Replace('\\', '/'), file);
            }
        }

        return [.. assets.Values];
    }

    /// <summary>The bytes of a default theme file, e.g. <c>assets/site.css</c>.</summary>
    public static async Task<byte[]> ReadDefaultAsync(string path, CancellationToken cancellationToken)
    {
        var file = DefaultTheme.GetFileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The default theme has no file '{path}'.", path);
        }

        await using var stream = file.CreateReadStream();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, cancellationToken).ConfigureAwait(false);
        return bytes.ToArray();
    }

    public void Dispose()
    {
        _input.Dispose();
        _theme?.Dispose();
    }

    private static IEnumerable<string> EmbeddedFiles(IDirectoryContents contents, string prefix)
    {
        if (!contents.Exists)
        {
            yield break;
        }

        foreach (var entry in contents)
        {
            var path = prefix + "/" + entry.Name;
            if (entry.IsDirectory)
            {
                foreach (var inner in EmbeddedFiles(DefaultTheme.GetDirectoryContents(path), path))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
