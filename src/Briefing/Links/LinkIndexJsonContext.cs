using System.Text.Json.Serialization;

namespace Briefing.Links;

/// <summary>
/// The link index's JSON metadata, generated at compile time: a natively compiled app keeps no reflection metadata
/// for the serializer to read. The names and layout come from <see cref="LinkIndexJson"/>'s options.
/// </summary>
[JsonSerializable(typeof(LinkIndex))]
internal sealed partial class LinkIndexJsonContext : JsonSerializerContext;
