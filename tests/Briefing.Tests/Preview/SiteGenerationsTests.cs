using Briefing.Core;
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

    [Fact]
    public async Task A_made_file_is_made_once_then_copied_into_the_other_generation_then_kept()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        var card = new CountingFile("stamp-1", [1, 2, 3]);

        await BuildMadeAsync(generations, card);
        Assert.Equal(new MadeFileCounts(0, 0, 1), generations.MadeFiles);
        await BuildMadeAsync(generations, card);
        Assert.Equal(new MadeFileCounts(0, 1, 0), generations.MadeFiles);
        await BuildMadeAsync(generations, card);
        Assert.Equal(new MadeFileCounts(1, 0, 0), generations.MadeFiles);

        Assert.Equal(1, card.Made);
        Assert.Empty(generations.LastChanges);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(generations.ServedFolder!, CardPath)));
    }

    [Fact]
    public async Task Catching_up_carries_the_stamps_so_the_next_build_keeps_the_made_file()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        var card = new CountingFile("stamp-1", [1, 2, 3]);
        await BuildMadeAsync(generations, card);

        while (generations.CatchUp(limit: 2) > 0)
        {
        }

        await BuildMadeAsync(generations, card);
        Assert.Equal(new MadeFileCounts(1, 0, 0), generations.MadeFiles);
        Assert.Equal(1, card.Made);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(generations.ServedFolder!, CardPath)));
    }

    [Fact]
    public async Task A_new_stamp_makes_the_file_again()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        await BuildMadeAsync(generations, new CountingFile("stamp-1", [1, 2, 3]));
        await BuildMadeAsync(generations, new CountingFile("stamp-1", [1, 2, 3]));
        var changed = new CountingFile("stamp-2", [4, 5]);

        await BuildMadeAsync(generations, changed);

        Assert.Equal(new MadeFileCounts(0, 0, 1), generations.MadeFiles);
        Assert.Equal(1, changed.Made);
        Assert.Equal([CardPath], generations.LastChanges);
        Assert.Equal([4, 5], File.ReadAllBytes(Path.Combine(generations.ServedFolder!, CardPath)));
    }

    [Theory]
    [InlineData("changed")]
    [InlineData("deleted")]
    public async Task A_made_file_changed_or_deleted_behind_the_preview_s_back_is_made_again(string what)
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        var card = new CountingFile("stamp-1", [1, 2, 3]);
        await BuildMadeAsync(generations, card);
        await BuildMadeAsync(generations, card);

        // Both generations hold the file from the same stamp; the one the next build writes to is spoilt, and so
        // is the served one, so that neither keeping nor copying would give the right bytes.
        foreach (var generation in new[] { NextTarget(generations), generations.ServedFolder! })
        {
            var path = Path.Combine(generation, CardPath);
            if (what == "deleted")
            {
                File.Delete(path);
            }
            else
            {
                File.WriteAllBytes(path, [9, 9, 9, 9]);
            }
        }

        await BuildMadeAsync(generations, card);

        Assert.Equal(new MadeFileCounts(0, 0, 1), generations.MadeFiles);
        Assert.Equal(2, card.Made);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(generations.ServedFolder!, CardPath)));
    }

    [Fact]
    public async Task A_made_file_spoilt_only_where_the_build_writes_is_copied_from_the_served_one()
    {
        using var folder = new TemporaryDirectory();
        var generations = new SiteGenerations(folder.Path);
        var card = new CountingFile("stamp-1", [1, 2, 3]);
        await BuildMadeAsync(generations, card);
        await BuildMadeAsync(generations, card);
        File.WriteAllBytes(Path.Combine(NextTarget(generations), CardPath), [1, 2, 3, 4]);

        await BuildMadeAsync(generations, card);

        Assert.Equal(new MadeFileCounts(0, 1, 0), generations.MadeFiles);
        Assert.Equal(1, card.Made);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(generations.ServedFolder!, CardPath)));
    }

    private const string CardPath = "cards/index.png";

    /// <summary>The generation the next build writes to: the one of the two that is not served.</summary>
    private static string NextTarget(SiteGenerations generations) =>
        Assert.Single(new[] { "a", "b" }.Select(g => Path.Combine(generations.Folder, g)), f => f != generations.ServedFolder);

    private static async Task BuildMadeAsync(SiteGenerations generations, CountingFile card)
    {
        generations.Begin();
        await generations.WriteTextAsync("index.html", "home", None);
        await generations.WriteMadeAsync(CardPath, card, None);
        generations.Commit();
    }

    /// <summary>A made file that counts how often it is made; it never says a published file is the same.</summary>
    private sealed class CountingFile(string stamp, byte[] content) : IMadeOnWrite
    {
        public int Made { get; private set; }

        public string Stamp => stamp;

        public bool IsMadeAs(string publishedFile) => false;

        public byte[] Make()
        {
            Made++;
            return [.. content];
        }
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
