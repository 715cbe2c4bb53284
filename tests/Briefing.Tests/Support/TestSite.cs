using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Preview;
using Briefing.Site;

namespace Briefing.Tests.Support;

/// <summary>
/// A copy of the repository's site (settings, seeds, input, theme) in a temporary folder, to build, break and
/// rebuild without touching the real one.
/// </summary>
public sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    /// <summary>Copies the repository's site into a new temporary folder.</summary>
    public static TestSite CopyOfRepository()
    {
        var root = Directory.CreateTempSubdirectory("briefing-site-").FullName;
        RepositoryFiles.CopySiteTo(root);

        return new TestSite(root);
    }

    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static TestSite? _builtTemplate;

    /// <summary>A copy of the repository's site with its output already built (copied from one build shared by all callers).</summary>
    public static async Task<TestSite> BuiltCopyOfRepositoryAsync()
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (_builtTemplate is null)
            {
                var template = CopyOfRepository();
                var report = await SiteBuild.RunAsync(template.Options());
                if (!report.Succeeded)
                {
                    throw new InvalidOperationException("the repository's site did not build:\n" + string.Join('\n', report.Diagnostics));
                }

                _builtTemplate = template;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
            }
        }
        finally
        {
            TemplateGate.Release();
        }

        var root = Directory.CreateTempSubdirectory("briefing-site-").FullName;
        RepositoryFiles.CopyFolder(_builtTemplate.Root, root);
        return new TestSite(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>A path in the default output folder, e.g. <c>summaries/outlook/index.html</c>.</summary>
    public string OutputPathOf(string relative) => Path.Combine(Output, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public string ReadOutput(string relative) => File.ReadAllText(OutputPathOf(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a file; fails if it is not there.</summary>
    public void Edit(string relative, string find, string replace)
    {
        var text = Read(relative);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{find}' is not in {relative}");
        }

        Write(relative, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
    }

    public void Append(string relative, string text) => Write(relative, Read(relative) + text);

    /// <summary>Moves a file, e.g. to rename a page.</summary>
    public void Move(string fromRelative, string toRelative) => File.Move(PathOf(fromRelative), PathOf(toRelative));

    internal BuildOptions Options(string? output = null, string? baseUrl = null, bool drafts = false) => new()
    {
        SiteRoot = Root,
        OutputDirectory = output ?? Output,
        BaseUrlOverride = baseUrl,
        IncludeDrafts = drafts,
    };

    internal Task<BuildReport> BuildAsync(string? output = null, string? baseUrl = null, bool drafts = false) =>
        SiteBuild.RunAsync(Options(output, baseUrl, drafts), TestContext.Current.CancellationToken);

    /// <summary>Builds, expecting exactly one error (warnings are allowed), and returns it.</summary>
    public async Task<Diagnostic> BuildExpectingOneErrorAsync(string? output = null, string? baseUrl = null, bool drafts = false)
    {
        var report = await BuildAsync(output, baseUrl, drafts);
        return Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system must not fail the test that used the site.
        }
    }
}
