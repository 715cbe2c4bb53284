namespace Briefing.Tests.Architecture;

/// <summary>The rules of the folder graph on small made-up graphs, so that each kind of mistake is shown to fail.</summary>
public sealed class FolderRulesTests
{
    private static readonly FolderRules Rules = new(["Core", "Theme"], ["Seeds", "Content", "Layouts"], ["Site", "Preview"], "Cli");

    private static FolderEdge Edge(string from, string to) => new(from, to, $"Briefing.{from}.A", $"Briefing.{to}.B");

    [Theory]
    [InlineData("Theme", "Core")]
    [InlineData("Seeds", "Core")]
    [InlineData("Seeds", "Theme")]
    [InlineData("Layouts", "Seeds")]
    [InlineData("Layouts", "Content")]
    [InlineData("Site", "Layouts")]
    [InlineData("Preview", "Theme")]
    [InlineData("Cli", "Site")]
    [InlineData("Cli", "Preview")]
    public void Allows_uses_down_and_back_in_the_flow(string from, string to) =>
        Assert.Empty(Rules.Violations([Edge(from, to)]));

    [Theory]
    [InlineData("Core", "Theme")]
    [InlineData("Core", "Seeds")]
    [InlineData("Theme", "Layouts")]
    [InlineData("Seeds", "Content")]
    [InlineData("Content", "Layouts")]
    [InlineData("Layouts", "Site")]
    [InlineData("Preview", "Site")]
    [InlineData("Site", "Preview")]
    [InlineData("Site", "Cli")]
    public void Refuses_uses_up_or_ahead_in_the_flow(string from, string to)
    {
        var violation = Assert.Single(Rules.Violations([Edge(from, to)]));

        Assert.StartsWith($"{from} must not use {to} (Briefing.{from}.A uses Briefing.{to}.B)", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_what_a_folder_may_use() =>
        Assert.Equal(
            "Content must not use Layouts (Briefing.Content.A uses Briefing.Layouts.B); Content may use only Core, Theme, Seeds",
            Assert.Single(Rules.Violations([Edge("Content", "Layouts")])));

    [Fact]
    public void Finds_folders_nobody_registered() =>
        Assert.Equal(["Maps"], Rules.Unknown(["Core", "Maps", "Seeds", "Maps"]));

    [Fact]
    public void Finds_every_cycle()
    {
        var cycles = FolderRules.Cycles([Edge("Seeds", "Content"), Edge("Content", "Layouts"), Edge("Layouts", "Seeds"), Edge("Site", "Core"), Edge("Core", "Site"), Edge("Cli", "Site")]);

        Assert.Equal(["Content ↔ Layouts ↔ Seeds", "Core ↔ Site"], cycles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_one_way_graph_has_no_cycle() =>
        Assert.Empty(FolderRules.Cycles([Edge("Layouts", "Content"), Edge("Content", "Seeds"), Edge("Layouts", "Seeds"), Edge("Seeds", "Seeds")]));
}
