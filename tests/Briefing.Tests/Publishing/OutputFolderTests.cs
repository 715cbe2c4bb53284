using Briefing.Cli;
using Briefing.Publishing;
using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary>What a build may replace, and how it cleans up after itself on every way out.</summary>
public class OutputFolderTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(string directory, CancellationToken token, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingCli.RunAsync(args, output, error, directory, token);
        return (code, output.ToString(), error.ToString());
    }

    private static Task<(int Code, string Out, string Error)> RunAsync(string directory, params string[] args) =>
        RunAsync(directory, TestContext.Current.CancellationToken, args);

    /// <summary>What a build leaves beside the output folder: its staging folders, retired copies and lock file.</summary>
    private static string[] Leftovers(TestSite site) =>
        [.. Directory.EnumerateFileSystemEntries(site.Root, ".output*").Select(Path.GetFileName).OfType<string>()];

    [Fact]
    public async Task A_build_marks_its_output_and_a_later_build_replaces_it()
    {
        using var site = TestSite.CopyOfRepository();

        Assert.Equal(ExitCodes.Success, (await RunAsync(site.Root, "build")).Code);
        Assert.Equal(OutputFolderRules.MarkerText, site.ReadOutput(OutputFolderRules.MarkerFileName));
        File.WriteAllText(site.OutputPathOf("stale.html"), "from an older build");
        Assert.Equal(ExitCodes.Success, (await RunAsync(site.Root, "build")).Code);

        Assert.False(File.Exists(site.OutputPathOf("stale.html")));
        Assert.Empty(Leftovers(site));
    }

    [Fact]
    public async Task Force_replaces_a_folder_Briefing_did_not_write()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("docs/guide.md", "# Guide\n");

        var (code, _, error) = await RunAsync(site.Root, "build", "-o", "docs", "--force");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", error);
        Assert.False(File.Exists(site.PathOf("docs/guide.md")));
        Assert.True(File.Exists(site.PathOf("docs/" + OutputFolderRules.MarkerFileName)));
    }

    [Fact]
    public async Task An_empty_or_missing_folder_needs_no_force()
    {
        using var site = TestSite.CopyOfRepository();
        Directory.CreateDirectory(site.PathOf("empty"));

        Assert.Equal(ExitCodes.Success, (await RunAsync(site.Root, "build", "-o", "empty")).Code);
        Assert.Equal(ExitCodes.Success, (await RunAsync(site.Root, "build", "-o", "new/site")).Code);
        Assert.True(File.Exists(site.PathOf("new/site/index.html")));
    }

    [Fact]
    public async Task Output_of_a_build_from_before_the_marker_is_recognised_by_its_link_index()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        File.Delete(site.OutputPathOf(OutputFolderRules.MarkerFileName));
        Assert.True(OutputFolderRules.IsBriefingOutput(site.Output));

        Assert.Equal(ExitCodes.Success, (await RunAsync(site.Root, "build")).Code);
        File.Delete(site.OutputPathOf(OutputFolderRules.MarkerFileName));
        File.WriteAllText(site.OutputPathOf("links.json"), "{\"note\": \"not a link index\"}");
        Assert.False(OutputFolderRules.IsBriefingOutput(site.Output));
        Assert.Equal(ExitCodes.UsageError, (await RunAsync(site.Root, "build")).Code);
    }

    [Fact]
    public async Task Staging_folders_left_by_a_killed_build_are_removed_by_the_next_one()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        site.Write(".output.staging-0123456789ab/index.html", "half a site");
        site.Write(".output.old-0123456789ab/index.html", "an old site");

        Assert.Equal(ExitCodes.Success, (await RunAsync(site.Root, "build")).Code);

        Assert.Empty(Leftovers(site));
    }

    [Fact]
    public async Task Builds_into_one_folder_at_once_take_turns_and_each_publishes_a_whole_site()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        var expected = FolderState.Of(site.Output);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => RunAsync(site.Root, "build"))));

        Assert.All(runs, run => Assert.Equal(ExitCodes.Success, run.Code));
        Assert.Contains(runs, run => run.Out.Contains("Another build is writing to", StringComparison.Ordinal));
        Assert.Equal(expected, FolderState.Of(site.Output));
        Assert.Empty(Leftovers(site));
    }

    [Fact]
    public async Task A_second_lock_waits_until_the_first_is_released()
    {
        using var temp = new Snapshots.TemporaryDirectory();
        var output = Path.Combine(temp.Path, "site");
        var token = TestContext.Current.CancellationToken;
        var first = await OutputLock.AcquireAsync(output, waiting: null, token);
        var waited = new TaskCompletionSource();

        var second = OutputLock.AcquireAsync(output, waiting: () => waited.TrySetResult(), token);
        await waited.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
        Assert.False(second.IsCompleted);
        first.Dispose();
        using var taken = await second.WaitAsync(TimeSpan.FromSeconds(30), token);

        Assert.True(File.Exists(OutputLock.PathFor(output)));
        taken.Dispose();
        Assert.False(File.Exists(OutputLock.PathFor(output)));
    }

    [Fact]
    public async Task Ctrl_C_during_a_build_says_so_exits_130_and_leaves_the_output_as_it_was()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        var before = FolderState.Of(site.Root);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        // Cancel as soon as the build has started writing its staging folder.
        var watcher = Task.Run(async () =>
        {
            while (!Directory.EnumerateDirectories(site.Root, ".output.staging-*").Any())
            {
                await Task.Delay(1, CancellationToken.None);
            }

            await cancel.CancelAsync();
        }, CancellationToken.None);
        var (code, output, error) = await RunAsync(site.Root, cancel.Token, "build");
        await watcher;

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Equal("build cancelled; output unchanged\n", error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Built", output, StringComparison.Ordinal);
        Assert.Equal(before, FolderState.Of(site.Root));
    }
}
