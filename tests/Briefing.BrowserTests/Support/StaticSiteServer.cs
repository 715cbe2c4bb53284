using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Serves a folder over HTTP on 127.0.0.1 with a free port, the way a static host does: files as they are, and
/// <c>index.html</c> for a folder's URL. ASP.NET Core's static file middleware rather than a hand-written server,
/// so content types, redirects and 404s behave like a real host's.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PhysicalFileProvider _files;

    private StaticSiteServer(WebApplication app, PhysicalFileProvider files, Uri origin)
    {
        _app = app;
        _files = files;
        Origin = origin;
    }

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Origin { get; }

    /// <summary>Starts serving <paramref name="folder"/>; files added to it later are served too.</summary>
    public static async Task<StaticSiteServer> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await app.StartAsync(cancellationToken);

        // Port 0 lets the system choose a free port; the address the server reports afterwards carries the real one.
        var address = app.Urls.Single();
        return new StaticSiteServer(app, files, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _files.Dispose();
    }
}
