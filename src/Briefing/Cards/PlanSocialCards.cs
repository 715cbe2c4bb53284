using Briefing.Core;
using Briefing.Maps;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Cards;

/// <summary>
/// Turns every page into the card it gets: a document for <see cref="CardAddress"/> holding only what the card
/// shows (<see cref="SocialCard"/>), so that an edit to a page's body leaves its card as it was. A page whose front
/// matter names an image of its own (<see cref="Page.Image"/>) gets no card; that image must be one of the site's assets.
/// </summary>
internal sealed class PlanSocialCards(string assetsPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var settings = context.GetService<SiteSettings>();
        var pages = inputs
            .Select(d => (Document: d, Page: d.Get<Page>(CoreKeys.Page)))
            .Where(p => p.Page is not null)
            .ToList();
        CheckImages(pages.Select(p => p.Page!).Where(p => p.Image is not null).ToList(), context);
        IReadOnlyList<Document> cards =
        [
            .. pages
                .Where(p => p.Page!.Image is null)
                .Select(p => new Document { Source = p.Document.Source, Destination = CardAddress.For(p.Page!.Path) }
                    .With(CardKeys.Card, SocialCard.For(p.Page, settings, p.Document.Get<MapOutline>(MapKeys.HomeOutline)))),
        ];
        return Task.FromResult(cards);
    }

    // Checked here, on every build, rather than where the front matter is read: that step is cached, and an asset
    // can disappear without the page changing. The assets are those the assets pipeline publishes.
    private void CheckImages(List<Page> pages, IExecutionContext context)
    {
        if (pages.Count == 0)
        {
            return;
        }

        var assets = context.Outputs(assetsPipeline).Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => !assets.Contains(p.Image!.AssetPath)))
        {
            context.Report(Diagnostic.Error(
                $"image '/{page.Image!.AssetPath}' is not among the site's assets",
                page.Image.Location ?? new SourceLocation(page.SourceFile),
                $"put the file at input/{page.Image.AssetPath}, or remove image: to use the page's own card"));
        }
    }
}
