namespace Briefing.Core;

/// <summary>
/// Every kind of page one build knows, collected by the composition root from the features that declare them,
/// handed to the modules as a service. Names and authored files are unique, so a lookup never depends on order.
/// </summary>
internal sealed record PageKinds
{
    public PageKinds(IEnumerable<PageKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        All = [.. kinds];
        if (All.GroupBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } name)
        {
            throw new ArgumentException($"two page kinds are named '{name.Key}'", nameof(kinds));
        }

        if (All.Where(k => k.AuthoredAs is not null).GroupBy(k => k.AuthoredAs, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } file)
        {
            throw new ArgumentException($"two page kinds are authored as '{file.Key}'", nameof(kinds));
        }
    }

    public IReadOnlyList<PageKind> All { get; }

    /// <summary>
    /// The kind whose page the Markdown file <paramref name="relative"/> of <c>input/</c> (without extension) is:
    /// a kind naming the file itself first, then one naming a folder it is in; null when none does.
    /// </summary>
    public PageKind? AuthoredAs(string relative) =>
        All.FirstOrDefault(k => k.AuthoredAs == relative)
        ?? All.Where(k => k.AuthoredAs is { } folder && folder.EndsWith('/') && relative.StartsWith(folder, StringComparison.Ordinal))
            .OrderByDescending(k => k.AuthoredAs!.Length)
            .FirstOrDefault();
}
