using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;

namespace Briefing.Tests.Preview;

/// <summary>Reads the preview's live-reload stream as a page does, and hands out its events in order.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Kind, JsonElement Data)> _events = Channel.CreateUnbounded<(string, JsonElement)>();
    private Task _reading = Task.CompletedTask;

    public static async Task<EventStream> ConnectAsync(HttpClient client, string path = "/_briefing/events")
    {
        var stream = new EventStream();
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, stream._stop.Token);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync(stream._stop.Token);
        stream._reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in SseParser.Create(body).EnumerateAsync(stream._stop.Token))
                {
                    stream._events.Writer.TryWrite((item.EventType, JsonDocument.Parse(item.Data).RootElement.Clone()));
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
            {
            }
            finally
            {
                stream._events.Writer.TryComplete();
            }
        });
        return stream;
    }

    /// <summary>The next event, whatever its kind; fails the test if none comes within <see cref="Patience"/>.</summary>
    public async Task<(string Kind, JsonElement Data)> NextAsync()
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, TestContext.Current.CancellationToken);
        wait.CancelAfter(Patience);
        return await _events.Reader.ReadAsync(wait.Token);
    }

    /// <summary>Skips events until one of the given kind arrives.</summary>
    public async Task<JsonElement> NextAsync(string kind)
    {
        while (true)
        {
            var (k, data) = await NextAsync();
            if (k == kind)
            {
                return data;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }
}
