using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>Two seeds may not publish at the same URL.</summary>
internal sealed class CheckUniqueSlugs : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        foreach (var group in inputs.GroupBy(d => d.Require(SeedKeys.Article).Slug).Where(g => g.Count() > 1))
        {
            var files = group.Select(d => d.Source).ToList();
            context.Report(Diagnostic.Error(
                $"seeds {string.Join(" and ", files)} would both be published at articles/{group.Key}/",
                new SourceLocation(files[^1], 1, 1),
                $"give one of them another 'slug:' in its sidecar .yml file"));
        }

        return Task.FromResult(inputs);
    }
}
