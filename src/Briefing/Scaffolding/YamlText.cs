using System.Text.Encodings.Web;
using Briefing.Core;

namespace Briefing.Scaffolding;

/// <summary>
/// Writes values into the YAML the scaffold emits. A JSON string is a valid YAML double-quoted scalar, so the JSON
/// writer's escaping quotes any text safely; the relaxed encoder keeps letters such as ’ and Cyrillic readable.
/// </summary>
internal static class YamlText
{
    public static string Quote(string value) => JsonString.Quote(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>A YAML comment line; line breaks inside the text become spaces so it stays one comment.</summary>
    public static string Comment(string text, string indent = "") => indent + "# " + text.ReplaceLineEndings(" ");
}
