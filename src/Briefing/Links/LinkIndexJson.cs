using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

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
    };

    public static string Write(LinkIndex index) => JsonSerializer.Serialize(index, Options) + "\n";

    public static LinkIndex Read(string json) =>
        JsonSerializer.Deserialize<LinkIndex>(json, Options) ?? throw new JsonException("links.json holds no link index");
}
