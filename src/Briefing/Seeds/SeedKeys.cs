using Briefing.Pipeline;

namespace Briefing.Seeds;

/// <summary>Document metadata the seed steps add.</summary>
internal static class SeedKeys
{
    /// <summary>The resolved article of an article page.</summary>
    public static readonly MetadataKey<Article> Article = new("article");

    /// <summary>What an article page's layout shows of its article (in Liquid: <c>article</c>).</summary>
    public static readonly MetadataKey<ArticleView> View = new("article-view");
}
