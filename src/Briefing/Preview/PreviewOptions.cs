namespace Briefing.Preview;

/// <summary>What a preview session builds and how it watches.</summary>
public sealed record PreviewOptions
{
    public required string SiteRoot { get; init; }

    public string? BaseUrlOverride { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// How long the sources must stay quiet after a change before a rebuild starts, so that an editor's double
    /// save or a <c>git checkout</c> gives one rebuild, not many.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Where the preview keeps its builds: inside the git-ignored <c>.briefing/</c> folder, never <c>output/</c>.</summary>
    public string PreviewFolder => Path.Combine(SiteRoot, ".briefing", "preview");
}
