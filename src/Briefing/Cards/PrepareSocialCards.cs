using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Caching;
using Briefing.Theme;

namespace Briefing.Cards;

/// <summary>
/// Gives each planned card what makes its PNG when it is written (<see cref="CardFile"/> in
/// <see cref="CoreKeys.MadeOnWrite"/>) instead of drawing it here: a build never holds every card's bytes, and a
/// card the previous build published from the same inputs is copied rather than drawn again. The fonts and the
/// palette are read from the theme once per build and shared by every card; so is the renderer.
/// </summary>
internal sealed class PrepareSocialCards : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (inputs.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var theme = context.GetService<ThemeFiles>();
        var palette = CardPalette.Read(theme);

        // Not disposed here: the cards are drawn after this step, as they are written. The typefaces are released
        // with the build's documents.
        var fonts = CardFonts.Load(theme);
        var renderer = new CardRenderer(fonts, palette);
        var values = context.FindService<MemoCache>()?.Values ?? new ValueFingerprints();
        var shared = Fingerprint.Of(values.Of(palette), Fingerprint.Of(fonts.Fingerprint), Fingerprint.Of(CardRenderer.Version));
        IReadOnlyList<Document> cards =
        [
            .. inputs.Select(input =>
            {
                var card = input.Require(CardKeys.Card);
                var stamp = Fingerprint.Of(shared, values.Of(card)).ToString();
                return input.With(CoreKeys.MadeOnWrite, new CardFile(card, stamp, renderer));
            }),
        ];
        return Task.FromResult(cards);
    }
}
