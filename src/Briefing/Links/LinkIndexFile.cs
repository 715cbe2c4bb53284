namespace Briefing.Links;

/// <summary>The link index of a build and its <c>links.json</c> text, as <see cref="AddLinkIndex"/> keeps them between preview rebuilds.</summary>
internal sealed record LinkIndexFile(LinkIndex Index, string Json);
