using System.Net;
using Briefing.Cli;
using Briefing.Tests.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Site;

/// <summary>Symbolic links whose targets stay inside the site are read like the files they point to.</summary>
public class SourceLinkTests
{
    [Fact]
    public async Task A_link_to_a_file_inside_the_site_is_copied_as_that_file()
    {
        using var site = TestSite.CopyOfRepository();
        var css = Directory.EnumerateFiles(site.PathOf("theme/assets"), "*.css", SearchOption.AllDirectories).First();
        File.CreateSymbolicLink(site.PathOf("theme/assets/linked.css"), css);

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(File.ReadAllBytes(css), File.ReadAllBytes(site.OutputPathOf("assets/linked.css")));
        Assert.Null(new FileInfo(site.OutputPathOf("assets/linked.css")).LinkTarget);
    }

    [Fact]
    public async Task Serve_answers_404_for_a_link_in_the_output_that_leads_outside_it()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        File.CreateSymbolicLink(site.OutputPathOf("passwd.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(site.OutputPathOf("etc"), "/etc");
        var stdout = new WaitableWriter();
        using var stderr = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = BriefingCli.RunAsync(["serve", "--port", "0"], stdout, stderr, site.Root, stop.Token);
        var url = new Uri(await stdout.WaitForAsync(ServeAndCommandTests.ServingLine()));
        using (var client = new HttpClient())
        {
            foreach (var path in new[] { "passwd.txt", "etc/passwd", "etc/hostname", "assets/../passwd.txt" })
            {
                var response = await client.GetAsync(new Uri(url, path), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
        }

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Success, await running);
    }

    [Fact]
    public async Task A_host_other_than_loopback_warns_that_the_network_can_reach_the_site()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        var stdout = new WaitableWriter();
        using var stderr = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = BriefingCli.RunAsync(["serve", "--host", "0.0.0.0", "--port", "0"], stdout, stderr, site.Root, stop.Token);
        await stdout.WaitForAsync(ServeAndCommandTests.ServingLine());
        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Success, await running);
        Assert.Contains("warning: --host 0.0.0.0 makes the site reachable from the network", stdout.ToString(), StringComparison.Ordinal);
    }
}
