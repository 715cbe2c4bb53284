using System.Net;
using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class PreviewServerTests
{
    private const string Summary = "input/summaries/background.md";
    private const string SummaryPage = "/briefing/summaries/background/";

    [Fact]
    public async Task Serves_pages_under_the_base_path_as_html_without_caching()
    {
        await using var preview = await RunningPreview.StartAsync(watch: false);

        using var home = await preview.GetAsync("/briefing/");
        using var summary = await preview.GetAsync(SummaryPage);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", home.Headers.CacheControl?.ToString());
        Assert.Contains("<title>Azerbaijan and Russia", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Contains(">Background</h1>", await summary.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/briefing/assets/site.css", "text/css; charset=utf-8")]
    [InlineData("/briefing/assets/site.js", "text/javascript; charset=utf-8")]
    public async Task Serves_assets_with_their_content_type(string path, string type)
    {
        await using var preview = await RunningPreview.StartAsync(watch: false);

        using var response = await preview.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/", HttpStatusCode.Found, "/briefing/")]
    [InlineData("/briefing", HttpStatusCode.MovedPermanently, "/briefing/")]
    [InlineData("/briefing/summaries", HttpStatusCode.MovedPermanently, "/briefing/summaries/")]
    public async Task Redirects_to_the_base_path_and_to_folders_with_a_trailing_slash(string path, HttpStatusCode status, string location)
    {
        await using var preview = await RunningPreview.StartAsync(watch: false);

        using var response = await preview.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/briefing/no-such-page/")]
    [InlineData("/briefing/assets/no-such-file.css")]
    [InlineData("/elsewhere/")]
    public async Task Unknown_paths_get_the_sites_404_page_with_status_404(string path)
    {
        await using var preview = await RunningPreview.StartAsync(watch: false);

        using var response = await preview.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var built = File.ReadAllText(Path.Combine(preview.Session.Current!.Folder, "404.html"));
        Assert.Equal(LiveReloadScript.Inject(built, preview.Session.Current.Version), page);
    }

    [Theory]
    [InlineData("/briefing/../briefing.yml")]
    [InlineData("/briefing/../../../../briefing.yml")]
    [InlineData("/briefing/%2e%2e/%2e%2e/%2e%2e/%2e%2e/briefing.yml")]
    [InlineData("/briefing/%2E%2E/%2E%2E/%2E%2E/%2E%2E/briefing.yml")]
    [InlineData("/briefing/..%2f..%2f..%2f..%2fbriefing.yml")]
    [InlineData("/briefing/..\\..\\..\\..\\briefing.yml")]
    [InlineData("/briefing/%5c..%5c..%5c..%5c..%5cbriefing.yml")]
    [InlineData("/briefing//etc/passwd")]
    [InlineData("/briefing/C:/Windows/win.ini")]
    [InlineData("/briefing/./index.html")]
    public async Task Refuses_paths_that_could_leave_the_site(string target)
    {
        await using var preview = await RunningPreview.StartAsync(watch: false);

        var (status, response) = await preview.RawGetAsync(target);

        Assert.InRange(status, 400, 499);
        Assert.DoesNotContain("base_url", response, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adds_the_live_reload_script_to_served_pages_only()
    {
        await using var preview = await RunningPreview.StartAsync(watch: false);

        var page = await preview.GetStringAsync(SummaryPage);
        using var script = await preview.GetAsync(LiveReloadScript.ScriptPath);

        Assert.Contains($"<script src=\"{LiveReloadScript.ScriptPath}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var built = Directory.EnumerateFiles(preview.Session.Current!.Folder, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(built);
        Assert.All(built, file => Assert.DoesNotContain(LiveReloadScript.ScriptPath, File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_live_reload_pages_are_served_as_built()
    {
        await using var preview = await RunningPreview.StartAsync(liveReload: false, watch: false);

        var page = await preview.GetStringAsync(SummaryPage);
        using var events = await preview.GetAsync(LiveReloadScript.EventsPath);

        Assert.DoesNotContain(LiveReloadScript.ScriptPath, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
        Assert.Equal(File.ReadAllText(Path.Combine(preview.Session.Current!.Folder, "summaries", "background", "index.html")), page);
    }

    [Fact]
    public async Task An_edit_to_a_summary_is_served_next_and_announced_as_a_reload()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();
        var hello = await events.NextAsync(ReloadEvent.Hello);

        preview.Edit(Summary, text => text + "\nA sentence written during the preview.\n");
        var reload = await events.NextAsync(ReloadEvent.Reload);

        var changed = reload.GetProperty("changed").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("summaries/background/index.html", changed);
        Assert.DoesNotContain("summaries/outlook/index.html", changed);
        Assert.NotEqual(hello.GetProperty("version").GetString(), reload.GetProperty("version").GetString());
        Assert.Contains("A sentence written during the preview.", await preview.GetStringAsync(SummaryPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_front_matter_is_reported_and_the_last_good_page_kept()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();
        await events.NextAsync(ReloadEvent.Hello);
        var before = await preview.GetStringAsync(SummaryPage);

        preview.Edit(Summary, text => text.Replace("title: Background", "title: \"Background", StringComparison.Ordinal));
        var failure = await events.NextAsync(ReloadEvent.Error);

        var error = Assert.Single(failure.GetProperty("errors").EnumerateArray());
        Assert.Equal(Summary, error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.Contains("YAML", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await preview.GetStringAsync(SummaryPage));

        // A page opened now learns about the errors as soon as it connects.
        await using (var late = await preview.EventsAsync())
        {
            var hello = await late.NextAsync(ReloadEvent.Hello);
            Assert.Equal(1, hello.GetProperty("errors").GetArrayLength());
        }

        preview.Edit(Summary, text => text.Replace("title: \"Background", "title: Background", StringComparison.Ordinal));
        var (kind, fixedState) = await events.NextAsync();

        Assert.True(kind is ReloadEvent.Clear or ReloadEvent.Reload, kind);
        Assert.Equal(0, fixedState.GetProperty("errors").GetArrayLength());
        Assert.Empty(preview.Session.Errors);
    }

    [Fact]
    public async Task A_stylesheet_change_is_announced_as_css_only()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();
        await events.NextAsync(ReloadEvent.Hello);

        preview.Edit("theme/assets/site.css", css => css + "\n.preview-test { color: inherit; }\n");
        var css = await events.NextAsync();

        Assert.Equal(ReloadEvent.Css, css.Kind);
        Assert.Equal(["assets/site.css"], css.Data.GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(".preview-test", await preview.GetStringAsync("/briefing/assets/site.css"), StringComparison.Ordinal);
    }
}
