using Briefing.Pipeline;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Modules;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Pipeline;

public sealed class ReadFilesTests
{
    [Fact]
    public async Task Reads_files_in_ordinal_order_with_site_relative_sources()
    {
        using var root = new TemporaryDirectory();
        root.Write("input/b.md", "B");
        root.Write("input/a/z.md", "Z");
        root.Write("input/a.md", "A");

        var documents = await ReadAsync(root, null);

        Assert.Equal(["input/a.md", "input/a/z.md", "input/b.md"], documents.Select(d => d.Source));
        Assert.Equal(["A", "Z", "B"], documents.Select(d => d.Content));
    }

    [Fact]
    public async Task With_source_files_remembered_an_unchanged_file_comes_back_as_the_same_document()
    {
        using var root = new TemporaryDirectory();
        root.Write("input/a.md", "A");
        root.Write("input/b.md", "B");
        var sources = new SourceFiles();
        var first = await ReadAsync(root, sources);

        var file = root.Write("input/b.md", "b");
        sources.Changed(file);
        var second = await ReadAsync(root, sources);

        Assert.Same(first[0], second[0]);
        Assert.Equal("b", second[1].Content);
    }

    [Fact]
    public async Task A_file_whose_size_changed_is_read_again_even_unannounced()
    {
        using var root = new TemporaryDirectory();
        root.Write("input/a.md", "A");
        var sources = new SourceFiles();
        await ReadAsync(root, sources);

        root.Write("input/a.md", "A longer text");
        var second = await ReadAsync(root, sources);

        Assert.Equal("A longer text", second[0].Content);
    }

    private static async Task<IReadOnlyList<Document>> ReadAsync(TemporaryDirectory root, SourceFiles? sources)
    {
        var engine = new Engine(
            [new Briefing.Pipeline.Pipeline { Name = "read", Input = [new ReadFiles(root.Path, "input", "*.md")] }],
            sources is null ? [] : [sources]);
        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);
        return result.Outputs["read"];
    }
}
