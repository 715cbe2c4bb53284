namespace Briefing.BrowserTests.Support;

/// <summary>The repository's site built once into a temporary folder, with its default settings.</summary>
public sealed class OutputFixture : IAsyncLifetime
{
    private string? _root;
    private BuiltSite? _site;

    public BuiltSite Site => _site ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async ValueTask InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("briefing-output-").FullName;
        _site = await BuiltSite.BuildAsync(_root, Path.Combine(_root, "output"), null, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _site?.Dispose();
        if (_site is null && _root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
