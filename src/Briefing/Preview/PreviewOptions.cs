using Briefing.Core;

namespace Briefing.Preview;

/// <summary>What a preview session builds and how it watches.</summary>
internal sealed record PreviewOptions
{
    public required string SiteRoot { get; init; }

    public string? BaseUrlOverride { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// How long the sources must stay quiet after changes to several files before a rebuild starts, so that a
    /// <c>git checkout</c> or a search-and-replace across files gives one rebuild, not many.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The quiet period after a change to a single file (an editor's save, whose events arrive together): short,
    /// because that is the change a writer waits to see.
    /// </summary>
    public TimeSpan SingleFileDebounce { get; init; } = TimeSpan.FromMilliseconds(15);

    /// <summary>Where the preview keeps its builds: inside the git-ignored <c>.briefing/</c> folder, never <c>output/</c>.</summary>
    public string PreviewFolder => SiteFolders.Under(SiteRoot, SiteFolders.Preview);
}
