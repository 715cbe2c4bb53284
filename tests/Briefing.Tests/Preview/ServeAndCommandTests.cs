using System.Net.Sockets;
using System.Net;
using System.Text.RegularExpressions;
using Briefing.Cli;
using Briefing.Core;
using Briefing.Preview;
using Briefing.Site;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

public sealed partial class ServeAndCommandTests
{
    [Fact]
    public async Task Serves_the_sites_404_page_with_status_404()
    {
        using var output = new TemporaryDirectory();
        output.Write("index.html", "<!DOCTYPE html><html><body><p>home</p></body></html>");
        output.Write("404.html", "<!DOCTYPE html><html><body><p>No such page here.</p></body></html>");
        await using var server = await PreviewServer.StartAsync(Loopback, new StaticSiteSource(output.Path, "/briefing/"), null, TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.Address };

        using var missing = await client.GetAsync("/briefing/missing/", TestContext.Current.CancellationToken);
        using var home = await client.GetAsync("/briefing/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html; charset=utf-8", missing.Content.Headers.ContentType?.ToString());
        Assert.Contains("No such page here.", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("<!DOCTYPE html><html><body><p>home</p></body></html>", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_busy_port_is_reported_as_such()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var output = new TemporaryDirectory();

        var error = await Assert.ThrowsAsync<PortInUseException>(() =>
            PreviewServer.StartAsync(new ServerOptions(IPAddress.Loopback, port), new StaticSiteSource(output.Path, "/"), null, TestContext.Current.CancellationToken));

        Assert.Equal(port, error.Port);
    }

    [Fact]
    public async Task Preview_on_a_busy_port_says_so_and_suggests_another_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var site = SiteCopy.Create();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await BriefingCli.RunAsync(["preview", "--port", $"{port}"], stdout, stderr, site.Path, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("--port", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_serves_until_cancelled_then_stops_cleanly_and_frees_the_port()
    {
        using var site = SiteCopy.Create();
        var stdout = new WaitableWriter();
        using var stderr = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = BriefingCli.RunAsync(["preview", "--port", "0"], stdout, stderr, site.Path, stop.Token);
        var url = await stdout.WaitForAsync(ServingLine());
        using (var client = new HttpClient())
        {
            var page = await client.GetStringAsync(new Uri(new Uri(url), "summaries/background/"), TestContext.Current.CancellationToken);
            Assert.Contains(">Background</h1>", page, StringComparison.Ordinal);
        }

        await stop.CancelAsync();
        var exit = await running;

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Preview stopped.", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stderr.ToString());
        using var again = new TcpListener(IPAddress.Loopback, new Uri(url).Port);
        again.Start();
    }

    [Fact]
    public async Task Serve_serves_an_existing_build_as_it_is()
    {
        using var site = SiteCopy.Create();
        var built = await SiteBuild.RunAsync(new BuildOptions { SiteRoot = site.Path, OutputDirectory = site.Combine("output") }, TestContext.Current.CancellationToken);
        Assert.True(built.Succeeded);
        var stdout = new WaitableWriter();
        using var stderr = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = BriefingCli.RunAsync(["serve", "--port", "0"], stdout, stderr, site.Path, stop.Token);
        var url = await stdout.WaitForAsync(ServingLine());
        using (var client = new HttpClient())
        {
            var page = await client.GetStringAsync(new Uri(new Uri(url), "summaries/background/"), TestContext.Current.CancellationToken);
            Assert.Equal(site.Read("output/summaries/background/index.html"), page);
        }

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Success, await running);
    }

    [Fact]
    public async Task Serve_without_a_build_says_how_to_make_one()
    {
        using var site = SiteCopy.Create();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await BriefingCli.RunAsync(["serve"], stdout, stderr, site.Path, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("briefing build", stderr.ToString(), StringComparison.Ordinal);
    }

    private static ServerOptions Loopback => new(IPAddress.Loopback, 0);

    [GeneratedRegex(@"Serving .*?(http://\S+)")]
    internal static partial Regex ServingLine();
}
