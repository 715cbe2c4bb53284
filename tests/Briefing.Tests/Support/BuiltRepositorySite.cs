using Briefing.Core;


namespace Briefing.Tests.Support;

/// <summary>
/// A class fixture: the repository's site copied and built once under <see cref="BaseUrl"/>, shared by the tests of
/// a class. The build must succeed; the tests then read <see cref="Output"/>.
/// </summary>
public abstract class BuiltRepositorySite : IAsyncLifetime
{
    private TestSite? _site;

    public abstract Uri BaseUrl { get; }

    public TestSite Site => _site ?? throw new InvalidOperationException("the site has not been built yet");

    public string Output => Site.Output;

    internal BuildReport Report { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _site = TestSite.CopyOfRepository();
        Report = await _site.BuildAsync(baseUrl: BaseUrl.AbsoluteUri);
        if (!Report.Succeeded)
        {
            throw new InvalidOperationException("the repository's site did not build:\n" + string.Join('\n', Report.Diagnostics));
        }
    }

    public ValueTask DisposeAsync()
    {
        _site?.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
