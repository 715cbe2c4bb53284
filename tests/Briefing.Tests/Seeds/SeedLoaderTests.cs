using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;

namespace Briefing.Tests.Seeds;

public sealed class SeedLoaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-seeds-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task WithoutSidecarTheSlugComesFromTheTitle()
    {
        var seed = Write("a.txt", "Why Is Azerbaijan Ramping Up Tensions With Russia?\n\nJuly 7, 2025\n\nBody.");

        var loaded = await SeedLoader.LoadAsync(seed, TestContext.Current.CancellationToken);

        Assert.Equal(SeedSidecar.Empty, loaded.Sidecar);
        Assert.Equal("Why Is Azerbaijan Ramping Up Tensions With Russia?", loaded.Title);
        Assert.Equal("why-is-azerbaijan-ramping-up-tensions-with-russia", loaded.Slug);
        Assert.Equal("Body.", Assert.Single(loaded.Article.Paragraphs).Text);
    }

    [Fact]
    public async Task SidecarOverridesTitleAndSlug()
    {
        var seed = Write("b.txt", "Text Title\n\nJuly 7, 2025\n\nBody.");
        Write("b.yml", "title: Better Title\nslug: chosen\nauthor: Jane Doe\n");

        var loaded = await SeedLoader.LoadAsync(seed, TestContext.Current.CancellationToken);

        Assert.Equal("Better Title", loaded.Title);
        Assert.Equal("chosen", loaded.Slug);
        Assert.Equal("Jane Doe", loaded.Sidecar.Author);
        Assert.Equal("Text Title", loaded.Article.Title);
    }

    [Fact]
    public async Task TitleWithoutMappableLettersAsksForASlugInTheSidecar()
    {
        var seed = Write("c.txt", "東京\n\nJuly 7, 2025\n\nBody.");

        var error = await Assert.ThrowsAsync<DiagnosticException>(
            () => SeedLoader.LoadAsync(seed, TestContext.Current.CancellationToken));

        Assert.Contains(Path.ChangeExtension(seed, ".yml"), Assert.Single(error.Diagnostics).Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SidecarErrorsNameTheSidecar()
    {
        var seed = Write("d.txt", "T\n\nJuly 7, 2025\n\nBody.");
        var sidecar = Write("d.yml", "autor: X\n");

        var error = await Assert.ThrowsAsync<DiagnosticException>(
            () => SeedLoader.LoadAsync(seed, TestContext.Current.CancellationToken));

        Assert.Equal(new SourceLocation(sidecar, 1, 1), Assert.Single(error.Diagnostics).Location);
    }
}
