using System.Text.RegularExpressions;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Robustness;

/// <summary>
/// Every hostile case against a built copy of the site: the exit code, exactly one error line and it the expected
/// located one, no stack trace, and every file of the site (the previous output included) exactly as it was, with
/// nothing added beside it.
/// </summary>
public class HostileCaseTests
{
    private static readonly IReadOnlyDictionary<string, HostileCase> Cases =
        HostileCases.All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names { get; } = new(Cases.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void There_are_at_least_forty_cases_each_with_a_name_of_its_own() =>
        Assert.True(HostileCases.All.Count >= 40 && Cases.Count == HostileCases.All.Count, $"{HostileCases.All.Count} cases, {Cases.Count} names");

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Case(string name)
    {
        var hostile = Cases[name];
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        hostile.Arrange(site);
        var before = FolderState.Of(site.Root);
        var beside = Beside(site.Root);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingCli.RunAsync(hostile.Args, output, error, site.Root, TestContext.Current.CancellationToken);

        var printed = output + "\n" + error;
        Assert.True(hostile.ExitCode == code, $"exit code {code}, expected {hostile.ExitCode}:\n{printed}");
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", printed, StringComparison.Ordinal);
        var errors = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains("error:", StringComparison.Ordinal) && !line.StartsWith("error: build failed with", StringComparison.Ordinal))
            .ToList();
        var line = Assert.Single(errors);
        Assert.Matches(new Regex(hostile.Message, RegexOptions.None, TimeSpan.FromSeconds(5)), line);
        var after = FolderState.Of(site.Root);
        Assert.True(before.Equals(after), "the site changed:\n" + after.DifferenceFrom(before));
        Assert.Equal(beside, Beside(site.Root));
    }

    /// <summary>What lies beside the site root: a build must not leave anything there either.</summary>
    private static string[] Beside(string root) =>
        [.. Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(root)!, Path.GetFileName(root) + "*").Order(StringComparer.Ordinal)];
}
