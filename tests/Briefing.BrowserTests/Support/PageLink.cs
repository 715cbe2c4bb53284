using Briefing.Links;

namespace Briefing.BrowserTests.Support;

/// <summary>A link on a page: the element, its attribute as written, and the URL the browser resolved it to.</summary>
public sealed record PageLink
{
    public string Element { get; init; } = "";

    public string Attribute { get; init; } = "";

    public string Url { get; init; } = "";
}
