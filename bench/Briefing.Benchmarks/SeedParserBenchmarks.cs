using System.Text;
using BenchmarkDotNet.Attributes;
using Briefing.Seeds;

namespace Briefing.Benchmarks;

/// <summary>
/// Parsing a seed from its UTF-8 bytes: the real seed (8 KB, 27 paragraphs) and the same article with its body
/// paragraphs repeated to about 1 MB, which shows whether the cost grows with the length of the text alone.
/// </summary>
[MemoryDiagnoser]
public class SeedParserBenchmarks
{
    private byte[] _seed = [];
    private byte[] _longSeed = [];

    [GlobalSetup]
    public void Setup()
    {
        var file = Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        _seed = Encoding.UTF8.GetBytes(text);

        var blocks = text.Split("\n\n");
        var body = blocks.Skip(4).Where(b => b.Trim().Length > 0).ToArray();
        var longText = new StringBuilder(string.Join("\n\n", blocks.Take(4)));
        while (longText.Length < 1_000_000)
        {
            foreach (var paragraph in body)
            {
                longText.Append("\n\n").Append(paragraph);
            }
        }

        _longSeed = Encoding.UTF8.GetBytes(longText.ToString());
    }

    // The results are returned as object: a benchmark method must be public and the app's types are internal;
    // BenchmarkDotNet still consumes what is returned, so the parse is not optimised away.
    [Benchmark(Description = "Parse the real seed (8 KB)")]
    public object ParseSeed() => SeedParser.Parse(_seed, "seeds/article.txt");

    [Benchmark(Description = "Parse a 1 MB seed")]
    public object ParseLongSeed() => SeedParser.Parse(_longSeed, "seeds/article.txt");
}
