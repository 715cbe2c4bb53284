using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Briefing.Core;

/// <summary>
/// The one writer of the site's schema.org JSON-LD. Descriptions are built as JSON nodes (never by pasting strings)
/// and serialised here with an encoder that escapes '&lt;', '&gt;' and '&amp;', so no text can close the
/// surrounding script element; letters of every script stay readable. Keys come out in insertion order, so the
/// output is the same on every build.
/// </summary>
internal static class JsonLdWriter
{
    /// <summary>The <c>@context</c> of every description.</summary>
    public const string Context = "https://schema.org";

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Serialize(JsonObject node) => node.ToJsonString(Options);
}
