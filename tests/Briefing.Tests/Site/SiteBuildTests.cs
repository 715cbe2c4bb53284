using System.Security.Cryptography;
using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Site;

public class SiteBuildTests
{
    [Fact]
    public async Task The_real_site_builds_every_page_without_warnings()
    {
        using var site = TestSite.CopyOfRepository();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        foreach (var page in new[]
        {
            "index.html", "articles/azerbaijan-russia-tensions/index.html", "summaries/index.html", "summaries/background/index.html",
            "summaries/baku-motives/index.html", "summaries/moscow-response/index.html", "summaries/economic-ties/index.html",
            "summaries/outlook/index.html", "timeline/index.html", "assets/site.css", "assets/site.js",
        })
        {
            Assert.True(File.Exists(Path.Combine(site.Output, page)), $"{page} was not written");
        }
    }

    [Fact]
    public async Task The_article_has_seventeen_numbered_paragraphs_and_escapes_seed_text()
    {
        using var site = TestSite.CopyOfRepository();
        var seed = site.Read("seeds/000_f49b7cf66e1737eb.txt");
        site.Write("seeds/000_f49b7cf66e1737eb.txt", seed.Replace("In a matter of days,", "In a <script>alert(1)</script> matter of days,", StringComparison.Ordinal));

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var html = File.ReadAllText(Path.Combine(site.Output, "articles/azerbaijan-russia-tensions/index.html"));
        for (var n = 1; n <= 17; n++)
        {
            Assert.Contains($"id=\"p{n}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id=\"p18\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_builds_are_byte_identical_whatever_the_culture()
    {
        using var site = TestSite.CopyOfRepository();
        var first = Path.Combine(site.Root, "first");
        var second = Path.Combine(site.Root, "second");

        using (new CultureScope("en-US"))
        {
            Assert.True((await site.BuildAsync(first)).Succeeded);
        }

        using (new CultureScope("tr-TR"))
        {
            Assert.True((await site.BuildAsync(second)).Succeeded);
        }

        Assert.Equal(Fingerprint(first), Fingerprint(second));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_untouched_and_names_the_place()
    {
        using var site = TestSite.CopyOfRepository();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Fingerprint(site.Output);
        site.Edit("input/summaries/outlook.md", "(cite:p17)", "(cite:p99)");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("input/summaries/outlook.md", error.Location?.File);
        Assert.True(error.Location!.Line > 1 && error.Location.Column > 1, error.ToString());
        Assert.Contains("paragraph 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("p1 to p17", error.Hint, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task Errors_in_several_files_are_reported_together()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/summaries/outlook.md", "(cite:p17)", "(cite:p0)");
        site.Edit("input/summaries/background.md", "title:", "titel:");
        site.Edit("input/data/timeline.yml", "date: \"2020\"", "date: \"2020-13\"");

        var report = await site.BuildAsync();

        var files = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location?.File).ToList();
        Assert.Contains("input/summaries/outlook.md", files);
        Assert.Contains("input/summaries/background.md", files);
        Assert.Contains("input/data/timeline.yml", files);
    }

    [Fact]
    public async Task Drafts_are_skipped_unless_asked_for()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/summaries/draft-note.md", "---\ntitle: Work in progress\ndraft: true\norder: 9\n---\nNot ready. [¶1](cite:p1)\n");

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "summaries/draft-note/index.html")));

        Assert.True((await site.BuildAsync(drafts: true)).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "summaries/draft-note/index.html")));
    }

    [Fact]
    public async Task A_file_in_input_overrides_the_theme_file_of_the_same_path()
    {
        using var site = TestSite.CopyOfRepository();
        // With the colours the social cards take from it (docs/pictures.md).
        const string stylesheet = "/* the site's own stylesheet */\n:root { --bg: #fff; --text: #000; --muted: #444; --accent: #00c; --rule: #ccc; "
            + "--map-sea: #def; --map-land: #fff; --map-border: #999; --map-shade: #ddf; --map-place: #00c; }\n";
        site.Write("input/assets/site.css", stylesheet);
        site.Write("input/layouts/page.liquid", "<p class=\"custom\">{{ page.title }}</p>{{ content | raw }}");
        site.Write("input/about.md", "---\ntitle: About\n---\nHello.\n");

        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Equal(stylesheet, File.ReadAllText(Path.Combine(site.Output, "assets/site.css")));
        Assert.Contains("<p class=\"custom\">About</p>", File.ReadAllText(Path.Combine(site.Output, "about/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_layout_is_reported_at_its_line_and_column_relative_to_the_site()
    {
        using var site = TestSite.CopyOfRepository();
        var lines = site.Read("theme/layouts/summary.liquid").Split('\n').Length;
        site.Write("input/layouts/summary.liquid", site.Read("theme/layouts/summary.liquid") + "{% if %}\n");

        var error = await site.BuildExpectingOneErrorAsync();
        Assert.Equal("input/layouts/summary.liquid", error.Location?.File);
        Assert.Equal(lines, error.Location?.Line);
        Assert.StartsWith("invalid Liquid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_are_relative_so_the_site_works_under_any_base_path()
    {
        using var site = TestSite.CopyOfRepository();

        Assert.True((await site.BuildAsync(baseUrl: "https://example.github.io/briefing/")).Succeeded);

        var html = File.ReadAllText(Path.Combine(site.Output, "summaries/background/index.html"));
        Assert.Contains("href=\"../../assets/site.css\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../articles/azerbaijan-russia-tensions/#p5\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.github.io/briefing/summaries/background/\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/briefing/", html, StringComparison.Ordinal);
    }

    private static SortedDictionary<string, string> Fingerprint(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }
}
