namespace Briefing.PreviewBench;

/// <summary>A kind of edit: which file, how its text changes on the n-th edit, and which event it should cause.</summary>
internal sealed record EditKind(string Name, string File, Func<string, int, string> Change, string Expected);
