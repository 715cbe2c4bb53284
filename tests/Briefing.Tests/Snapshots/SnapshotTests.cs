namespace Briefing.Tests.Snapshots;

public sealed class SnapshotTests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();
    private readonly RecordingDiffLauncher _launcher = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task MatchPassesAndRemovesStaleReceivedFile()
    {
        _temp.Write("Sample.Test.verified.txt", "alpha\nbeta\n");
        _temp.Write("Sample.Test.received.txt", "left over from an earlier run\n");

        await OnCi().VerifyTextAsync(Location(), "alpha\nbeta\n");

        Assert.False(_temp.Exists("Sample.Test.received.txt"));
        Assert.True(_temp.Exists("Sample.Test.verified.txt"));
    }

    [Fact]
    public async Task MismatchWritesReceivedFileAndShowsDiffLines()
    {
        _temp.Write("Sample.Test.verified.txt", "alpha\nbeta\ngamma\n");

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => OnCi().VerifyTextAsync(Location(), "alpha\nBETA\ngamma\n"));

        Assert.Equal("alpha\nBETA\ngamma\n", _temp.Read("Sample.Test.received.txt"));
        Assert.Contains("NotEqual:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Received: Sample.Test.received.txt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Verified: Sample.Test.verified.txt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\n-beta\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\n+BETA\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\n alpha\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("tests/accept-snapshots.sh", failure.Message, StringComparison.Ordinal);
        Assert.Equal(SnapshotDifferenceKind.NotEqual, Assert.Single(failure.Differences).Kind);
    }

    [Fact]
    public async Task MissingVerifiedFileWritesReceivedFileAndFails()
    {
        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => OnCi().VerifyTextAsync(Location(), "first output", "md"));

        Assert.Equal("first output\n", _temp.Read("Sample.Test.received.md"));
        Assert.False(_temp.Exists("Sample.Test.verified.md"));
        Assert.Contains("New (no verified file yet):", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Verified: Sample.Test.verified.md", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\n+first output\n", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LineEndingsTrailingWhitespaceAndBomDoNotMatter()
    {
        File.WriteAllText(_temp.Combine("Sample.Test.verified.txt"), "\uFEFFone  \r\ntwo\t\r\n\r\n\r\n");

        await OnCi().VerifyTextAsync(Location(), "one\ntwo");

        Assert.False(_temp.Exists("Sample.Test.received.txt"));
    }

    [Fact]
    public async Task ReceivedFileIsLfUtf8WithoutBom()
    {
        await Assert.ThrowsAsync<SnapshotMismatchException>(() => OnCi().VerifyTextAsync(Location(), "é  \r\nz\r\n\r\n"));

        var bytes = File.ReadAllBytes(_temp.Combine("Sample.Test.received.txt"));
        Assert.Equal("é\nz\n"u8.ToArray(), bytes);
    }

    [Fact]
    public async Task ScrubbersRunBeforeComparison()
    {
        _temp.Write("Sample.Test.verified.txt", "written to {Temp}/site\n");
        var settings = new SnapshotSettings { Scrubbers = [text => text.Replace(_temp.Path, "{Temp}", StringComparison.Ordinal)] };

        await OnCi().VerifyTextAsync(Location(), $"written to {_temp.Path}/site", settings: settings);
    }

    [Fact]
    public async Task LongDiffsAreCutAfterTheChangedLineBudget()
    {
        _temp.Write("Sample.Test.verified.txt", string.Concat(Enumerable.Range(1, 200).Select(i => $"old {i}\n")));
        var received = string.Concat(Enumerable.Range(1, 200).Select(i => $"new {i}\n"));

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => OnCi().VerifyTextAsync(Location(), received));

        var changedLines = failure.Message.Split('\n').Count(line => line.StartsWith("-old", StringComparison.Ordinal) || line.StartsWith("+new", StringComparison.Ordinal));
        Assert.Equal(SnapshotDiff.DefaultChangedLineBudget, changedLines);
        Assert.Contains("320 more changed line(s) not shown", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffToolIsNotLaunchedOnCi()
    {
        var verifier = new SnapshotVerifier(_launcher, new DiffLaunchPolicy(Environment("CI", "true"), () => false));

        await Assert.ThrowsAsync<SnapshotMismatchException>(() => verifier.VerifyTextAsync(Location(), "changed"));

        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public async Task DiffToolIsNotLaunchedWhenDisabled()
    {
        var byVariable = new SnapshotVerifier(_launcher, new DiffLaunchPolicy(Environment("DiffEngine_Disabled", "true"), () => false));
        var byDiffEngine = new SnapshotVerifier(_launcher, new DiffLaunchPolicy(Environment(), () => true));

        await Assert.ThrowsAsync<SnapshotMismatchException>(() => byVariable.VerifyTextAsync(Location(), "changed"));
        await Assert.ThrowsAsync<SnapshotMismatchException>(() => byDiffEngine.VerifyTextAsync(Location(), "changed"));

        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public async Task DiffToolIsLaunchedForReviewOffCi()
    {
        var verifier = new SnapshotVerifier(_launcher, new DiffLaunchPolicy(Environment("CI", "false"), () => false));

        await Assert.ThrowsAsync<SnapshotMismatchException>(() => verifier.VerifyTextAsync(Location(), "changed"));

        var launch = Assert.Single(_launcher.Launches);
        Assert.Equal(_temp.Combine("Sample.Test.received.txt"), launch.Received);
        Assert.Equal(_temp.Combine("Sample.Test.verified.txt"), launch.Verified);
    }

    [Fact]
    public void NamesFollowVerifyConventions()
    {
        var plain = new SnapshotLocation(_temp.Path, "ArticleTests", "RendersParagraphs");
        var parameterised = new SnapshotLocation(_temp.Path, "ArticleTests", "RendersParagraphs", "p3");

        Assert.Equal(_temp.Combine("ArticleTests.RendersParagraphs.verified.html"), plain.VerifiedFile("html"));
        Assert.Equal(_temp.Combine("ArticleTests.RendersParagraphs.received.html"), plain.ReceivedFile(".html"));
        Assert.Equal(_temp.Combine("ArticleTests.RendersParagraphs_p3.verified.html"), parameterised.VerifiedFile("html"));
        Assert.Equal(_temp.Combine("ArticleTests.RendersParagraphs"), plain.SnapshotDirectory);
        Assert.Throws<ArgumentException>(() => new SnapshotLocation(_temp.Path, "ArticleTests", "RendersParagraphs", "a/b"));
    }

    [Fact]
    public void CurrentTestLocationComesFromTestContextAndSourceFile()
    {
        var location = SnapshotLocation.ForCurrentTest(ThisSourceFile(), "case");

        Assert.Equal(nameof(SnapshotTests), location.TypeName);
        Assert.Equal(nameof(CurrentTestLocationComesFromTestContextAndSourceFile), location.MethodName);
        Assert.Equal(Path.GetDirectoryName(ThisSourceFile()), location.Directory);
        Assert.Equal($"{nameof(SnapshotTests)}.{nameof(CurrentTestLocationComesFromTestContextAndSourceFile)}_case", location.BaseName);
    }

    [Fact]
    public Task VerifiesTextAgainstCommittedSnapshot() =>
        Snapshot.VerifyAsync("Snapshots live beside the test source.\r\nThis line came with CRLF.   \r\n");

    [Fact]
    public Task VerifiesHtmlFragmentAgainstCommittedSnapshot() =>
        Snapshot.VerifyHtmlAsync(
            "<section id=\"p1\"><p>First <a href=\"#p2\">claim</a>   links <em>here</em>.</p>\n\n<ul><li>one</li><li>two</li></ul></section>",
            new SnapshotSettings { NameSuffix = "fragment" });

    private SnapshotLocation Location() => new(_temp.Path, "Sample", "Test");

    private SnapshotVerifier OnCi() => new(_launcher, new DiffLaunchPolicy(Environment("CI", "true"), () => false));

    private static Func<string, string?> Environment(params string[] pairs) =>
        name =>
        {
            for (var i = 0; i + 1 < pairs.Length; i += 2)
            {
                if (pairs[i] == name)
                {
                    return pairs[i + 1];
                }
            }

            return null;
        };

    private static string ThisSourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
