using System.Diagnostics;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;

namespace Briefing.PreviewBench;

/// <summary>Listens to the preview's event stream like a page does and timestamps every event as it arrives.</summary>
internal sealed class ReloadListener : IAsyncDisposable
{
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Kind, string Version, long Timestamp)> _events = Channel.CreateUnbounded<(string, string, long)>();
    private Task? _reading;

    public async Task ConnectAsync(Uri eventsUrl)
    {
        var response = await _client.GetAsync(eventsUrl, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
        _reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in SseParser.Create(stream).EnumerateAsync(_stop.Token))
                {
                    var arrived = Stopwatch.GetTimestamp();
                    var version = JsonDocument.Parse(item.Data).RootElement.GetProperty("version").GetString() ?? "";
                    _events.Writer.TryWrite((item.EventType, version, arrived));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        _ = await NextAsync("hello", TimeSpan.FromSeconds(30));
    }

    /// <summary>The next event of the given kind (earlier events of other kinds are skipped), with its arrival time.</summary>
    public async Task<(string Version, long Timestamp)> NextAsync(string kind, TimeSpan timeout)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        wait.CancelAfter(timeout);
        while (true)
        {
            var e = await _events.Reader.ReadAsync(wait.Token);
            if (e.Kind == kind)
            {
                return (e.Version, e.Timestamp);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reading is not null)
        {
            await _reading;
        }

        _client.Dispose();
        _stop.Dispose();
    }
}
