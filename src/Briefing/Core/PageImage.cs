using Briefing.Pipeline.Diagnostics;

namespace Briefing.Core;

/// <summary>
/// An image a page's front matter names for link previews instead of its own social card (<c>image:</c>): an asset
/// of the site such as <c>assets/cover.png</c>, with its text alternative and where <c>image:</c> was written.
/// </summary>
internal sealed record PageImage(string AssetPath, string? Alt, SourceLocation? Location);
