using Briefing.Preview;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

public sealed class SiteGenerationsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Serves_a_generation_only_once_it_is_committed()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);

        generations.Begin();
        await generations.WriteTextAsync("index.html", "one", None);
        Assert.Null(generations.ServedFolder);
        generations.Commit();

        Assert.NotNull(generations.ServedFolder);
        Assert.Equal("one", File.ReadAllText(Path.Combine(generations.ServedFolder, "index.html")));
        Assert.Equal(["index.html"], generations.LastChanges);
    }

    [Fact]
    public async Task A_build_writes_into_the_other_generation_and_only_what_differs()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        await BuildAsync(generations, ("index.html", "home"), ("a/index.html", "a1"), ("b/index.html", "b"));
        var first = generations.ServedFolder!;
        await BuildAsync(generations, ("index.html", "home"), ("a/index.html", "a1"), ("b/index.html", "b"));
        var second = generations.ServedFolder!;

        await BuildAsync(generations, ("index.html", "home"), ("a/index.html", "a2"), ("b/index.html", "b"));

        Assert.NotEqual(first, second);
        Assert.Equal(first, generations.ServedFolder);
        Assert.Equal(1, generations.FilesChangedOnDisk);
        Assert.Equal(["a/index.html"], generations.LastChanges);
        Assert.Equal("a1", File.ReadAllText(Path.Combine(second, "a", "index.html")));
        Assert.Equal("a2", File.ReadAllText(Path.Combine(first, "a", "index.html")));
    }

    [Fact]
    public async Task Files_the_new_site_lacks_are_removed_and_reported()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        await BuildAsync(generations, ("index.html", "home"), ("old/index.html", "old"));
        await BuildAsync(generations, ("index.html", "home"), ("old/index.html", "old"));

        await BuildAsync(generations, ("index.html", "home"));

        Assert.Equal(["old/index.html"], generations.LastChanges);
        Assert.False(File.Exists(Path.Combine(generations.ServedFolder!, "old", "index.html")));
    }

    [Fact]
    public async Task An_abandoned_build_leaves_the_served_generation_alone()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        await BuildAsync(generations, ("index.html", "good"));
        var served = generations.ServedFolder!;

        generations.Begin();
        await generations.WriteTextAsync("index.html", "half", None);
        generations.Abandon();

        Assert.Equal(served, generations.ServedFolder);
        Assert.Equal("good", File.ReadAllText(Path.Combine(served, "index.html")));
        Assert.Empty(generations.LastChanges);
    }

    [Fact]
    public async Task Catching_up_copies_the_served_site_so_the_next_build_writes_only_its_changes()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        await BuildAsync(generations, ("index.html", "home"), ("a/index.html", "a"), ("b/index.html", "b"));

        while (generations.CatchUp(limit: 2) > 0)
        {
        }

        await BuildAsync(generations, ("index.html", "home"), ("a/index.html", "a"), ("b/index.html", "b2"));
        Assert.Equal(1, generations.FilesChangedOnDisk);
        Assert.Equal("a", File.ReadAllText(Path.Combine(generations.ServedFolder!, "a", "index.html")));
    }

    private static async Task BuildAsync(SiteGenerations generations, params (string Path, string Text)[] files)
    {
        generations.Begin();
        foreach (var (path, text) in files)
        {
            await generations.WriteTextAsync(path, text, None);
        }

        generations.Commit();
    }
}
