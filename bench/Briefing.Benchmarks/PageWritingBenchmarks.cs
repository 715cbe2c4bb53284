using BenchmarkDotNet.Attributes;
using Briefing.Publishing;

namespace Briefing.Benchmarks;

/// <summary>
/// Writing pages into a build's staging folder: 500 pages of about 15 KB (the size of a generated page of
/// <c>bench/compare.sh</c> after layout), each in its own folder, as the Pages pipeline writes them.
/// </summary>
[MemoryDiagnoser]
public class PageWritingBenchmarks
{
    private const int PageCount = 500;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-write-bench-" + Guid.NewGuid().ToString("N")[..8]);
    private OutputStaging _staging = null!;
    private string _page = "";

    [GlobalSetup]
    public void Setup()
    {
        _staging = new OutputStaging(Path.Combine(_folder, "site"));
        _staging.Begin();
        _page = string.Concat(Enumerable.Repeat("<p>Baku’s response has been unusually strong by the standards of post-Soviet regimes.</p>\n", 170));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _staging.Abandon();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Write 500 pages of 15 KB")]
    public async Task WritePages()
    {
        await Parallel.ForAsync(0, PageCount, async (i, token) =>
            await _staging.WriteTextAsync($"bench/page-{i:D5}/index.html", _page, token).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
