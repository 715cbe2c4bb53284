using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;
using Briefing.Theme;

namespace Briefing.Cards;

/// <summary>
/// Renders each planned card to its PNG (in the document's <see cref="CoreKeys.Bytes"/>). A cached step: with a
/// memo cache (the preview's), a card whose <see cref="SocialCard"/>, fonts and build inputs are unchanged is not
/// drawn again. The fonts are read once per build, and the renderer made only when a card must be drawn.
/// </summary>
internal sealed class RenderSocialCards : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (inputs.Count == 0)
        {
            return inputs;
        }

        using var fonts = CardFonts.Load(context.GetService<ThemeFiles>());
        using var renderer = new CardRenderer(fonts);
        return await new RenderEach(renderer, fonts.Fingerprint).ExecuteAsync(inputs, context).ConfigureAwait(false);
    }

    private sealed class RenderEach(CardRenderer renderer, string fonts) : CachedForEachDocument
    {
        protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
        {
            var png = renderer.Render(input.Require<SocialCard>(CardKeys.Card));
            return Task.FromResult<IReadOnlyList<Document>>([input.With(CoreKeys.Bytes, png)]);
        }

        /// <summary>A card shows its <see cref="SocialCard"/> (the input) in the theme's fonts.</summary>
        protected override object? CacheDependencies(Document input, IExecutionContext context) => fonts;
    }
}
