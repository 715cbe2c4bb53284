namespace Briefing.Links;

/// <summary>An old site path (<c>redirect_from</c>) that keeps working by forwarding to a page's current path.</summary>
internal sealed record RedirectLink(string From, string To, string Url);
