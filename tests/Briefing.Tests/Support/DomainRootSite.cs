namespace Briefing.Tests.Support;

/// <summary>The repository's site built at the root of a domain.</summary>
public sealed class DomainRootSite : BuiltRepositorySite
{
    public override Uri BaseUrl { get; } = new("https://example.org/");
}
