using System.Net.Sockets;
using System.Net;
using System.Text;
using Briefing.Core;
using Briefing.Preview;
using Briefing.Site;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

/// <summary>A preview session and server over a temporary copy of the site, on a free port, watching for edits.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopWatching = new();
    private Task _watching = Task.CompletedTask;

    private RunningPreview(TemporaryDirectory site, PreviewSession session, PreviewServer server)
    {
        Site = site;
        Session = session;
        Server = server;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };
    }

    public TemporaryDirectory Site { get; }

    public PreviewSession Session { get; }

    public PreviewServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<RunningPreview> StartAsync(bool liveReload = true, bool watch = true)
    {
        var site = SiteCopy.Create();
        var hub = new LiveReloadHub();
        var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, hub, SiteBuild.RunAsync);
        var token = TestContext.Current.CancellationToken;
        if (watch)
        {
            session.StartWatching();
        }

        var first = await session.RebuildAsync([], token);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var server = await PreviewServer.StartAsync(new ServerOptions(IPAddress.Loopback, 0), session, liveReload ? hub : null, token);
        var preview = new RunningPreview(site, session, server);
        if (watch)
        {
            preview._watching = session.WatchAsync(preview._stopWatching.Token);
        }

        return preview;
    }

    public Task<EventStream> EventsAsync() => EventStream.ConnectAsync(Client);

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path, TestContext.Current.CancellationToken);

    public Task<string> GetStringAsync(string path) => Client.GetStringAsync(path, TestContext.Current.CancellationToken);

    public void Edit(string relativePath, Func<string, string> change) => SiteCopy.Edit(Site, relativePath, change);

    /// <summary>Sends a request line exactly as given (HttpClient would normalise dot segments) and returns the status code.</summary>
    public async Task<(int Status, string Response)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Server.Address.Host, Server.Address.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {Server.Address.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopWatching.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
        }

        Client.Dispose();
        await Server.DisposeAsync();
        Session.Dispose();
        _stopWatching.Dispose();
        Site.Dispose();
    }
}
