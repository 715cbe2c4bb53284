using System.Text.Json.Serialization;

namespace Briefing.Preview;

/// <summary>
/// The live-reload event's JSON metadata, generated at compile time: a natively compiled app keeps no reflection
/// metadata for the serializer to read.
/// </summary>
[JsonSerializable(typeof(ReloadEvent))]
internal sealed partial class ReloadEventJsonContext : JsonSerializerContext;
