using Briefing.Pipeline;

namespace Briefing.Cards;

/// <summary>Document metadata of the social cards.</summary>
internal static class CardKeys
{
    /// <summary>The <see cref="SocialCard"/> a card document renders.</summary>
    public static readonly MetadataKey<SocialCard> Card = new("social-card");
}
