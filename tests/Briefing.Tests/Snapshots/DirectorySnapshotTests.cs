namespace Briefing.Tests.Snapshots;

public sealed class DirectorySnapshotTests : IDisposable
{
    private static readonly byte[] LogoBytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF];

    private readonly TemporaryDirectory _output = new();
    private readonly TemporaryDirectory _snapshots = new();
    private readonly RecordingDiffLauncher _launcher = new();
    private readonly SnapshotLocation _location;
    private readonly SnapshotVerifier _verifier;

    public DirectorySnapshotTests()
    {
        _location = new SnapshotLocation(_snapshots.Path, "Site", "Builds");
        _verifier = new SnapshotVerifier(_launcher, new DiffLaunchPolicy(name => name == "CI" ? "true" : null, () => false));
    }

    public void Dispose()
    {
        _output.Dispose();
        _snapshots.Dispose();
    }

    [Fact]
    public async Task FirstRunWritesReceivedFilesNamedTheWayVerifyNamesDirectorySnapshots()
    {
        WriteSite();

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => _verifier.VerifyDirectoryAsync(_location, _output.Path));

        Assert.All(failure.Differences, difference => Assert.Equal(SnapshotDifferenceKind.New, difference.Kind));
        Assert.Equal("<p>Hello <em>world</em></p>\n", _snapshots.Read("Site.Builds/index.received.html"));
        Assert.Equal("body { color: black; }\n", _snapshots.Read("Site.Builds/css/site.received.css"));
        Assert.True(_snapshots.Exists("Site.Builds/.received.nojekyll"));
        Assert.Equal("example.org\n", _snapshots.Read("Site.Builds/CNAME.received.noextension"));
        Assert.Matches("^sha256 [0-9a-f]{64}, 7 bytes\n$", _snapshots.Read("Site.Builds/img/logo.received.png.sha256"));
        Assert.Contains("Received: Site.Builds/index.received.html", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptedDirectoryMatchesAndLeavesNoReceivedFiles()
    {
        WriteSite();
        await AcceptFirstRunAsync();

        await _verifier.VerifyDirectoryAsync(_location, _output.Path);

        Assert.Empty(Directory.EnumerateFiles(_location.SnapshotDirectory, "*.received.*", SearchOption.AllDirectories));
        Assert.True(_snapshots.Exists("Site.Builds/img/logo.verified.png.sha256"));
    }

    [Fact]
    public async Task DetectsChangedAddedAndRemovedFiles()
    {
        WriteSite();
        await AcceptFirstRunAsync();
        _output.Write("css/site.css", "body { color: red; }");
        _output.Write("glossary/term.html", "<h1>Term</h1>");
        File.Delete(_output.Combine("CNAME"));
        File.WriteAllBytes(_output.Combine("img", "logo.png"), [.. LogoBytes, 0x02]);

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => _verifier.VerifyDirectoryAsync(_location, _output.Path));

        var byFile = failure.Differences.ToDictionary(d => Path.GetRelativePath(_location.SnapshotDirectory, d.VerifiedFile).Replace('\\', '/'), d => d.Kind);
        Assert.Equal(
            new Dictionary<string, SnapshotDifferenceKind>
            {
                ["css/site.verified.css"] = SnapshotDifferenceKind.NotEqual,
                ["glossary/term.verified.html"] = SnapshotDifferenceKind.New,
                ["img/logo.verified.png.sha256"] = SnapshotDifferenceKind.NotEqual,
                ["CNAME.verified.noextension"] = SnapshotDifferenceKind.Deleted,
            },
            byFile);
        Assert.Contains("Deleted (verified, but no longer produced):\n  - Verified: Site.Builds/CNAME.verified.noextension", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\n-body { color: black; }\n+body { color: red; }\n", failure.Message, StringComparison.Ordinal);
        Assert.Equal("CNAME.verified.noextension\n", _snapshots.Read("Site.Builds.received.deleted"));
        Assert.False(_snapshots.Exists("Site.Builds/index.received.html"));
    }

    [Fact]
    public async Task StaleReceivedFilesAndDeletedListAreClearedByTheNextRun()
    {
        WriteSite();
        await AcceptFirstRunAsync();
        _snapshots.Write("Site.Builds/old.received.html", "<p>stale</p>");
        _snapshots.Write("Site.Builds.received.deleted", "gone.verified.html\n");

        await _verifier.VerifyDirectoryAsync(_location, _output.Path);

        Assert.False(_snapshots.Exists("Site.Builds/old.received.html"));
        Assert.False(_snapshots.Exists("Site.Builds.received.deleted"));
    }

    [Fact]
    public async Task IncludeFilterAndScrubbersApply()
    {
        _output.Write("index.html", $"<p>Built in {_output.Path}</p>");
        _output.Write("drafts/skip.html", "<p>not part of the snapshot</p>");
        _snapshots.Write("Site.Builds/index.verified.html", "<p>Built in {Output}</p>\n");
        var settings = new SnapshotSettings
        {
            Include = relative => !relative.StartsWith("drafts/", StringComparison.Ordinal),
            Scrubbers = [text => text.Replace(_output.Path, "{Output}", StringComparison.Ordinal)],
        };

        await _verifier.VerifyDirectoryAsync(_location, _output.Path, settings);
    }

    [Fact]
    public async Task HtmlFilesArePrettyPrintedSoLayoutChangesDoNotFail()
    {
        _output.Write("index.html", "<div><p>a</p><p>b</p></div>");
        await AcceptFirstRunAsync();
        _output.Write("index.html", "<div>\r\n    <p>a</p>\r\n    <p>b</p>\r\n</div>\r\n");

        await _verifier.VerifyDirectoryAsync(_location, _output.Path);

        Assert.Equal("<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n", _snapshots.Read("Site.Builds/index.verified.html"));
    }

    private void WriteSite()
    {
        _output.Write("index.html", "<p>Hello   <em>world</em></p>");
        _output.Write("css/site.css", "body { color: black; }   \r\n");
        _output.Write(".nojekyll", string.Empty);
        _output.Write("CNAME", "example.org");
        Directory.CreateDirectory(_output.Combine("img"));
        File.WriteAllBytes(_output.Combine("img", "logo.png"), LogoBytes);
    }

    /// <summary>What tests/accept-snapshots.sh does: every received file becomes the verified one.</summary>
    private async Task AcceptFirstRunAsync()
    {
        await Assert.ThrowsAsync<SnapshotMismatchException>(() => _verifier.VerifyDirectoryAsync(_location, _output.Path));
        foreach (var received in Directory.EnumerateFiles(_location.SnapshotDirectory, "*.received.*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToList())
        {
            File.Move(received, SnapshotFileNames.VerifiedFor(received));
        }
    }
}
