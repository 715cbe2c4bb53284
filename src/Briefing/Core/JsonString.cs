using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Core;

/// <summary>
/// Text as a JSON string literal, written by the JSON writer itself rather than the serializer: the serializer's
/// generic entry points need reflection metadata, which a natively compiled app does not keep, and a lone string
/// needs no metadata. The escaping is the serializer's own (the same encoder, the same rules).
/// </summary>
internal static class JsonString
{
    /// <param name="encoder">Which characters are escaped; <c>null</c> is the serializer's default (HTML-safe).</param>
    public static string Quote(string value, JavaScriptEncoder? encoder = null)
    {
        var buffer = new ArrayBufferWriter<byte>(value.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
