using System.CommandLine;
using System.Net;
using System.Net.NetworkInformation;
using Briefing.Preview;

namespace Briefing.Cli;

/// <summary>The options of the commands that run a server (<c>preview</c>, <c>serve</c>): where to listen and whether to open a browser.</summary>
internal sealed class ServerArguments
{
    public Option<int> Port { get; } = new("--port")
    {
        Description = $"Port to listen on (default: {ServerOptions.DefaultPort}).",
        DefaultValueFactory = _ => ServerOptions.DefaultPort,
    };

    public Option<string> Host { get; } = new("--host")
    {
        Description = "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 serves your network too).",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public Option<bool> Open { get; } = new("--open")
    {
        Description = "Open the site in the default browser once it is served.",
    };

    public void AddTo(Command command)
    {
        command.Add(Port);
        command.Add(Host);
        command.Add(Open);
    }

    /// <summary>The server options, or null after printing why the arguments are wrong.</summary>
    public ServerOptions? Parse(ParseResult result, ConsoleReporter reporter)
    {
        var port = result.GetValue(Port);
        if (port is < 0 or > 65535)
        {
            reporter.Error($"--port {port} is not a port number", "use a number from 1 to 65535, e.g. --port 5081");
            return null;
        }

        var host = result.GetValue(Host) ?? "127.0.0.1";
        IPAddress? address = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var parsed) ? parsed
            : null;
        if (address is null)
        {
            reporter.Error($"--host '{host}' is not an IP address", "use 127.0.0.1 (this machine only) or 0.0.0.0 (every network interface)");
            return null;
        }

        if (IPAddress.IsLoopback(address))
        {
            return new ServerOptions(address, port);
        }

        if (!address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any) && !MachineAddresses().Contains(address))
        {
            reporter.Error($"--host '{host}' is not an address of this machine, so nothing can be served there", "use 127.0.0.1 (this machine only), 0.0.0.0 (every network interface) or one of the machine's own addresses");
            return null;
        }

        reporter.Output.WriteLine($"warning: --host {host} makes the site reachable from the network, not only from this machine (use --host 127.0.0.1 to keep it private)");
        return new ServerOptions(address, port);
    }

    private static HashSet<IPAddress> MachineAddresses()
    {
        try
        {
            return
            [
                .. NetworkInterface.GetAllNetworkInterfaces()
                    .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                    .Select(a => a.Address),
            ];
        }
        catch (NetworkInformationException)
        {
            return []; // the interfaces cannot be listed here: only loopback and "every interface" are accepted
        }
    }

    /// <summary>Starts the server, or prints why it could not (a busy port) and returns null.</summary>
    public static async Task<PreviewServer?> StartAsync(
        ServerOptions options, ISiteSource site, LiveReloadHub? liveReload, ConsoleReporter reporter, CancellationToken cancellationToken)
    {
        try
        {
            return await PreviewServer.StartAsync(options, site, liveReload, cancellationToken).ConfigureAwait(false);
        }
        catch (PortInUseException ex)
        {
            var next = ex.Port is > 0 and < 65535 ? ex.Port + 1 : ServerOptions.DefaultPort + 1;
            reporter.Error($"port {ex.Port} on {ex.Address} is already in use", $"is another preview running? stop it, or choose another port with --port {next}");
            return null;
        }
    }

    /// <summary>Says where the site is and, with --open, opens it.</summary>
    public void Announce(ParseResult result, Uri siteUrl, TextWriter output, string what)
    {
        output.WriteLine($"{what} {siteUrl.AbsoluteUri}  (Ctrl+C to stop)");
        if (result.GetValue(Open) && !BrowserLauncher.TryOpen(siteUrl))
        {
            output.WriteLine($"No browser could be opened here; open {siteUrl.AbsoluteUri} yourself.");
        }
    }
}
