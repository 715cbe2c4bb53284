namespace Briefing.Theme;

/// <summary>
/// One asset of the theme: where it is written (<c>assets/site.css</c>), the file it comes from as the site names
/// it (<c>theme/assets/site.css</c>, <c>input/assets/site.css</c>, or <c>default theme: assets/site.css</c>), and
/// its path on disk, which is null for the default theme embedded in Briefing.
/// </summary>
internal sealed record ThemeAsset(string OutputPath, string Source, string? PhysicalPath);
