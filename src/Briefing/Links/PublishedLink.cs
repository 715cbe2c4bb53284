namespace Briefing.Links;

/// <summary>
/// A link found in a written page: the element and attribute it is in (<c>a</c>, <c>href</c>), its value as written,
/// a short text to recognise it by and its line in the output file.
/// </summary>
internal sealed record PublishedLink(string Element, string Attribute, string Value, string? Text, int Line);
