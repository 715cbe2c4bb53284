using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Preview;

/// <summary>
/// The Kestrel server of <c>preview</c> and <c>serve</c>: an empty ASP.NET Core host (no configuration files, no
/// logging, no console lifetime) with one request handler. Stop it with <see cref="DisposeAsync"/>.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(1);

    private readonly WebApplication _app;
    private readonly LiveReloadHub? _liveReload;

    private PreviewServer(WebApplication app, LiveReloadHub? liveReload, Uri address)
    {
        _app = app;
        _liveReload = liveReload;
        Address = address;
    }

    /// <summary>The address listened on, e.g. <c>http://127.0.0.1:5080/</c> (with the real port when 0 was asked).</summary>
    public Uri Address { get; }

    /// <summary>Starts listening; throws <see cref="PortInUseException"/> when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(ServerOptions options, ISiteSource site, LiveReloadHub? liveReload, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "briefing" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Address, options.Port);
        });
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        var app = builder.Build();
        var handler = new PreviewRequestHandler(site, liveReload);
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AddressInUseException || ex.InnerException is AddressInUseException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PortInUseException(options.Address.ToString(), options.Port, ex);
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://{options.Address}:{options.Port}";
        return new PreviewServer(app, liveReload, new Uri(bound.TrimEnd('/') + "/"));
    }

    /// <summary>Ends the pages' event streams, then stops listening; the port is free when this returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _liveReload?.Complete();
        using var grace = new CancellationTokenSource(ShutdownGrace);
        await _app.StopAsync(grace.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
