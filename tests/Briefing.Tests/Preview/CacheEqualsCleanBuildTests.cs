using Briefing.Core;
using Briefing.Preview;
using Briefing.Publishing;
using Briefing.Site;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

/// <summary>
/// The cache must never change what is built: within one preview session (one memo cache across rebuilds), each
/// kind of input is edited in turn, and after each edit the rebuilt site must be byte for byte the site a clean
/// build (no cache) makes from the same sources.
/// </summary>
public sealed class CacheEqualsCleanBuildTests
{
    private const string Seed = "seeds/000_f49b7cf66e1737eb.txt";

    private const string NewTerm = """
        ---
        term: ethnic Azerbaijanis
        short: "People of Azerbaijani ethnicity; the arrest of several dozen of them in Yekaterinburg began the standoff, the article says."
        sources: [p1]
        ---

        Several dozen ethnic Azerbaijanis were arrested in the Russian city of Yekaterinburg, the article says. [¶1](cite:p1)

        """;

    // The glossary's slugs come from the term files read in the same build, so a term added during the session is
    // a link target at once.
    private const string XrefToNewTerm = "\nThe standoff began with [the arrests](xref:ethnic-azerbaijanis).\n";

    /// <summary>
    /// One edit per kind of input, in order (a missing file is read as null, and a null result deletes the file);
    /// each leaves a site that builds, and each changes what is built.
    /// </summary>
    private static readonly (string Name, string File, Func<string?, string?> Change)[] Edits =
    [
        ("seed text", Seed, text => Once(text, "unexpectedly become unprecedentedly strained", "suddenly become strained")),
        ("seed sidecar", "seeds/000_f49b7cf66e1737eb.yml", text => Once(text, "publisher: Carnegie Endowment for International Peace", "publisher: Carnegie Endowment")),
        ("summary body", "input/summaries/outlook.md", text => text + "\nOne more sentence about the outlook.\n"),
        ("summary title", "input/summaries/outlook.md", text => Once(text, "title: Outlook", "title: What comes next")),
        ("new glossary term", "input/glossary/ethnic-azerbaijanis.md", _ => NewTerm),
        ("a page links the new term", "input/summaries/outlook.md", text => text + XrefToNewTerm),
        ("the page's link to the new term removed", "input/summaries/outlook.md", text => Once(text, XrefToNewTerm, "")),
        ("glossary term", "input/glossary/kremlin.md", text => Once(text, "The seat of the Russian presidency in Moscow", "The seat of Russia’s presidency in Moscow")),
        ("deleted glossary term", "input/glossary/ethnic-azerbaijanis.md", _ => null),
        ("a place's coordinates", "input/glossary/yekaterinburg.md", text => Once(text, "place: { lat: 56.84, lon: 60.61 }", "place: { lat: 56.5, lon: 60.61 }")),
        ("a place's label", "input/glossary/kremlin.md", text => Once(text, "label: Moscow", "label: Moskva")),
        ("the map's country data", "theme/data/countries.geojson", text => Once(text, "\"name\":\"Kazakhstan\"", "\"name\":\"Qazaqstan\"")),
        ("timeline data", "input/data/timeline.yml", text => Once(text, "title: \"Ilham Aliyev succeeds his father as president\"", "title: \"Ilham Aliyev follows his father as president\"")),
        ("timeline page", "input/timeline.md", text => text + "\nSee the article for the full account.\n"),
        ("outside sources", "input/data/sources.yml", text => Once(text, "title: \"Azerbaijan: Ilham Aliyev Sworn In As New President\"", "title: \"Ilham Aliyev sworn in as president\"")),
        ("key figures", "input/data/figures.yml", text => Once(text, "according to official data alone", "by official figures alone")),
        ("home page", "input/index.md", text => text + "\nStart with the article.\n"),
        ("a template", "theme/partials/article-body.liquid", text => Once(text, "Copy link</button>", "Copy the link</button>")),
        ("a layout", "theme/layouts/default.liquid", text => text + "\n<!-- edited frame -->\n"),
        ("an asset", "theme/assets/site.css", text => text + "\n/* edited */\n"),
        ("settings: title", "briefing.yml", text => Once(text, "title: \"Azerbaijan and Russia: the July 2025 standoff\"", "title: \"Azerbaijan and Russia in July 2025\"")),
        ("settings: base_url host", "briefing.yml", text => Once(text, "https://example.github.io/briefing/", "https://another.example.org/briefing/")),
        ("settings: base_url path", "briefing.yml", text => Once(text, "https://another.example.org/briefing/", "https://another.example.org/")),
        ("settings: publisher", "briefing.yml", text => Once(text, "publisher: \"Briefing\"", "publisher: \"Briefing desk\"")),
    ];

    [Fact]
    public async Task After_every_kind_of_edit_the_preview_builds_what_a_clean_build_builds()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var site = SiteCopy.Create();
        using var clean = new TemporaryDirectory();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        var first = await session.RebuildAsync([], cancel);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        var failures = new List<string>();
        var before = Files(session.Current!.Folder);
        foreach (var (name, file, change) in Edits)
        {
            Apply(site, file, change);
            var rebuilt = await session.RebuildAsync([file], cancel);
            Assert.True(rebuilt.Succeeded, $"{name}: " + string.Join('\n', rebuilt.Diagnostics));

            var output = clean.Combine(failures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]);
            var report = await SiteBuild.RunAsync(new BuildOptions { SiteRoot = site.Path, OutputDirectory = output, CheckLinks = false }, cancel);
            Assert.True(report.Succeeded, $"{name}, clean build: " + string.Join('\n', report.Diagnostics));

            var preview = Files(session.Current!.Folder);
            var expected = Files(output);
            Assert.False(SameFiles(before, expected), $"the edit '{name}' changes nothing built, so it tests nothing");
            if (Differences(preview, expected) is { Count: > 0 } differences)
            {
                failures.Add($"{name}: {string.Join(", ", differences.Take(5))}{(differences.Count > 5 ? $" and {differences.Count - 5} more" : "")}");
            }

            before = expected;
            Directory.Delete(output, recursive: true);
        }

        Assert.True(failures.Count == 0, "the preview's rebuild differs from a clean build after:\n" + string.Join('\n', failures));
    }

    private static void Apply(TemporaryDirectory site, string file, Func<string?, string?> change)
    {
        if (change(site.Exists(file) ? site.Read(file) : null) is { } text)
        {
            site.Write(file, text);
        }
        else
        {
            File.Delete(site.Combine(file.Split('/')));
        }
    }

    private static string Once(string? text, string from, string to)
    {
        Assert.NotNull(text);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the file any more; update the edit");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    /// <summary>Every file of a built site (the output marker aside) by its path, with its bytes.</summary>
    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .Where(f => f.Path != OutputFolderRules.MarkerFileName)
            .ToDictionary(f => f.Path, f => File.ReadAllBytes(f.File), StringComparer.Ordinal);

    private static bool SameFiles(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) => Differences(a, b).Count == 0;

    private static List<string> Differences(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected) =>
    [
        .. expected.Keys.Except(actual.Keys).Select(p => p + " (missing)"),
        .. actual.Keys.Except(expected.Keys).Select(p => p + " (extra)"),
        .. expected.Keys.Intersect(actual.Keys).Where(p => !actual[p].AsSpan().SequenceEqual(expected[p])).Order(StringComparer.Ordinal),
    ];
}
