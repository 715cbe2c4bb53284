using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Links;

/// <summary>
/// <c>links.json</c>: the link index as indented JSON with snake_case names and LF line ends. Text is written
/// as-is rather than \u-escaped (relaxed escaping), because the file is data for people and scripts, never
/// embedded in HTML.
/// </summary>
internal static class LinkIndexJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = LinkIndexJsonContext.Default,
    };

    private static readonly JsonTypeInfo<LinkIndex> Index = (JsonTypeInfo<LinkIndex>)Options.GetTypeInfo(typeof(LinkIndex));

    public static string Write(LinkIndex index) => JsonSerializer.Serialize(index, Index) + "\n";

    public static LinkIndex Read(string json) =>
        JsonSerializer.Deserialize(json, Index) ?? throw new JsonException("links.json holds no link index");
}
