namespace Briefing.Preview;

/// <summary>The port the server was asked to listen on is taken, most often by another preview.</summary>
internal sealed class PortInUseException(string address, int port, Exception inner)
    : Exception($"{address}:{port} is already in use", inner)
{
    public string Address { get; } = address;

    public int Port { get; } = port;
}
