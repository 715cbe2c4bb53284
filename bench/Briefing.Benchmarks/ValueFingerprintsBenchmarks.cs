using BenchmarkDotNet.Attributes;
using Briefing.Pipeline.Caching;

namespace Briefing.Benchmarks;

/// <summary>
/// The memo cache's fingerprints of small values, as a preview rebuild makes them for every page's key: 1,000 views
/// of a few short texts, numbers and a date each, small enough that they are hashed again every time rather than
/// remembered. The cost is reading each record's public state.
/// </summary>
[MemoryDiagnoser]
public class ValueFingerprintsBenchmarks
{
    private const int Views = 1_000;

    private readonly ValueFingerprints _values = new();
    private PageLikeView[] _views = [];

    [GlobalSetup]
    public void Setup() =>
        _views = [.. Enumerable.Range(0, Views).Select(i => new PageLikeView(
            $"Page {i}",
            $"pages/{i}/",
            i,
            i % 2 == 0,
            new DateOnly(2025, 7, 1 + (i % 28)),
            new LinkLikeView($"pages/{i + 1}/", "Next", i + 1)))];

    [Benchmark(Description = "Fingerprint 1,000 small views")]
    public Fingerprint FingerprintViews()
    {
        var hasher = FingerprintHasher.Create();
        foreach (var view in _views)
        {
            hasher.Add(_values.Of(view));
        }

        return hasher.Finish();
    }

    public sealed record LinkLikeView(string Url, string Title, int Order);

    public sealed record PageLikeView(string Title, string Url, int Order, bool Listed, DateOnly Date, LinkLikeView Next);
}
