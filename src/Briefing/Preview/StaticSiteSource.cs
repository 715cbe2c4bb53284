using Briefing.Pipeline.Diagnostics;

namespace Briefing.Preview;

/// <summary>A finished site in a folder, served as it is (<c>briefing serve</c>).</summary>
internal sealed class StaticSiteSource(string folder, string basePath) : ISiteSource
{
    public ServedSite? Current { get; } = new(Path.GetFullPath(folder), basePath, "static");

    public IReadOnlyList<Diagnostic> Errors => [];

    public string BasePath => basePath;
}
