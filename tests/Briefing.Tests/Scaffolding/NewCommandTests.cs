using Briefing.Cli;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Snapshots;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scaffolding;

/// <summary><c>briefing new</c> and <c>briefing add-article</c> on the repository's own seed, from a clean folder.</summary>
public sealed class NewCommandTests
{
    private const string Seed = "seeds/000_f49b7cf66e1737eb.txt";
    private const string Slug = "why-is-azerbaijan-ramping-up-tensions-with-russia";

    internal static async Task<(int Code, string Out, string Error)> RunAsync(string directory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingCli.RunAsync(args, output, error, directory, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task New_writes_a_site_named_after_the_article_with_the_seed_unchanged()
    {
        using var folder = new TemporaryDirectory();

        var (code, output, error) = await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed));

        Assert.Equal((ExitCodes.Success, ""), (code, error));
        var site = folder.Combine(Slug);
        Assert.Equal(File.ReadAllBytes(RepositoryFiles.PathOf(Seed)), File.ReadAllBytes(Path.Combine(site, Seed)));
        var settings = File.ReadAllText(Path.Combine(site, "briefing.yml"));
        Assert.Contains("title: \"Why Is Azerbaijan Ramping Up Tensions With Russia?\"", settings, StringComparison.Ordinal);
        Assert.Contains($"article: {Slug}", settings, StringComparison.Ordinal);
        Assert.Contains("# base_url:", settings, StringComparison.Ordinal);
        var sidecar = File.ReadAllText(Path.Combine(site, "seeds/000_f49b7cf66e1737eb.yml"));
        Assert.Contains($"slug: {Slug}", sidecar, StringComparison.Ordinal);
        Assert.Contains("credit \u201C\u0424\u043E\u0442\u043E: Getty Images\u201D", sidecar, StringComparison.Ordinal);
        // Nothing the text does not state: author and publisher only as comments.
        Assert.DoesNotMatch("(?m)^(author|publisher|source_url):", sidecar);
        foreach (var file in new[] { "input/index.md", "input/summaries/background.md", "input/timeline.md", "input/data/timeline.yml", "README.md", "CANDIDATES.md", "input/glossary/nagorno-karabakh.md", "input/glossary/it.md" })
        {
            Assert.True(File.Exists(Path.Combine(site, file)), file);
        }

        Assert.Contains("glossary draft(s)", output, StringComparison.Ordinal);
        Assert.Contains("About 46 percent (p15)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_carry_their_paragraphs_and_sentences()
    {
        using var folder = new TemporaryDirectory();
        await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed), "site");

        var term = folder.Read("site/input/glossary/nagorno-karabakh.md");
        Assert.Contains("term: \"Nagorno-Karabakh\"\naliases: [\"Karabakh\"]\n", term, StringComparison.Ordinal);
        Assert.Contains("sources: [p5, p8, p9]\ndraft: true\n", term, StringComparison.Ordinal);
        Assert.Contains("#   p5: \u201CFirst, Russian peacekeepers deployed to the disputed area of Nagorno-Karabakh", term, StringComparison.Ordinal);
        Assert.Contains("case_sensitive: true", folder.Read("site/input/glossary/it.md"), StringComparison.Ordinal);

        var timeline = folder.Read("site/input/data/timeline.yml");
        Assert.Contains("  - date: \"2010\"\n    label: \"About 2010\"\n    approximate: true\n", timeline, StringComparison.Ordinal);
        Assert.Contains("  - date: \"2023-09\"\n", timeline, StringComparison.Ordinal);
        Assert.Contains("cites: [p5, p8]", timeline, StringComparison.Ordinal);
        Assert.Contains("  - date: \"2025-07-07\"\n    title: \"Article published\"", timeline, StringComparison.Ordinal);
        // Oldest first.
        Assert.True(timeline.IndexOf("\"2003\"", StringComparison.Ordinal) < timeline.IndexOf("\"2010\"", StringComparison.Ordinal));
        Assert.Contains("**more than 300,000**: count 300000, qualified \u201Cmore than\u201D, p15", folder.Read("site/CANDIDATES.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_article_gives_the_same_files()
    {
        using var folder = new TemporaryDirectory();
        await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed), "a");
        using (new CultureScope("de-DE"))
        {
            await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed), "b");
        }

        var a = Directory.GetFiles(folder.Combine("a"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Combine("a"), f)).Order(StringComparer.Ordinal).ToList();
        var b = Directory.GetFiles(folder.Combine("b"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Combine("b"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(a, b);
        Assert.All(a, f => Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Combine("a"), f)), File.ReadAllBytes(Path.Combine(folder.Combine("b"), f))));
    }

    [Fact]
    public async Task A_non_empty_folder_is_refused_with_exit_2_and_left_alone()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("site/notes.txt", "mine");

        var (code, _, error) = await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed), "site");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("error: the folder 'site' is not empty", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder.Combine("site")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_empty_folder_is_used_and_a_missing_article_is_exit_2()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Combine("empty"));

        var (code, _, _) = await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed), "empty");
        var (missing, _, error) = await RunAsync(folder.Path, "new", "nowhere.txt", "other");

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(folder.Exists("empty/briefing.yml"));
        Assert.Equal(ExitCodes.UsageError, missing);
        Assert.Contains("no article at 'nowhere.txt'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("other")));
    }

    [Fact]
    public async Task An_empty_article_is_a_content_error_at_its_line()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("empty.txt", "\n\n");

        var (code, _, error) = await RunAsync(folder.Path, "new", "empty.txt", "site");

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("empty.txt:1:1: error: the seed is empty", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("site")));
    }
}
