using Briefing.Core;

namespace Briefing.Links;

/// <summary>A glossary term page: the term, its site path, full URL and one-sentence definition.</summary>
internal sealed record TermLink(string Slug, string Term, string Path, string Url, string ShortDefinition);
