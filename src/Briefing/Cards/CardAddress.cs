namespace Briefing.Cards;

/// <summary>
/// Where a page's card is written: <c>cards/</c> followed by the page's path without its final slash or
/// <c>.html</c>, plus <c>.png</c> (<c>summaries/outlook/</c> → <c>cards/summaries/outlook.png</c>; the home page,
/// whose path is empty, → <c>cards/index.png</c>; <c>404.html</c> → <c>cards/404.png</c>). Derived from the page's
/// address alone, so it is as stable as the page's and needs no lookup.
/// </summary>
internal static class CardAddress
{
    public const string Folder = "cards";

    public static string For(string pagePath)
    {
        var path = pagePath.EndsWith(".html", StringComparison.Ordinal) ? pagePath[..^".html".Length] : pagePath.TrimEnd('/');
        return $"{Folder}/{(path.Length == 0 ? "index" : path)}.png";
    }
}
