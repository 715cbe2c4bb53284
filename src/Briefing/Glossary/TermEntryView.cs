using Briefing.Core;

namespace Briefing.Glossary;

#pragma warning disable CA1720 // "Short" is the glossary's own word for the one-line definition, not a type.

/// <summary>
/// One entry of the A–Z index. <paramref name="FilterText"/> holds the term and its aliases, lower-cased, for the
/// filter box to match against.
/// </summary>
internal sealed record TermEntryView(string Slug, string Term, string Url, string Short, IReadOnlyList<string> Aliases, string FilterText);

#pragma warning restore CA1720
