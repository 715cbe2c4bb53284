namespace Briefing.Links;

/// <summary>Where a written page is served (<see cref="LinkResolver.PageUrl"/>): its URL and that URL's path, made once for all the page's links.</summary>
internal sealed record PageAddress(Uri Url)
{
    public string Path { get; } = Url.AbsolutePath;
}
