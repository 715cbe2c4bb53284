using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Links;

/// <summary>A build with a broken internal link fails, names page, link and source file, and publishes nothing.</summary>
public sealed class BrokenLinkBuildTests
{
    private const string Summary = "input/summaries/outlook.md";

    [Fact]
    public async Task Link_to_a_missing_page_fails_the_build()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append(Summary, "\nSee [the old notes](/notes/).\n");

        var error = await site.BuildExpectingOneErrorAsync(baseUrl: "https://example.github.io/briefing/");
        Assert.Equal(Summary, error.Location?.File);
        Assert.Contains("/briefing/summaries/outlook/", error.Message, StringComparison.Ordinal);
        Assert.Contains("href=\"../../notes/\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("“the old notes”", error.Message, StringComparison.Ordinal);
        Assert.Contains("/notes/, which is not in the output", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "a failed build must not publish its output");
    }

    [Fact]
    public async Task Link_to_a_missing_paragraph_anchor_fails_the_build()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append(Summary, "\nAs [the last paragraph](/articles/azerbaijan-russia-tensions/#p99) says.\n");

        var error = await site.BuildExpectingOneErrorAsync(baseUrl: "https://example.org/");
        Assert.Equal(Summary, error.Location?.File);
        Assert.Contains("#p99", error.Message, StringComparison.Ordinal);
        Assert.Contains("no element with id \"p99\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragment_on_the_same_page_is_checked_too()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append(Summary, "\nSee [below](#nowhere).\n");

        var error = await site.BuildExpectingOneErrorAsync();
        Assert.Contains("no element with id \"nowhere\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_html_link_without_the_base_path_fails_under_a_project_path()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append(Summary, "\n<p><a href=\"/timeline/\">Timeline</a></p>\n");

        var error = await site.BuildExpectingOneErrorAsync(baseUrl: "https://example.github.io/briefing/");
        Assert.Contains("outside the site's base path /briefing/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_absolute_markdown_link_gets_the_base_path_and_passes()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append(Summary, "\nSee the [timeline](/timeline/) and [paragraph 9](/articles/azerbaijan-russia-tensions/#p9).\n");

        var report = await site.BuildAsync(baseUrl: "https://example.github.io/briefing/");

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var html = site.ReadOutput("summaries/outlook/index.html");
        Assert.Contains("href=\"../../timeline/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../articles/azerbaijan-russia-tensions/#p9\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_external_link_fails_but_a_well_formed_one_is_not_fetched()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append(Summary, "\n<p><a href=\"https://exa mple.org/\">bad</a> <a href=\"https://unreachable.invalid/x\">fine</a></p>\n");

        var error = await site.BuildExpectingOneErrorAsync();
        Assert.Contains("https://exa mple.org/", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a well-formed web address", error.Message, StringComparison.Ordinal);
    }
}
