using Briefing.Core;
using Briefing.Maps;
using Briefing.Pipeline;

namespace Briefing.Cards;

/// <summary>
/// Turns every page into the card it gets: a document for <see cref="CardAddress"/> holding only what the card
/// shows (<see cref="SocialCard"/>), so that an edit to a page's body leaves its card as it was.
/// </summary>
public sealed class PlanSocialCards : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var settings = context.GetService<SiteSettings>();
        IReadOnlyList<Document> cards =
        [
            .. inputs
                .Select(d => (Document: d, Page: d.Get<Page>(CoreKeys.Page)))
                .Where(p => p.Page is not null)
                .Select(p => new Document { Source = p.Document.Source, Destination = CardAddress.For(p.Page!.Path) }
                    .With(CardKeys.Card, SocialCard.For(p.Page, settings, p.Document.Get<MapOutline>(MapKeys.HomeOutline)))),
        ];
        return Task.FromResult(cards);
    }
}
