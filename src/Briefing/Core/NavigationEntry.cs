namespace Briefing.Core;

/// <summary>
/// A page kind's place in the site navigation: <see cref="Rank"/> orders the entries (lower first), and
/// <see cref="Title"/> names the entry when the kind has one page; several pages of a kind are listed each
/// under its own title.
/// </summary>
internal sealed record NavigationEntry(int Rank, string Title);
