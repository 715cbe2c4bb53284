using System.Net.Sockets;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Robustness;

/// <summary>
/// Files the machine will not let the build read, and a seed with nothing to cite: each one clear message, exit 1,
/// no stack trace, no "internal error", the previous output untouched.
/// </summary>
public sealed class EnvironmentErrorTests
{
    // A Unix socket is listed like a file but cannot be opened for reading, even by root (who may read any file
    // whatever its permissions), so it stands for an unreadable file on every machine the tests run on.
    private static Socket BindSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    private static async Task<(int Code, string Printed, string[] Errors)> BuildAsync(TestSite site)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingCli.RunAsync(["build"], output, error, site.Root, TestContext.Current.CancellationToken);
        var errors = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains("error:", StringComparison.Ordinal) && !line.StartsWith("error: build failed with", StringComparison.Ordinal))
            .ToArray();
        return (code, output + "\n" + error, errors);
    }

    [Theory]
    [InlineData("input/summaries/unreadable.md", @"^input/summaries/unreadable\.md: error: cannot read this file: .*check that it exists and that the user running the build may read it")]
    [InlineData("seeds/000_f49b7cf66e1737eb.yml", @"^error: cannot read or write a file in Seeds/.*seeds/000_f49b7cf66e1737eb\.yml")]
    public async Task A_file_that_cannot_be_read_is_named_in_one_line_and_the_output_stays(string relative, string expected)
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        var output = FolderState.Of(site.Output);
        var target = site.PathOf(relative);
        var sidecar = File.Exists(target) ? File.ReadAllText(target) : null;
        File.Delete(target);
        using (BindSocket(target))
        {
            var (code, printed, errors) = await BuildAsync(site);

            Assert.True(code == ExitCodes.ContentError, $"exit code {code}:\n{printed}");
            Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", printed, StringComparison.Ordinal);
            Assert.Matches(expected, Assert.Single(errors));
            Assert.Equal(output, FolderState.Of(site.Output));
        }

        File.Delete(target);
        if (sidecar is not null)
        {
            File.WriteAllText(target, sidecar);
        }
    }

    [Fact]
    public async Task A_seed_with_only_a_title_says_it_has_no_body_paragraphs_at_every_citation()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        var output = FolderState.Of(site.Output);
        site.Write("seeds/000_f49b7cf66e1737eb.txt", "Why Is Azerbaijan Ramping Up Tensions With Russia?\n");

        var (code, printed, errors) = await BuildAsync(site);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        Assert.Contains("the seed has no body paragraphs, so there is nothing to cite", printed, StringComparison.Ordinal);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches(@"^\S+:\d+:\d+: error: citation 'cite:p\d+' points to paragraph \d+, but 'seeds/000_f49b7cf66e1737eb\.txt' has no body paragraphs \(only a title\)", e));
        Assert.DoesNotContain("paragraphs 1 to 0", printed, StringComparison.Ordinal);
        Assert.Equal(output, FolderState.Of(site.Output));
    }
}
