using BenchmarkDotNet.Attributes;
using Briefing.Content;

namespace Briefing.Benchmarks;

/// <summary>
/// The site's Markdown configuration (<see cref="MarkdownParser"/>) parsing and rendering every page under
/// <c>input/</c> of the real site, as the build's Markdown step does before citations and links are resolved.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private readonly MarkdownParser _parser = new();
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup() =>
        _pages = [.. Directory.GetFiles(RepositoryFiles.PathOf("input"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)];

    [Benchmark(Description = "Parse + render every page of input/")]
    public int ParseAndRenderAll()
    {
        var length = 0;
        foreach (var page in _pages)
        {
            length += _parser.Render(_parser.Parse(page)).Length;
        }

        return length;
    }
}
