using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Briefing.Preview;

/// <summary>
/// A live-reload event as the browser reads it: the serializer's web layout (camelCase names, nulls written),
/// written with the JSON writer. Six fields do not need the serializer, whose reflection path a natively compiled
/// app lacks; a second generated serializer context in the app would share helper names with the link index's,
/// which the architecture test cannot tell apart.
/// </summary>
internal static class ReloadEventJson
{
    public static string Write(ReloadEvent reloadEvent)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("kind", reloadEvent.Kind);
            json.WriteString("version", reloadEvent.Version);
            json.WriteStartArray("changed");
            foreach (var path in reloadEvent.Changed)
            {
                json.WriteStringValue(path);
            }

            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var error in reloadEvent.Errors)
            {
                json.WriteStartObject();
                json.WriteString("file", error.File);
                json.WriteNumber("line", error.Line);
                json.WriteNumber("column", error.Column);
                json.WriteString("message", error.Message);
                json.WriteString("hint", error.Hint);
                json.WriteString("text", error.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
