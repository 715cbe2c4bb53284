using System.Diagnostics;
using System.Globalization;
using System.Net;
using Briefing.Core;
using Briefing.Preview;
using Briefing.Site;

namespace Briefing.PreviewBench;

/// <summary>
/// One measured site: a preview session and server on a free port, a listener on the event stream, and a
/// series of edits, each timed from the moment the file is written to the moment the event reaches the listener.
/// </summary>
internal sealed class Scenario(string name, string siteRoot, bool trace)
{
    /// <summary>How many of a rebuild's slowest steps --trace prints.</summary>
    private const int TracedSteps = 8;

    /// <summary>Long enough that one edit's rebuild and its background catch-up are over before the next edit.</summary>
    private static readonly TimeSpan PauseBetweenEdits = TimeSpan.FromMilliseconds(250);

    private readonly List<(double Elapsed, long Ended, RebuildResult Result)> _rebuilds = [];

    public async Task<IReadOnlyList<Measurement>> RunAsync(IReadOnlyList<EditKind> edits, int repetitions)
    {
        var hub = new LiveReloadHub();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = siteRoot }, hub, SiteBuild.RunAsync, r =>
        {
            lock (_rebuilds)
            {
                _rebuilds.Add((r.Elapsed.TotalMilliseconds, Stopwatch.GetTimestamp(), r));
            }
        });
        await using var server = await PreviewServer.StartAsync(new ServerOptions(IPAddress.Loopback, 0), session, hub, CancellationToken.None);
        session.StartWatching();
        var first = await session.RebuildAsync([], CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: first build {first.Elapsed.TotalMilliseconds:0} ms, {first.OutputChanged.Count} files"));

        using var watching = new CancellationTokenSource();
        var watch = session.WatchAsync(watching.Token);
        await using var listener = new ReloadListener();
        await listener.ConnectAsync(new Uri(server.Address, LiveReloadScript.EventsPath));

        var results = new List<Measurement>();
        foreach (var edit in edits)
        {
            // Warm-up edits let the JIT and the cache settle; they are not counted.
            for (var i = -3; i < repetitions; i++)
            {
                var (latency, rebuild) = await EditOnceAsync(listener, edit, i + 4);
                if (i >= 0)
                {
                    results.Add(new Measurement(name, edit.Name, latency, rebuild));
                }

                await Task.Delay(PauseBetweenEdits);
            }
        }

        await watching.CancelAsync();
        try
        {
            await watch;
        }
        catch (OperationCanceledException)
        {
        }

        return results;
    }

    private async Task<(double Latency, double Rebuild)> EditOnceAsync(ReloadListener listener, EditKind edit, int serial)
    {
        lock (_rebuilds)
        {
            _rebuilds.Clear();
        }

        var file = Path.Combine(siteRoot, edit.File);
        var text = edit.Change(File.ReadAllText(file), serial);
        var written = Stopwatch.GetTimestamp();
        await File.WriteAllTextAsync(file, text);
        var (_, arrived) = await listener.NextAsync(edit.Expected, TimeSpan.FromSeconds(30));
        var latency = Stopwatch.GetElapsedTime(written, arrived).TotalMilliseconds;
        lock (_rebuilds)
        {
            if (_rebuilds.Count > 0 && trace)
            {
                var (elapsed, ended, result) = _rebuilds[^1];
                var start = Stopwatch.GetElapsedTime(written, ended).TotalMilliseconds - elapsed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {edit.Name}: builds {_rebuilds.Count}, start +{start:0.0}, build {elapsed:0.0}, notify {Stopwatch.GetElapsedTime(ended, arrived).TotalMilliseconds:0.0}, total {latency:0.0}"));
                Console.WriteLine("    run: " + string.Join(", ", result.CacheSteps.Where(c => c.Misses > 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Step} {c.Misses}/{c.Hits + c.Misses}"))));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    cards: kept {result.MadeFiles.Kept}, copied {result.MadeFiles.Copied}, drawn {result.MadeFiles.Made}; writing them {CardsWriting(result):0.0} ms"));
                Console.WriteLine("    slowest: " + string.Join(", ", result.Timings.Take(TracedSteps).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Pipeline}/{t.Module} {t.Elapsed.TotalMilliseconds:0.0}"))));
            }

            return (latency, _rebuilds.Count == 0 ? double.NaN : _rebuilds[^1].Elapsed);
        }
    }

    /// <summary>The time the cards' pipeline spent writing its files (keeping, copying or drawing the cards).</summary>
    private static double CardsWriting(RebuildResult result) =>
        result.Timings.Where(t => t.Pipeline == SitePipelines.Cards && t.Module == nameof(Briefing.Publishing.WriteFiles)).Sum(t => t.Elapsed.TotalMilliseconds);
}
