using Briefing.Pipeline.Diagnostics;

namespace Briefing.Links;

/// <summary>
/// <c>links.lock</c>: the site paths (relative to the base URL) of every link the briefing has published, one a
/// line. A build fails when one would stop working; a page's <c>redirect_from</c> keeps an old path working, and
/// <c>briefing links --update-lock</c> records the current links on purpose.
/// </summary>
internal static class LinkLock
{
    public const string FileName = "links.lock";

    public const string UpdateCommand = "briefing links --update-lock";

    private const string Header =
        "# Published links of this briefing, relative to its base URL: the pages, paragraphs and glossary terms that\n"
        + "# reports may cite. A build fails if one of them would disappear. Rewrite this file on purpose with\n"
        + "# `" + UpdateCommand + "` and commit it.\n";

    public static IReadOnlyList<LinkLockEntry> Parse(string text)
    {
        var entries = new List<LinkLockEntry>();
        var errors = new List<Diagnostic>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!line.StartsWith('/') || line.Any(char.IsWhiteSpace))
            {
                errors.Add(Diagnostic.Error(
                    $"'{line}' is not a site path",
                    new SourceLocation(FileName, i + 1, 1),
                    $"each line holds one path starting with '/', like /articles/slug/#p9; regenerate the file with '{UpdateCommand}'"));
                continue;
            }

            entries.Add(new LinkLockEntry(line, i + 1));
        }

        return errors.Count > 0 ? throw new DiagnosticException(errors) : entries;
    }

    public static string Format(IEnumerable<string> paths) =>
        Header + string.Concat(paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(p => p + "\n"));

    /// <summary>An error for every locked link the index no longer serves, naming the lock's line.</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<LinkLockEntry> entries, LinkIndex index)
    {
        var citable = index.CitablePaths();
        return
        [
            .. entries
                .Select(e => (Entry: e, Problem: Problem(e.Path, index, citable)))
                .Where(x => x.Problem is not null)
                .Select(x => Diagnostic.Error(
                    $"published link {x.Entry.Path} would break: {x.Problem}",
                    new SourceLocation(FileName, x.Entry.Line, 1),
                    $"keep it; or add 'redirect_from: {SitePaths.Of(SitePaths.Split(x.Entry.Path).PagePath)}' to the front matter of the page that replaces it; "
                    + $"or, if it is meant to go, run '{UpdateCommand}' and commit {FileName}")),
        ];
    }

    /// <summary>The citable links the lock does not hold yet.</summary>
    public static IReadOnlyList<string> Unlocked(IReadOnlyList<LinkLockEntry> entries, LinkIndex index)
    {
        var locked = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        return [.. index.CitablePaths().Where(p => !locked.Contains(p)).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The lock's new content: every current citable link and redirect, plus the old entries that still work
    /// (through a redirect), so that updating drops only the links that really are gone.
    /// </summary>
    public static IReadOnlyList<string> Updated(IReadOnlyList<LinkLockEntry> entries, LinkIndex index)
    {
        var citable = index.CitablePaths();
        return
        [
            .. citable
                .Concat(index.Redirects.Select(r => r.From))
                .Concat(entries.Where(e => Problem(e.Path, index, citable) is null).Select(e => e.Path))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>Why a locked path no longer works, or null when it does (directly or through a redirect).</summary>
    private static string? Problem(string path, LinkIndex index, IReadOnlySet<string> citable)
    {
        if (citable.Contains(path))
        {
            return null;
        }

        var (pagePath, fragment) = SitePaths.Split(path);
        var page = SitePaths.Of(pagePath);
        if (index.Redirects.FirstOrDefault(r => r.From == page) is { } redirect)
        {
            return fragment is null || citable.Contains(redirect.To + "#" + fragment)
                ? null
                : $"{page} redirects to {redirect.To}, which has no anchor #{fragment}";
        }

        return fragment is not null && citable.Contains(page)
            ? $"the page {page} no longer has the anchor #{fragment}"
            : $"no page is published at {page} any more";
    }
}
