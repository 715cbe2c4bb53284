using System.Diagnostics;
using Briefing.Tests.Snapshots;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scaffolding;

/// <summary>
/// The .NET tool package, end to end as a user gets it: packed, installed into a temporary tool path, and run on a
/// new site. Slow (a pack and an install), so it is one test.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task The_packed_tool_installs_and_runs_help_new_and_build()
    {
        var token = TestContext.Current.CancellationToken;
        using var folder = new TemporaryDirectory();
        var packages = folder.Combine("packages");
        var tools = folder.Combine("tools");

        await RunAsync("dotnet", ["pack", RepositoryFiles.PathOf("src/Briefing/Briefing.csproj"), "-c", "Release", "-o", packages, "-nologo"], RepositoryFiles.Root, token);
        Assert.Single(Directory.GetFiles(packages, "briefing.*.nupkg"));
        await RunAsync("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "briefing"], folder.Path, token);
        var briefing = Path.Combine(tools, OperatingSystem.IsWindows() ? "briefing.exe" : "briefing");

        var help = await RunAsync(briefing, ["--help"], folder.Path, token);
        Assert.Contains("new", help, StringComparison.Ordinal);
        Assert.Contains("add-article", help, StringComparison.Ordinal);
        await RunAsync(briefing, ["new", RepositoryFiles.PathOf("seeds/000_f49b7cf66e1737eb.txt"), "site"], folder.Path, token);
        var build = await RunAsync(briefing, ["build"], folder.Combine("site"), token);

        Assert.Contains("warning: key judgment still to write", build, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("site", "output", "index.html")));
        Assert.True(File.Exists(folder.Combine("site", "output", "assets", "site.css")));
    }

    /// <summary>Runs a process to completion; fails the test with its output when it exits non-zero.</summary>
    private static async Task<string> RunAsync(string file, string[] args, string directory, CancellationToken token)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(token);
        var error = process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        var text = await output + await error;
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{text}");
        return text;
    }
}
