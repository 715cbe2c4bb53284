using Briefing.Seeds;

namespace Briefing.Links;

/// <summary>A numbered paragraph of an article: its ¶ label, site path with anchor (<c>/articles/x/#p9</c>), full URL and opening words.</summary>
internal sealed record ParagraphLink(string Article, int Number, string Label, string Path, string Url, string FirstWords);
