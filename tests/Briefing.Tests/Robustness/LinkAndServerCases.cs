using Briefing.Cli;

namespace Briefing.Tests.Robustness;

/// <summary>Symbolic links that would leak files from outside the site, and server addresses that cannot be served.</summary>
public static class LinkAndServerCases
{
    private const int Content = ExitCodes.ContentError;

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("asset linked to the process environment", Content, @"^theme/assets/env\.txt: error: symbolic link to '/proc/self/environ' leads outside the site")
        {
            Arrange = site => File.CreateSymbolicLink(site.PathOf("theme/assets/env.txt"), "/proc/self/environ"),
        },
        new("asset folder linked outside the site", Content, @"^input/assets/etc: error: symbolic link to '/etc' leads outside the site")
        {
            Arrange = site =>
            {
                Directory.CreateDirectory(site.PathOf("input/assets"));
                Directory.CreateSymbolicLink(site.PathOf("input/assets/etc"), "/etc");
            },
        },
        new("seed linked outside the site", Content, @"^seeds/passwd\.txt: error: symbolic link to '/etc/passwd' leads outside the site")
        {
            Arrange = site => File.CreateSymbolicLink(site.PathOf("seeds/passwd.txt"), "/etc/passwd"),
        },
        new("page linked by a relative path out of the site", Content, @"^input/summaries/hosts\.md: error: symbolic link to '\.\./\.\./\.\./\.\./\.\./\.\./\.\./etc/hosts' leads outside the site")
        {
            Arrange = site => File.CreateSymbolicLink(site.PathOf("input/summaries/hosts.md"), "../../../../../../../etc/hosts"),
        },
        new("dangling link out of the site", Content, @"^input/glossary/gone\.md: error: symbolic link to '/nonexistent/gone\.md' leads outside the site")
        {
            Arrange = site => File.CreateSymbolicLink(site.PathOf("input/glossary/gone.md"), "/nonexistent/gone.md"),
        },
        new("theme folder that loops back on itself", Content, @"^theme/partials/loop: error: symbolic link to '\.\.' loops back to a folder that holds it")
        {
            Arrange = site => Directory.CreateSymbolicLink(site.PathOf("theme/partials/loop"), ".."),
        },
        new("serve on an address the machine does not have", ExitCodes.UsageError, @"^error: --host '203\.0\.113\.7' is not an address of this machine")
        {
            Args = ["serve", "--host", "203.0.113.7", "--port", "0"],
        },
        new("serve on a host that is not an address", ExitCodes.UsageError, @"^error: --host 'example\.org' is not an IP address")
        {
            Args = ["serve", "--host", "example.org", "--port", "0"],
        },
        new("preview on an address the machine does not have", ExitCodes.UsageError, @"^error: --host '198\.51\.100\.9' is not an address of this machine")
        {
            Args = ["preview", "--host", "198.51.100.9", "--port", "0"],
        },
        new("preview with a bad --base-url", ExitCodes.UsageError, @"^--base-url: error: base URL 'ht!tp://x' is not an absolute http\(s\) URL")
        {
            Args = ["preview", "--base-url", "ht!tp://x", "--port", "0"],
        },
        new("serve with a bad --base-url", ExitCodes.UsageError, @"^--base-url: error: base URL 'example\.org/briefing' is not an absolute http\(s\) URL")
        {
            Args = ["serve", "--base-url", "example.org/briefing", "--port", "0"],
        },
        new("links with a bad --base-url", ExitCodes.UsageError, @"^--base-url: error: base URL 'ftp://example\.org/' is not an absolute http\(s\) URL")
        {
            Args = ["links", "--base-url", "ftp://example.org/"],
        },
    ];
}
