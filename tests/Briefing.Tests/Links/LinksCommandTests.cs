using Briefing.Cli;
using Briefing.Links;
using Briefing.Tests.Support;

namespace Briefing.Tests.Links;

public sealed class LinksCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestSite site, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BriefingCli.RunAsync(["links", "--root", site.Root, .. args], output, error, site.Root, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_output_is_the_links_json_of_a_build_with_the_same_base_url()
    {
        using var site = TestSite.CopyOfRepository();
        var report = await site.BuildAsync(baseUrl: "https://reports.example.net/az/");
        Assert.True(report.Succeeded);

        var (exit, output, error) = await RunAsync(site, "--format", "json", "--base-url", "https://reports.example.net/az/");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);
        Assert.Equal(site.ReadOutput("links.json"), output);
    }

    [Fact]
    public async Task Table_lists_paragraph_urls_and_filter_narrows_it()
    {
        using var site = TestSite.CopyOfRepository();

        var (exit, output, _) = await RunAsync(site, "--filter", "#p17", "--base-url", "https://example.org/");

        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("KIND", lines[0], StringComparison.Ordinal);
        Assert.Contains("¶17", lines[1], StringComparison.Ordinal);
        Assert.Contains("https://example.org/articles/azerbaijan-russia-tensions/#p17", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_lock_records_a_move_on_purpose_and_the_build_passes_again()
    {
        using var site = TestSite.CopyOfRepository();
        var lockedBefore = LinkLock.Parse(site.Read("links.lock")).Count;
        site.Move("input/summaries/outlook.md", "input/summaries/prospects.md");
        Assert.False((await site.BuildAsync()).Succeeded);

        var (exit, output, _) = await RunAsync(site, "--update-lock");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal($"Wrote links.lock: {lockedBefore} links (1 added, 1 removed).\n", output);
        var locked = LinkLock.Parse(site.Read("links.lock")).Select(e => e.Path).ToList();
        Assert.Contains("/summaries/prospects/", locked);
        Assert.DoesNotContain("/summaries/outlook/", locked);
        Assert.True((await site.BuildAsync()).Succeeded);
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        using var site = TestSite.CopyOfRepository();

        var (exit, _, error) = await RunAsync(site, "--format", "xml");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_site_is_a_content_error_reported_on_stderr()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append("input/summaries/outlook.md", "\n[gone](/gone/)\n");

        var (exit, output, error) = await RunAsync(site, "--format", "csv");

        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Equal("", output);
        Assert.Contains("input/summaries/outlook.md: error: broken link", error, StringComparison.Ordinal);
    }
}
