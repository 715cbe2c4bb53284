namespace Briefing.Preview;

/// <summary>What a request path resolved to: a file, a folder to redirect to (with '/'), or nothing.</summary>
internal sealed record SiteFile(string? FullPath, bool IsRedirect)
{
    public static SiteFile Missing { get; } = new(null, false);

    public static SiteFile Redirect { get; } = new(null, true);

    public static SiteFile Found(string fullPath) => new(fullPath, false);
}
