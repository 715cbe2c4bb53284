using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefing.Core;
using Briefing.Site;
using Briefing.Tests.Support;

namespace Briefing.Tests.Glossary;

/// <summary>The repository's real site, built once for a test class that only reads the output.</summary>
public sealed class BuiltRealSite : IAsyncLifetime
{
    public const string BaseUrl = "https://example.github.io/briefing/";

    private readonly TestSite site = TestSite.CopyOfRepository();

    internal BuildReport Report { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Report = await SiteBuild.RunAsync(site.Options(baseUrl: BaseUrl), CancellationToken.None);

    public string OutputFolder => site.Output;

    public string Html(string page) => File.ReadAllText(Path.Combine(site.Output, page));

    public IHtmlDocument Page(string page) => new HtmlParser().ParseDocument(Html(page));

    public ValueTask DisposeAsync()
    {
        site.Dispose();
        return ValueTask.CompletedTask;
    }
}
