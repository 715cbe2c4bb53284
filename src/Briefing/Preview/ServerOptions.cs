using System.Net;

namespace Briefing.Preview;

/// <summary>Where the server listens. Port 0 picks a free port (tests); the default is loopback only.</summary>
internal sealed record ServerOptions(IPAddress Address, int Port)
{
    public const int DefaultPort = 5080;

    public static ServerOptions Default { get; } = new(IPAddress.Loopback, DefaultPort);
}
