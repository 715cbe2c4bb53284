using System.Text;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Site;

namespace Briefing.Publishing;

/// <summary>
/// Writes every document that has a destination into the build's staging folder (UTF-8 without BOM, LF as
/// produced). Two documents aiming at one file is an error naming both sources.
/// </summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var staging = context.GetService<OutputStaging>();
        var written = inputs.Where(d => d.Destination is not null).ToList();
        foreach (var clash in written.GroupBy(d => d.Destination!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Report(Diagnostic.Error(
                $"{string.Join(" and ", clash.Select(d => d.Source))} would all be written to {clash.Key}",
                new SourceLocation(clash.Last().Source),
                "give one of them another permalink"));
        }

        await Parallel.ForEachAsync(written, context.CancellationToken, async (document, token) =>
        {
            var target = staging.PathFor(document.Destination!);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (document.TryGet<string>(ReadAssets.CopyFromKey, out var source))
            {
                File.Copy(source, target, overwrite: true);
            }
            else
            {
                await File.WriteAllTextAsync(target, document.Content, Utf8, token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return inputs;
    }
}
