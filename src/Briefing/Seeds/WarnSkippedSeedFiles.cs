using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>
/// Warns about files in <c>seeds/</c> that are not read: only <c>*.txt</c> (lowercase, exactly) is an article and
/// <c>*.yml</c> its sidecar, so <c>article.TXT</c> or <c>article.md</c> would otherwise vanish from the site unnoticed.
/// </summary>
internal sealed class WarnSkippedSeedFiles(string root) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var folder = Path.Combine(root, "seeds");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
            {
                var extension = Path.GetExtension(file);
                if (file.StartsWith('.') || extension is ".txt" or ".yml")
                {
                    continue;
                }

                context.Report(Diagnostic.Warning(
                    $"skipped: only .txt files in seeds/ are read as articles (and .yml files as their sidecars)",
                    new SourceLocation($"seeds/{file}"),
                    $"rename it to {Path.GetFileNameWithoutExtension(file)}.txt if it is an article, or move it out of seeds/"));
            }
        }

        return Task.FromResult(inputs);
    }
}
