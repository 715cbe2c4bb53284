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

    private readonly string folder = Path.Combine(Path.GetTempPath(), "briefing-write-bench-" + Guid.NewGuid().ToString("N")[..8]);
    private OutputStaging staging = null!;
    private string page = "";

    [GlobalSetup]
    public void Setup()
    {
        staging = new OutputStaging(Path.Combine(folder, "site"));
        staging.Begin();
        page = string.Concat(Enumerable.Repeat("<p>Baku’s response has been unusually strong by the standards of post-Soviet regimes.</p>\n", 170));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        staging.Abandon();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Description = "Write 500 pages of 15 KB")]
    public async Task WritePages()
    {
        await Parallel.ForAsync(0, PageCount, async (i, token) =>
            await staging.WriteTextAsync($"bench/page-{i:D5}/index.html", page, token).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
