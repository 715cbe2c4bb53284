namespace Briefing.Tests.Snapshots;

public sealed class DirectorySnapshotTests : IDisposable
{
    private static readonly byte[] LogoBytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF];

    private readonly TemporaryDirectory output = new();
    private readonly TemporaryDirectory snapshots = new();
    private readonly RecordingDiffLauncher launcher = new();
    private readonly SnapshotLocation location;
    private readonly SnapshotVerifier verifier;

    public DirectorySnapshotTests()
    {
        location = new SnapshotLocation(snapshots.Path, "Site", "Builds");
        verifier = new SnapshotVerifier(launcher, new DiffLaunchPolicy(name => name == "CI" ? "true" : null, () => false));
    }

    public void Dispose()
    {
        output.Dispose();
        snapshots.Dispose();
    }

    [Fact]
    public async Task FirstRunWritesReceivedFilesNamedTheWayVerifyNamesDirectorySnapshots()
    {
        WriteSite();

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => verifier.VerifyDirectoryAsync(location, output.Path));

        Assert.All(failure.Differences, difference => Assert.Equal(SnapshotDifferenceKind.New, difference.Kind));
        Assert.Equal("<p>Hello <em>world</em></p>\n", snapshots.Read("Site.Builds/index.received.html"));
        Assert.Equal("body { color: black; }\n", snapshots.Read("Site.Builds/css/site.received.css"));
        Assert.True(snapshots.Exists("Site.Builds/.received.nojekyll"));
        Assert.Equal("example.org\n", snapshots.Read("Site.Builds/CNAME.received.noextension"));
        Assert.Matches("^sha256 [0-9a-f]{64}, 7 bytes\n$", snapshots.Read("Site.Builds/img/logo.received.png.sha256"));
        Assert.Contains("Received: Site.Builds/index.received.html", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptedDirectoryMatchesAndLeavesNoReceivedFiles()
    {
        WriteSite();
        await AcceptFirstRunAsync();

        await verifier.VerifyDirectoryAsync(location, output.Path);

        Assert.Empty(Directory.EnumerateFiles(location.SnapshotDirectory, "*.received.*", SearchOption.AllDirectories));
        Assert.True(snapshots.Exists("Site.Builds/img/logo.verified.png.sha256"));
    }

    [Fact]
    public async Task DetectsChangedAddedAndRemovedFiles()
    {
        WriteSite();
        await AcceptFirstRunAsync();
        output.Write("css/site.css", "body { color: red; }");
        output.Write("glossary/term.html", "<h1>Term</h1>");
        File.Delete(output.Combine("CNAME"));
        File.WriteAllBytes(output.Combine("img", "logo.png"), [.. LogoBytes, 0x02]);

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => verifier.VerifyDirectoryAsync(location, output.Path));

        var byFile = failure.Differences.ToDictionary(d => Path.GetRelativePath(location.SnapshotDirectory, d.VerifiedFile).Replace('\\', '/'), d => d.Kind);
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
        Assert.Equal("CNAME.verified.noextension\n", snapshots.Read("Site.Builds.received.deleted"));
        Assert.False(snapshots.Exists("Site.Builds/index.received.html"));
    }

    [Fact]
    public async Task StaleReceivedFilesAndDeletedListAreClearedByTheNextRun()
    {
        WriteSite();
        await AcceptFirstRunAsync();
        snapshots.Write("Site.Builds/old.received.html", "<p>stale</p>");
        snapshots.Write("Site.Builds.received.deleted", "gone.verified.html\n");

        await verifier.VerifyDirectoryAsync(location, output.Path);

        Assert.False(snapshots.Exists("Site.Builds/old.received.html"));
        Assert.False(snapshots.Exists("Site.Builds.received.deleted"));
    }

    [Fact]
    public async Task IncludeFilterAndScrubbersApply()
    {
        output.Write("index.html", $"<p>Built in {output.Path}</p>");
        output.Write("drafts/skip.html", "<p>not part of the snapshot</p>");
        snapshots.Write("Site.Builds/index.verified.html", "<p>Built in {Output}</p>\n");
        var settings = new SnapshotSettings
        {
            Include = relative => !relative.StartsWith("drafts/", StringComparison.Ordinal),
            Scrubbers = [text => text.Replace(output.Path, "{Output}", StringComparison.Ordinal)],
        };

        await verifier.VerifyDirectoryAsync(location, output.Path, settings);
    }

    [Fact]
    public async Task HtmlFilesArePrettyPrintedSoLayoutChangesDoNotFail()
    {
        output.Write("index.html", "<div><p>a</p><p>b</p></div>");
        await AcceptFirstRunAsync();
        output.Write("index.html", "<div>\r\n    <p>a</p>\r\n    <p>b</p>\r\n</div>\r\n");

        await verifier.VerifyDirectoryAsync(location, output.Path);

        Assert.Equal("<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n", snapshots.Read("Site.Builds/index.verified.html"));
    }

    private void WriteSite()
    {
        output.Write("index.html", "<p>Hello   <em>world</em></p>");
        output.Write("css/site.css", "body { color: black; }   \r\n");
        output.Write(".nojekyll", string.Empty);
        output.Write("CNAME", "example.org");
        Directory.CreateDirectory(output.Combine("img"));
        File.WriteAllBytes(output.Combine("img", "logo.png"), LogoBytes);
    }

    /// <summary>What tests/accept-snapshots.sh does: every received file becomes the verified one.</summary>
    private async Task AcceptFirstRunAsync()
    {
        await Assert.ThrowsAsync<SnapshotMismatchException>(() => verifier.VerifyDirectoryAsync(location, output.Path));
        foreach (var received in Directory.EnumerateFiles(location.SnapshotDirectory, "*.received.*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToList())
        {
            File.Move(received, SnapshotFileNames.VerifiedFor(received));
        }
    }
}
