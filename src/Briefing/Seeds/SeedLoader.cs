using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>
/// Loads a seed with its optional sidecar (<c>&lt;name&gt;.yml</c> beside it) and resolves the title and slug
/// the article is published under. Diagnostics name files as given, so callers pass site-relative paths.
/// </summary>
internal static class SeedLoader
{
    public static string SidecarPathFor(string seedFile) => Path.ChangeExtension(seedFile, ".yml");

    /// <summary>Loads <paramref name="seedFile"/> from disk; diagnostics name it as given.</summary>
    public static async Task<LoadedSeed> LoadAsync(string seedFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seedFile);
        var bytes = await File.ReadAllBytesAsync(seedFile, cancellationToken).ConfigureAwait(false);
        return await LoadAsync(Path.GetDirectoryName(Path.GetFullPath(seedFile))!, Path.GetFileName(seedFile), SeedParser.Parse(bytes, seedFile), seedFile, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Loads a seed already read as text; <paramref name="relativeSeedFile"/> is relative to <paramref name="siteRoot"/>.</summary>
    public static Task<LoadedSeed> LoadAsync(string siteRoot, string relativeSeedFile, string text, CancellationToken cancellationToken = default) =>
        LoadAsync(siteRoot, relativeSeedFile, SeedParser.Parse(text, relativeSeedFile), relativeSeedFile, cancellationToken);

    private static async Task<LoadedSeed> LoadAsync(
        string baseDirectory, string seedFile, SeedParseResult parsed, string displayName, CancellationToken cancellationToken)
    {
        var sidecarName = SidecarPathFor(displayName);
        var sidecarFile = Path.Combine(baseDirectory, SidecarPathFor(seedFile));
        var sidecar = File.Exists(sidecarFile)
            ? SeedSidecarReader.Parse(await File.ReadAllTextAsync(sidecarFile, cancellationToken).ConfigureAwait(false), sidecarName)
            : SeedSidecar.Empty;

        var title = sidecar.Title ?? parsed.Article.Title;
        var slug = sidecar.Slug ?? Core.Slug.From(title);
        if (slug.Length == 0)
        {
            throw new DiagnosticException(
                $"no slug can be made from the title '{title}': none of its letters map to a-z or 0-9",
                new SourceLocation(displayName),
                $"add a line 'slug: …' (lowercase letters, digits and hyphens) to {sidecarName}");
        }

        return new LoadedSeed(displayName, parsed.Article, sidecar, title, slug, parsed.Warnings);
    }
}
