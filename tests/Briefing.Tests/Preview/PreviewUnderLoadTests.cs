using System.Collections.Concurrent;
using System.Net;

namespace Briefing.Tests.Preview;

/// <summary>
/// A bounded load on the loopback preview server while the site is edited and rebuilt: every page request is
/// answered with a whole page, every traversal attempt is refused, and the edits reach the served site. The
/// figures it prints are the ones in docs/reliability.md; nothing here is timed.
/// </summary>
public sealed class PreviewUnderLoadTests
{
    private const int Clients = 8;
    private const int RequestsPerClient = 250;
    private const int Edits = 10;

    private static readonly string[] Traversals =
    [
        "/briefing/../briefing.yml",
        "/briefing/%2e%2e/%2e%2e/%2e%2e/%2e%2e/briefing.yml",
        "/briefing/..%2f..%2f..%2f..%2fbriefing.yml",
        "/briefing/%5c..%5c..%5c..%5c..%5cbriefing.yml",
        "/briefing//etc/passwd",
    ];

    [Fact]
    public async Task Pages_are_served_whole_and_traversal_refused_while_edits_rebuild_the_site()
    {
        var token = TestContext.Current.CancellationToken;
        await using var preview = await RunningPreview.StartAsync();
        var folder = preview.Session.Current!.Folder;
        var pages = Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .Select(f => preview.Session.BasePath + Path.GetRelativePath(folder, f).Replace('\\', '/')[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToArray();
        var failures = new ConcurrentQueue<string>();
        var served = 0;
        var refused = 0;
        var versions = new ConcurrentDictionary<string, bool>();

        var editing = Task.Run(async () =>
        {
            for (var i = 1; i <= Edits; i++)
            {
                preview.Edit("input/summaries/outlook.md", text => text + $"\nLoad edit {i}.\n");
                await Task.Delay(150, token);
            }
        }, token);
        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < RequestsPerClient; i++)
            {
                versions.TryAdd(preview.Session.Current!.Version, true);
                if (i % 10 == 9)
                {
                    var (status, response) = await preview.RawGetAsync(Traversals[(client + i) % Traversals.Length]);
                    if (status is >= 400 and < 500 && !response.Contains("base_url", StringComparison.Ordinal) && !response.Contains("root:", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref refused);
                    }
                    else
                    {
                        failures.Enqueue($"traversal answered {status}");
                    }

                    continue;
                }

                var path = pages[(client * RequestsPerClient + i) % pages.Length];
                using var reply = await preview.GetAsync(path);
                var body = await reply.Content.ReadAsStringAsync(token);
                if (reply.StatusCode == HttpStatusCode.OK && body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref served);
                }
                else
                {
                    failures.Enqueue($"{path} answered {(int)reply.StatusCode} with {body.Length} characters");
                }
            }
        }, token)).ToList();
        await Task.WhenAll([editing, .. clients]);

        // The last edit reaches the served page once the watcher's rebuild has run.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await preview.GetStringAsync(preview.Session.BasePath + "summaries/outlook/")).Contains($"Load edit {Edits}.", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the last edit never reached the served page");
            await Task.Delay(100, token);
        }

        versions.TryAdd(preview.Session.Current!.Version, true);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{served + refused + failures.Count} requests from {Clients} clients: {served} pages served whole, {refused} traversal attempts refused, " +
            $"{failures.Count} failures; {Edits} edits, {versions.Count - 1} new site versions served");
        Assert.Empty(failures);
        Assert.Equal(Clients * RequestsPerClient, served + refused);
        Assert.True(versions.Count >= 2, "no rebuild was served");
    }
}
