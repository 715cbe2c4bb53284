using Briefing.Core;

namespace Briefing.Glossary;

#pragma warning disable CA1720 // "Short" is the glossary's own word for the one-line definition, not a type.

/// <summary>A link to a term as templates see it: a see-also chip or an entry of the A–Z index.</summary>
internal sealed record TermLinkView(string Slug, string Term, string Url, string Short);

#pragma warning restore CA1720
