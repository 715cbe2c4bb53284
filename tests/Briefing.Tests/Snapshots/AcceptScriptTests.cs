using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Briefing.Tests.Snapshots;

/// <summary>Runs tests/accept-snapshots.sh against a temp folder laid out the way failed verifications leave it.</summary>
public sealed class AcceptScriptTests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ListChangesNothing()
    {
        _temp.Write("Page.Renders.received.html", "<p>new</p>\n");

        var output = await RunAsync("--list", _temp.Path);

        Assert.Contains("would accept  Page.Renders.received.html -> Page.Renders.verified.html", output, StringComparison.Ordinal);
        Assert.True(_temp.Exists("Page.Renders.received.html"));
        Assert.False(_temp.Exists("Page.Renders.verified.html"));
    }

    [Fact]
    public async Task AcceptMovesReceivedFilesAndDeletesListedVerifiedFiles()
    {
        _temp.Write("Page.Renders.received.html", "<p>new</p>\n");
        _temp.Write("Page.Renders.verified.html", "<p>old</p>\n");
        _temp.Write("Site.Builds/css/site.received.css", "a {}\n");
        _temp.Write("Site.Builds/.received.nojekyll", string.Empty);
        _temp.Write("Site.Builds/old/gone.verified.html", "<p>gone</p>\n");
        _temp.Write("Site.Builds/kept.verified.html", "<p>kept</p>\n");
        _temp.Write("Site.Builds.received.deleted", "old/gone.verified.html\n");

        var output = await RunAsync(_temp.Path);

        Assert.Equal("<p>new</p>\n", _temp.Read("Page.Renders.verified.html"));
        Assert.Equal("a {}\n", _temp.Read("Site.Builds/css/site.verified.css"));
        Assert.True(_temp.Exists("Site.Builds/.verified.nojekyll"));
        Assert.True(_temp.Exists("Site.Builds/kept.verified.html"));
        Assert.False(_temp.Exists("Site.Builds/old/gone.verified.html"));
        Assert.False(Directory.Exists(_temp.Combine("Site.Builds", "old")));
        Assert.False(_temp.Exists("Site.Builds.received.deleted"));
        Assert.Empty(Directory.EnumerateFiles(_temp.Path, "*.received.*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }));
        Assert.Contains("Accepted 3 file(s) and deleted 1.", output, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The accept script needs bash.");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ScriptPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"accept-snapshots.sh exited with {process.ExitCode}: {await standardError}");
        return await standardOutput;
    }

    private static string ScriptPath([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", "accept-snapshots.sh"));
}
