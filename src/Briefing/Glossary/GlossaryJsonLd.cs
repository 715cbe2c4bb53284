using System.Text.Json.Nodes;
using Briefing.Core;

namespace Briefing.Glossary;

/// <summary>
/// schema.org JSON-LD for the glossary: a <c>DefinedTermSet</c> on the index, a <c>DefinedTerm</c> on each term
/// page. Built as JSON nodes and written by <see cref="JsonLdWriter"/>, so no definition can close the script
/// element it sits in.
/// </summary>
internal static class GlossaryJsonLd
{
    /// <param name="name">The set's name, e.g. "Glossary · Azerbaijan and Russia".</param>
    /// <param name="url">The index's absolute URL.</param>
    /// <param name="terms">Each term with its page's absolute URL, in index order.</param>
    public static string TermSet(string name, string url, IEnumerable<(GlossaryTerm Term, string Url)> terms)
    {
        var node = new JsonObject
        {
            ["@context"] = JsonLdWriter.Context,
            ["@type"] = "DefinedTermSet",
            ["@id"] = url,
            ["name"] = name,
            ["url"] = url,
            ["hasDefinedTerm"] = new JsonArray([.. terms.Select(t => (JsonNode)Term(t.Term, t.Url))]),
        };
        return JsonLdWriter.Serialize(node);
    }

    public static string DefinedTerm(GlossaryTerm term, string url, string setName, string setUrl)
    {
        var node = new JsonObject { ["@context"] = JsonLdWriter.Context };
        foreach (var (key, value) in Term(term, url))
        {
            node[key] = value?.DeepClone();
        }

        node["inDefinedTermSet"] = new JsonObject { ["@type"] = "DefinedTermSet", ["@id"] = setUrl, ["name"] = setName, ["url"] = setUrl };
        return JsonLdWriter.Serialize(node);
    }

    private static JsonObject Term(GlossaryTerm term, string url)
    {
        var node = new JsonObject
        {
            ["@type"] = "DefinedTerm",
            ["@id"] = url,
            ["name"] = term.Term,
            ["description"] = term.ShortDefinition,
            ["url"] = url,
        };
        if (term.Aliases.Count > 0)
        {
            node["alternateName"] = new JsonArray([.. term.Aliases.Select(a => (JsonNode?)JsonValue.Create(a))]);
        }

        return node;
    }
}
