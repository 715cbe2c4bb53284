using Briefing.Pipeline;
using Briefing.Theme;

namespace Briefing.Publishing;

/// <summary>Lists the theme's assets (with the site's overrides) as documents to be copied byte for byte.</summary>
public sealed class ReadAssets : IModule
{
    public const string CopyFromKey = "copy-from";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var theme = context.GetService<ThemeFiles>();
        IReadOnlyList<Document> assets =
        [
            .. theme.Assets().Select(a => new Document
            {
                Source = Path.GetRelativePath(theme.SiteRoot, a.SourceFile).Replace('\\', '/'),
                Destination = a.OutputPath,
            }.With(CopyFromKey, a.SourceFile)),
        ];
        return Task.FromResult(assets);
    }
}
