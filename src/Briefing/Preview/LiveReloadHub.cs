using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>
/// Fans reload events out to every connected page. Each page has its own small queue; a page too slow to keep up
/// loses the oldest events, which is harmless because any later event tells it to reload as well.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Channel<ReloadEvent>, byte> _clients = new();
    private volatile bool _completed;

    /// <summary>Starts receiving events; dispose the subscription when the page goes away.</summary>
    public ReloadSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<ReloadEvent>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients[channel] = 0;
        if (_completed)
        {
            channel.Writer.TryComplete();
        }

        return new ReloadSubscription(this, channel);
    }

    public void Publish(ReloadEvent reloadEvent)
    {
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(reloadEvent);
        }
    }

    /// <summary>Ends every stream, so that the server can stop without waiting for pages to disconnect.</summary>
    public void Complete()
    {
        _completed = true;
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryComplete();
        }
    }

    internal void Unsubscribe(Channel<ReloadEvent> channel)
    {
        _clients.TryRemove(channel, out _);
        channel.Writer.TryComplete();
    }
}
