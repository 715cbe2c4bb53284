using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>One page's stream of reload events; disposing it disconnects the page from the hub.</summary>
internal sealed class ReloadSubscription(LiveReloadHub hub, Channel<ReloadEvent> channel) : IDisposable
{
    public ChannelReader<ReloadEvent> Events => channel.Reader;

    public void Dispose() => hub.Unsubscribe(channel);
}
