using Briefing.Core;

namespace Briefing.Glossary.Linking;

#pragma warning disable CA1720 // "Short" is the glossary's own word for the one-line definition, not a type.

/// <summary>
/// A glossary term as the linker needs it. <paramref name="Names"/> holds the term's name and its aliases;
/// <paramref name="Short"/> is the plain-text one-line definition shown in the tooltip.
/// </summary>
internal sealed record LinkableTerm(string Slug, string Url, string Short, IReadOnlyList<string> Names, bool CaseSensitive = false);

#pragma warning restore CA1720
