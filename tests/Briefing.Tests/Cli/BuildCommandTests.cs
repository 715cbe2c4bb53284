using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

public class BuildCommandTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(string directory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingCli.RunAsync(args, output, error, directory, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Build_succeeds_from_a_subfolder_of_the_site_and_prints_a_summary()
    {
        using var site = TestSite.CopyOfRepository();
        var inside = Directory.CreateDirectory(Path.Combine(site.Root, "input", "summaries")).FullName;

        var (code, output, _) = await RunAsync(inside, "build");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^Built \d+ pages \(\d+ files\) into .+ with 0 warning\(s\) in \d+\.\d\d s\.", output);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task Verbose_lists_the_slowest_steps_of_the_build()
    {
        using var site = TestSite.CopyOfRepository();

        var (quiet, plain, _) = await RunAsync(site.Root, "build");
        var (code, verbose, _) = await RunAsync(site.Root, "build", "--verbose");

        Assert.Equal(ExitCodes.Success, quiet);
        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("Slowest steps:", plain, StringComparison.Ordinal);
        Assert.Contains("Slowest steps:", verbose, StringComparison.Ordinal);
        Assert.Matches(@"\d+\.\d ms  (Seeds|Glossary|Timeline|Content|CrossLinks|Pages|Assets|Publishing|Build)/\w+/\w+", verbose);
    }

    [Fact]
    public async Task Verbose_names_the_steps_that_are_never_cached()
    {
        using var site = TestSite.CopyOfRepository();

        var (_, plain, _) = await RunAsync(site.Root, "build");
        var (code, verbose, _) = await RunAsync(site.Root, "build", "--verbose");

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("is not cached", plain, StringComparison.Ordinal);
        Assert.Contains("Notes:", verbose, StringComparison.Ordinal);
        Assert.Contains("  Sources/Process: ReadSources is not cached: it runs on every document of every build", verbose, StringComparison.Ordinal);
        Assert.DoesNotContain("RenderMarkdownPages is not cached", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_is_the_default_command_and_honours_output()
    {
        using var site = TestSite.CopyOfRepository();
        var target = Path.Combine(site.Root, "elsewhere");

        var (code, _, _) = await RunAsync(site.Root, "-o", target);

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
    }

    [Fact]
    public async Task A_content_error_exits_1_with_file_line_and_column_and_no_stack_trace()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/summaries/outlook.md", "(cite:p17)", "(cite:p42)");

        var (code, _, error) = await RunAsync(site.Root, "build");

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Matches(@"input/summaries/outlook\.md:\d+:\d+: error: citation 'cite:p42' points to paragraph 42", error);
        Assert.Contains("previous output", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        using var site = TestSite.CopyOfRepository();

        var (code, _, error) = await RunAsync(site.Root, "build", "--colour");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--colour", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_a_site_the_error_says_how_to_find_one()
    {
        var empty = Directory.CreateTempSubdirectory("briefing-empty-").FullName;
        try
        {
            var (code, _, error) = await RunAsync(empty, "build");

            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("--root", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_base_url_is_reported_against_the_option()
    {
        using var site = TestSite.CopyOfRepository();

        var (code, _, error) = await RunAsync(site.Root, "build", "--base-url", "ftp://example.org/x");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--base-url: error: base URL 'ftp://example.org/x'", error, StringComparison.Ordinal);
    }
}
