using System.CommandLine;
using System.Text.RegularExpressions;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Scaffolding;
using Briefing.Seeds;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing add-article ARTICLE.txt</c>: adds another article to the site, with its names and dates as
/// drafts citing it by slug. The articles already there keep every citation working.
/// </summary>
internal static partial class AddArticleCommand
{
    public static Command Create(CliContext cli)
    {
        var article = new Argument<string>("article") { Description = "The article as plain text (see README, \"Seed articles\")." };
        var command = new Command("add-article", "Add another article to this briefing, with the names and dates it uses as drafts.") { article };
        command.SetAction((result, token) => RunAsync(cli, result, result.GetValue(article)!, token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult result, string articlePath, CancellationToken token)
    {
        var reporter = cli.Reporter(result);
        if (cli.FindRoot(result) is not { } root)
        {
            return ExitCodes.UsageError;
        }

        var (input, exitCode) = await ArticleInput.ReadAsync(cli, articlePath, reporter, token).ConfigureAwait(false);
        if (input is null)
        {
            return exitCode;
        }

        var existing = new List<string>();
        foreach (var seed in Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Select(f => "seeds/" + Path.GetFileName(f)).Order(StringComparer.Ordinal))
        {
            try
            {
                existing.Add((await SeedLoader.LoadAsync(root, seed, await File.ReadAllTextAsync(Path.Combine(root, seed), token).ConfigureAwait(false), token).ConfigureAwait(false)).Slug);
            }
            catch (DiagnosticException ex)
            {
                reporter.Report(ex.Diagnostics);
                reporter.Error("the site's seeds must build before another article is added; nothing was written");
                return ExitCodes.ContentError;
            }
        }

        var settingsPath = Path.Combine(root, SiteSettingsReader.FileName);
        var timelinePath = Path.Combine(root, "input", "data", "timeline.yml");
        var plan = ArticleAddition.Make(
            Path.GetFileName(articlePath),
            input.Bytes,
            input.Article,
            existing,
            await File.ReadAllTextAsync(settingsPath, token).ConfigureAwait(false),
            await TakenNamesAsync(root, token).ConfigureAwait(false),
            File.Exists(timelinePath) ? await File.ReadAllTextAsync(timelinePath, token).ConfigureAwait(false) : null);

        if (existing.Contains(plan.Slug, StringComparer.Ordinal))
        {
            reporter.Error($"the site already has an article with the slug '{plan.Slug}'; nothing was written", "is it the same article? If not, rename the file and set another slug: in its sidecar after adding it");
            return ExitCodes.UsageError;
        }

        if (SiteWriter.Existing(root, plan.NewFiles) is { Count: > 0 } clash)
        {
            reporter.Error($"'{clash[0]}' already exists; nothing was written", "rename the article's file, e.g. to " + plan.Slug + ".txt");
            return ExitCodes.UsageError;
        }

        await SiteWriter.WriteAsync(root, plan.NewFiles, token).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(timelinePath)!);
        await File.WriteAllTextAsync(timelinePath, plan.Timeline, token).ConfigureAwait(false);
        if (plan.Settings is { } settings)
        {
            await File.WriteAllTextAsync(settingsPath, settings, token).ConfigureAwait(false);
            reporter.Output.WriteLine($"{SiteSettingsReader.FileName}: article: {existing[0]} names the main article, so bare citations keep pointing to it.");
        }

        reporter.Output.WriteLine($"Added \u201C{input.Article.Title}\u201D as {plan.NewFiles[0].Path} (slug {plan.Slug}; cite it as cite:{plan.Slug}#p1).");
        NewCommand.Summary(reporter.Output, plan.Candidates, plan.GlossaryFiles);
        return ExitCodes.Success;
    }

    /// <summary>The glossary's file slugs, term names and aliases, so that no draft repeats a term the site has.</summary>
    private static async Task<HashSet<string>> TakenNamesAsync(string root, CancellationToken token)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var folder = Path.Combine(root, "input", "glossary");
        if (!Directory.Exists(folder))
        {
            return taken;
        }

        foreach (var file in Directory.GetFiles(folder, "*.md"))
        {
            taken.Add(Path.GetFileNameWithoutExtension(file));
            var text = await File.ReadAllTextAsync(file, token).ConfigureAwait(false);
            foreach (Match match in NameLine().Matches(text))
            {
                foreach (var name in match.Groups["v"].Value.Trim().TrimStart('[').TrimEnd(']').Split(','))
                {
                    taken.Add(name.Trim().Trim('"', '\''));
                }
            }
        }

        return taken;
    }

    // Only the names are needed, not a full read of the term (the build does that), so a line match is enough.
    [GeneratedRegex(@"^(?:term|aliases)\s*:(?<v>.*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();
}
