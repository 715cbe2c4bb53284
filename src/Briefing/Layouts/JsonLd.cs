using System.Text.Json.Nodes;
using Briefing.Core;
using Briefing.Seeds;

namespace Briefing.Layouts;

/// <summary>
/// schema.org descriptions of a page (the site, an article) as JSON nodes, written by <see cref="JsonLdWriter"/>.
/// </summary>
internal static class JsonLd
{
    /// <summary>The schema.org types a page kind may name as its <see cref="Core.PageKind.JsonLdType"/>.</summary>
    public const string WebSiteType = "WebSite";

    /// <inheritdoc cref="WebSiteType"/>
    public const string ArticleType = "Article";

    public static JsonObject WebSite(SiteSettings settings, string url)
    {
        var node = new JsonObject { ["@context"] = JsonLdWriter.Context, ["@type"] = WebSiteType, ["name"] = settings.Title };
        AddIfPresent(node, "description", settings.Description);
        node["url"] = url;
        node["inLanguage"] = settings.Language;
        if (settings.Publisher is { } publisher)
        {
            node["publisher"] = Organization(publisher);
        }

        return node;
    }

    public static JsonObject Article(Article article, string url, string language, string? image)
    {
        var node = new JsonObject { ["@context"] = JsonLdWriter.Context, ["@type"] = ArticleType, ["headline"] = article.Title };
        AddIfPresent(node, "description", article.Seed.Dek);
        AddIfPresent(node, "datePublished", article.Seed.Date is { } date ? DateText.Iso(date) : null);
        node["inLanguage"] = article.Sidecar.Language ?? language;
        node["url"] = url;
        node["mainEntityOfPage"] = url;
        AddIfPresent(node, "image", image);
        if (article.Sidecar.Author is { } author)
        {
            node["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }

        if (article.Sidecar.Publisher is { } publisher)
        {
            node["publisher"] = Organization(publisher);
        }

        AddIfPresent(node, "isBasedOn", article.Sidecar.SourceUrl);
        return node;
    }

    private static JsonObject Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };

    private static void AddIfPresent(JsonObject node, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            node[key] = value;
        }
    }
}
