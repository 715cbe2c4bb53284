using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>Reads <c>seeds/&lt;name&gt;.txt</c> and, when present, its sidecar <c>seeds/&lt;name&gt;.yml</c>.</summary>
public static class SeedLoader
{
    /// <summary>The sidecar path for a seed: the same name with the extension <c>.yml</c>.</summary>
    public static string SidecarPathFor(string seedFile) => Path.ChangeExtension(seedFile, ".yml");

    /// <param name="seedFile">The seed's path; diagnostics name the seed and sidecar by this path.</param>
    /// <exception cref="DiagnosticException">The seed or sidecar has a mistake, or no slug can be derived.</exception>
    public static async Task<LoadedSeed> LoadAsync(string seedFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seedFile);

        var bytes = await File.ReadAllBytesAsync(seedFile, cancellationToken).ConfigureAwait(false);
        var parsed = SeedParser.Parse(bytes, seedFile);

        var sidecarFile = SidecarPathFor(seedFile);
        var sidecar = File.Exists(sidecarFile)
            ? SeedSidecarReader.Parse(
                await File.ReadAllTextAsync(sidecarFile, cancellationToken).ConfigureAwait(false), sidecarFile)
            : SeedSidecar.Empty;

        var title = sidecar.Title ?? parsed.Article.Title;
        var slug = sidecar.Slug ?? Content.Slug.From(title);
        if (slug.Length == 0)
        {
            throw new DiagnosticException(
                $"no slug can be made from the title '{title}': none of its letters map to a-z or 0-9",
                new SourceLocation(seedFile),
                $"add a line 'slug: …' (lowercase letters, digits and hyphens) to {sidecarFile}");
        }

        return new LoadedSeed(seedFile, parsed.Article, sidecar, title, slug, parsed.Warnings);
    }
}
