namespace Briefing.BrowserTests.Support;

/// <summary>Tests that read the built files only; a collection of their own so they run beside the browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class OutputCollectionDefinition : ICollectionFixture<OutputFixture>
{
    public const string Name = "Built output";
}
