using BenchmarkDotNet.Attributes;
using Briefing.Core;
using Briefing.Site;

namespace Briefing.Benchmarks;

/// <summary>
/// A whole build of the real site inside one warm process: every step, from reading the seed to checking the
/// links and writing the output folder. Compared with the cold process that <c>briefing build</c> is (see
/// docs/benchmarks.md), the difference is what start-up and first-use work (JIT, type loading) cost.
/// </summary>
[MemoryDiagnoser]
public class SiteBuildBenchmarks
{
    private string _work = "";
    private BuildOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _work = Directory.CreateTempSubdirectory("briefing-bench-").FullName;
        var site = Path.Combine(_work, "site");
        RepositoryFiles.CopySiteTo(site);

        _options = new BuildOptions { SiteRoot = site, OutputDirectory = Path.Combine(_work, "out") };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);

    [Benchmark(Description = "Build the real site (warm process)")]
    public async Task<int> BuildRealSite()
    {
        var report = await SiteBuild.RunAsync(_options).ConfigureAwait(false);
        return report.Succeeded
            ? report.PagesWritten
            : throw new InvalidOperationException($"the build failed: {string.Join("; ", report.Diagnostics.Select(d => d.Message))}{report.Refusal}");
    }
}
