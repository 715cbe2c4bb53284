using Briefing.Cli;

namespace Briefing.Tests.Robustness;

/// <summary>Output folders a build must refuse to replace: exit 2, one line naming the folder, nothing touched.</summary>
public static class OutputFolderCases
{
    private const int Usage = ExitCodes.UsageError;

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("output is the site root", Usage, @"^error: the output folder '.*' is the site root.*briefing\.yml") { Args = ["build", "-o", "."] },
        new("output is the site root with --force", Usage, @"^error: the output folder '.*' is the site root") { Args = ["build", "-o", ".", "--force"] },
        new("output contains the site root", Usage, @"^error: the output folder '.*' contains the site root") { Args = ["build", "-o", ".."] },
        new("output is input", Usage, @"^error: the output folder 'input' is input/ or lies inside it") { Args = ["build", "-o", "input"] },
        new("output inside input", Usage, @"^error: the output folder 'input/summaries' is input/ or lies inside it") { Args = ["-o", "input/summaries"] },
        new("output is seeds", Usage, @"^error: the output folder 'seeds' is seeds/") { Args = ["build", "-o", "seeds", "--force"] },
        new("output inside theme", Usage, @"^error: the output folder 'theme/assets' is theme/") { Args = ["build", "-o", "theme/assets"] },
        new("output new folder inside seeds", Usage, @"^error: the output folder 'seeds/site' is seeds/") { Args = ["build", "-o", "seeds/site"] },
        new("output is a link to input", Usage, @"^error: the output folder 'published' is input/ or lies inside it")
        {
            Arrange = site => Directory.CreateSymbolicLink(site.PathOf("published"), site.PathOf("input")),
            Args = ["build", "-o", "published", "--force"],
        },
        new("output holds hand-written docs", Usage, @"^error: the output folder 'docs' holds files that Briefing did not write.*--force")
        {
            Arrange = site => site.Write("docs/guide.md", "# Hand-written guide\n"),
            Args = ["build", "-o", "docs"],
        },
        new("output is a file", Usage, @"^error: the output path 'notes\.txt' is a file, not a folder")
        {
            Arrange = site => site.Write("notes.txt", "keep me\n"),
            Args = ["build", "-o", "notes.txt"],
        },
        new("output parent is a file", Usage, @"^error: cannot write the output folder '.*notes\.txt/site'")
        {
            Arrange = site => site.Write("notes.txt", "keep me\n"),
            Args = ["build", "-o", "notes.txt/site"],
        },
        new("output in a folder that cannot hold files", Usage, @"^error: cannot write the output folder '/proc/briefing-out'.*choose another folder with -o")
        {
            // /proc refuses new files even to root, so this holds on any Linux machine the tests run on.
            Args = ["build", "-o", "/proc/briefing-out"],
        },
    ];
}
