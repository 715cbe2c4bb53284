using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Links;

/// <summary>
/// Fails the build when a link recorded in <c>links.lock</c> would stop working, and warns about citable links the
/// lock does not hold yet. A site without a lock file is not checked.
/// </summary>
internal sealed class CheckLinkLock : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var options = context.GetService<BuildOptions>();
        var file = Path.Combine(options.SiteRoot, LinkLock.FileName);
        var index = inputs.Select(d => d.Get(LinkKeys.Index)).OfType<LinkIndex>().FirstOrDefault();
        if (!options.EnforceLinkLock || index is null || !File.Exists(file))
        {
            return inputs;
        }

        var entries = LinkLock.Parse(await File.ReadAllTextAsync(file, context.CancellationToken).ConfigureAwait(false));
        foreach (var error in LinkLock.Check(entries, index))
        {
            context.Report(error);
        }

        var unlocked = LinkLock.Unlocked(entries, index);
        if (unlocked.Count > 0)
        {
            context.Report(Diagnostic.Warning(
                $"{unlocked.Count} citable link(s) are not in {LinkLock.FileName} yet, e.g. {unlocked[0]}",
                new SourceLocation(LinkLock.FileName),
                $"run '{LinkLock.UpdateCommand}' and commit {LinkLock.FileName} so that they cannot disappear unnoticed"));
        }

        return inputs;
    }
}
