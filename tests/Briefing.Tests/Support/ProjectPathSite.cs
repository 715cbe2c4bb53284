namespace Briefing.Tests.Support;

/// <summary>The repository's site built as a GitHub Pages project site, under a path.</summary>
public sealed class ProjectPathSite : BuiltRepositorySite
{
    public override Uri BaseUrl { get; } = new("https://example.github.io/briefing/");
}
