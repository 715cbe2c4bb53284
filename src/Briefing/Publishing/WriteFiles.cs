using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Theme;

namespace Briefing.Publishing;

/// <summary>
/// Writes every document that has a destination through the build's <see cref="ISiteWriter"/> (UTF-8 without
/// BOM, LF as produced; bytes as they are; a file made on writing is made, or kept or copied from the previous build
/// when the writer knows it is the same, then let go). Two documents aiming at one file is an error naming both sources.
/// </summary>
internal sealed class WriteFiles : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var writer = context.GetService<ISiteWriter>();
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
            if (document.TryGet(CoreKeys.CopyFrom, out var source))
            {
                await writer.CopyFileAsync(document.Destination!, source, token).ConfigureAwait(false);
            }
            else if (document.TryGet(CoreKeys.MadeOnWrite, out var made))
            {
                await writer.WriteMadeAsync(document.Destination!, made, token).ConfigureAwait(false);
            }
            else if (document.TryGet(CoreKeys.Bytes, out var bytes))
            {
                await writer.WriteBytesAsync(document.Destination!, bytes, token).ConfigureAwait(false);
            }
            else if (document.TryGet(CoreKeys.DefaultThemeFile, out var themeFile))
            {
                await writer.WriteBytesAsync(document.Destination!, await ThemeFiles.ReadDefaultAsync(themeFile, token).ConfigureAwait(false), token).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteTextAsync(document.Destination!, document.Content, token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return inputs;
    }
}
