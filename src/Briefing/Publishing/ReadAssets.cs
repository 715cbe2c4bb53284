using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Theme;

namespace Briefing.Publishing;

/// <summary>Lists the theme's assets (with the site's overrides) as documents to be copied byte for byte.</summary>
internal sealed class ReadAssets : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var theme = context.GetService<ThemeFiles>();
        IReadOnlyList<Document> assets =
        [
            .. theme.Assets().Select(a =>
            {
                var document = new Document { Source = a.Source, Destination = a.OutputPath };
                return a.PhysicalPath is { } path ? document.With(CoreKeys.CopyFrom, path) : document.With(CoreKeys.DefaultThemeFile, a.OutputPath);
            }),
        ];
        return Task.FromResult(assets);
    }
}
