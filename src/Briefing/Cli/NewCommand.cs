using System.CommandLine;
using System.Globalization;
using Briefing.Scaffolding;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing new ARTICLE.txt [DIR]</c>: makes a new briefing site from an article, with the names, dates and
/// figures it finds as drafts. Refuses a folder that is not empty.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CliContext cli)
    {
        var article = new Argument<string>("article") { Description = "The article as plain text (see README, \"Seed articles\")." };
        var directory = new Argument<string?>("dir")
        {
            Description = "Folder to create the site in; it must be empty or missing (default: a folder named after the article).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("new", "Create a new briefing from an article: settings, seed, skeleton pages, and the names, dates and figures it uses as drafts.")
        {
            article, directory,
        };
        command.SetAction((result, token) => RunAsync(cli, result.GetValue(article)!, result.GetValue(directory), cli.Reporter(result), token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, string articlePath, string? directory, ConsoleReporter reporter, CancellationToken token)
    {
        var (input, exitCode) = await ArticleInput.ReadAsync(cli, articlePath, reporter, token).ConfigureAwait(false);
        if (input is null)
        {
            return exitCode;
        }

        var slug = NewSite.ArticleSlug(input.Article);
        var target = Path.GetFullPath(directory ?? slug, cli.CurrentDirectory);
        if (File.Exists(target))
        {
            reporter.Error($"'{directory ?? slug}' is a file, not a folder", "name a new folder for the site");
            return ExitCodes.UsageError;
        }

        if (!SiteWriter.IsEmptyOrMissing(target))
        {
            reporter.Error($"the folder '{directory ?? slug}' is not empty; a new site is only created in an empty or new folder, so nothing was written", "name a new folder, e.g. briefing new " + articlePath + " " + slug + "-briefing");
            return ExitCodes.UsageError;
        }

        var files = NewSite.Files(Path.GetFileName(articlePath), input.Bytes, input.Article);
        await SiteWriter.WriteAsync(target, files, token).ConfigureAwait(false);

        var candidates = ArticleCandidates.From(input.Article);
        var shown = Path.GetRelativePath(cli.CurrentDirectory, target);
        var output = reporter.Output;
        output.WriteLine($"Created a briefing of \u201C{input.Article.Title}\u201D in {shown}/");
        Summary(output, candidates, files.Count(f => f.Path.StartsWith("input/glossary/", StringComparison.Ordinal)));
        output.WriteLine("Next:");
        output.WriteLine($"  cd {shown}");
        output.WriteLine("  briefing preview --drafts   # write the TODO: lines in input/; the build lists each one");
        return ExitCodes.Success;
    }

    /// <summary>The candidates, counted and with the most used of each kind, for the command's output.</summary>
    internal static void Summary(TextWriter output, ArticleCandidates candidates, int glossaryFiles)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {glossaryFiles} glossary draft(s) in input/glossary/: {string.Join(", ", candidates.Terms.Take(8).Select(t => $"{t.Name} ({t.Paragraphs.Count} ¶)"))}{(candidates.Terms.Count > 8 ? ", …" : "")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {candidates.Dates.Count(d => d.Date is not null)} dated timeline draft(s) in input/data/timeline.yml: {string.Join(", ", candidates.Dates.Select(d => d.Date is null ? d.Text : $"{d.Date}{(d.Approximate ? " (approximate)" : "")}"))}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {candidates.Figures.Count} figure(s): {string.Join(", ", candidates.Figures.Select(f => $"{f.Text} ({f.Source.ParagraphId})"))}"));
        output.WriteLine("  Every candidate, with the sentences it comes from: CANDIDATES.md");
    }
}
