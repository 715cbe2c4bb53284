using System.CommandLine;
using Briefing.Links;
using Briefing.Pipeline.Diagnostics;
using Briefing.Site;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing links</c>: lists every citable URL of the site (pages, paragraphs, glossary terms), the same data as
/// <c>links.json</c>, for pasting into reports; <c>--update-lock</c> records them in <c>links.lock</c>.
/// </summary>
internal static class LinksCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print the links: table (default), json, markdown or csv.",
            DefaultValueFactory = _ => LinkListFormat.Table,
        };
        format.AcceptOnlyFromAmong(LinkListFormat.All);
        var filter = new Option<string?>("--filter")
        {
            Description = "Only links whose title, path, URL or text contains this text (ignoring case).",
        };
        var updateLock = new Option<bool>("--update-lock")
        {
            Description = $"Rewrite {LinkLock.FileName} with the links the site publishes now (after removing or moving something on purpose).",
        };
        var baseUrl = CommonOptions.BaseUrl();
        var command = new Command("links", "List every citable URL of the briefing: pages, paragraphs and glossary terms.")
        {
            format, filter, updateLock, baseUrl,
        };
        command.SetAction((result, token) => RunAsync(cli, result, format, filter, updateLock, baseUrl, token));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext cli, ParseResult result, Option<string> format, Option<string?> filter, Option<bool> updateLock, Option<string?> baseUrl, CancellationToken token)
    {
        if (cli.FindRoot(result) is not { } root)
        {
            return ExitCodes.UsageError;
        }

        if (!CliContext.BaseUrlIsValid(cli.BuildOptions(root, null, result.GetValue(baseUrl), drafts: false), cli.Reporter(result)))
        {
            return ExitCodes.UsageError;
        }

        var index = await BuildIndexAsync(cli, root, result.GetValue(baseUrl), token).ConfigureAwait(false);
        if (index is null)
        {
            return ExitCodes.ContentError;
        }

        if (result.GetValue(updateLock))
        {
            return await UpdateLockAsync(cli, root, index, token).ConfigureAwait(false);
        }

        await cli.Out.WriteAsync(LinkListFormat.Write(index.Filter(result.GetValue(filter)), result.GetValue(format) ?? LinkListFormat.Table)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Builds the site into a scratch folder, without enforcing the lock (so that the lock can be rewritten), and
    /// reads back the links.json it wrote: what is printed is exactly what is published.
    /// </summary>
    private static async Task<LinkIndex?> BuildIndexAsync(CliContext cli, string root, string? baseUrl, CancellationToken token)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "briefing-links-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = cli.BuildOptions(root, Path.Combine(scratch, "output"), baseUrl, drafts: false) with { EnforceLinkLock = false };
            var report = await SiteBuild.RunAsync(options, token).ConfigureAwait(false);
            foreach (var diagnostic in report.Diagnostics)
            {
                // Diagnostics go to stderr so that stdout stays clean JSON or CSV.
                await cli.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            }

            if (!report.Succeeded)
            {
                await cli.Error.WriteLineAsync($"error: the site did not build ({report.ErrorCount} error(s)), so its links cannot be listed").ConfigureAwait(false);
                return null;
            }

            var json = await File.ReadAllTextAsync(Path.Combine(options.OutputDirectory, LinkIndex.FileName), token).ConfigureAwait(false);
            return LinkIndexJson.Read(json);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static async Task<int> UpdateLockAsync(CliContext cli, string root, LinkIndex index, CancellationToken token)
    {
        var file = Path.Combine(root, LinkLock.FileName);
        IReadOnlyList<LinkLockEntry> old;
        try
        {
            old = File.Exists(file) ? LinkLock.Parse(await File.ReadAllTextAsync(file, token).ConfigureAwait(false)) : [];
        }
        catch (DiagnosticException ex)
        {
            // A damaged lock (say, with merge conflict markers) is rebuilt from the current links alone.
            foreach (var diagnostic in ex.Diagnostics)
            {
                await cli.Error.WriteLineAsync($"{diagnostic} — ignoring the old lock").ConfigureAwait(false);
            }

            old = [];
        }

        var updated = LinkLock.Updated(old, index);
        await File.WriteAllTextAsync(file, LinkLock.Format(updated), token).ConfigureAwait(false);

        var before = old.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var added = updated.Count(p => !before.Contains(p));
        var removed = before.Count(p => !updated.Contains(p, StringComparer.Ordinal));
        await cli.Out.WriteLineAsync($"Wrote {LinkLock.FileName}: {updated.Count} links ({added} added, {removed} removed).").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
