namespace Briefing.BrowserTests.Support;

/// <summary>The tests that share one build, one server and one browser; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollectionDefinition : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site in a browser";
}
