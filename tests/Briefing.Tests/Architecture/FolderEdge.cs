namespace Briefing.Tests.Architecture;

/// <summary>A use of a type of folder <paramref name="To"/> by a type of folder <paramref name="From"/>, with an example of each.</summary>
internal sealed record FolderEdge(string From, string To, string FromType, string ToType);
