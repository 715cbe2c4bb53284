using System.Globalization;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;

namespace Briefing.Content;

/// <summary>Reads and checks a page's front matter.</summary>
internal static class PageFrontMatterReader
{
    private static readonly string[] PreviewImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp"];

    public static PageFrontMatter Read(string yaml, string file, int firstLine)
    {
        var map = YamlMapping.Parse(yaml, file, PageFrontMatter.Keys, firstLine);
        var permalink = map.OptionalString("permalink");
        map.Check("permalink", permalink is null || IsSitePath(permalink), $"permalink '{permalink}' is not a site path", "write it like /summaries/background/ (lowercase letters, digits, '-', '/')");

        var dateText = map.OptionalString("date");
        DateOnly? date = null;
        if (dateText is not null && map.Check(
            "date",
            DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed),
            $"date '{dateText}' is not a date in the form YYYY-MM-DD",
            "write e.g. date: 2025-07-07"))
        {
            date = parsed;
        }

        var redirects = RedirectsFrom(map);
        var image = map.OptionalString("image");
        map.Check(
            "image",
            image is null || IsPreviewImage(image),
            $"image '{image}' is not a PNG, JPEG, GIF or WebP file under /assets/",
            "name a PNG, JPEG, GIF or WebP file under assets/, e.g. image: /assets/cover.png (the file goes in input/assets/)");

        var frontMatter = new PageFrontMatter
        {
            Title = map.OptionalString("title"),
            Description = map.OptionalString("description"),
            Order = map.OptionalInt("order") ?? 0,
            Layout = map.OptionalString("layout"),
            LayoutLocation = map.LocationOf("layout"),
            Draft = map.OptionalBool("draft") ?? false,
            Permalink = permalink,
            Date = date,
            RedirectFrom = redirects,
            Article = map.OptionalString("article"),
            Search = map.OptionalBool("search") ?? true,
            Image = image,
            ImageAlt = map.OptionalString("image_alt"),
            ImageLocation = map.LocationOf("image"),
        };
        map.ThrowIfErrors();
        return frontMatter;
    }

    /// <summary>Normalises "/a/b/" or "a/b" to the site-relative "a/b/"; "/" becomes "".</summary>
    /// <summary>The <c>redirect_from</c> list: old site paths that keep working, each checked to be a site path.</summary>
    public static IReadOnlyList<string> RedirectsFrom(YamlMapping map)
    {
        var redirects = new List<string>();
        foreach (var (value, location) in map.StringList("redirect_from"))
        {
            if (IsSitePath(value))
            {
                redirects.Add(value);
            }
            else
            {
                map.Report(Diagnostic.Error($"redirect_from '{value}' is not a site path", location, "write it like /old/path/"));
            }
        }

        return redirects;
    }

    public static string ToPagePath(string sitePath)
    {
        var trimmed = sitePath.Trim('/');
        return trimmed.Length == 0 ? "" : trimmed.EndsWith(".html", StringComparison.Ordinal) ? trimmed : trimmed + "/";
    }

    // Link previews show PNG, JPEG, GIF and WebP; the image must be one of the site's own assets, published with it.
    private static bool IsPreviewImage(string path) =>
        IsSitePath(path) && path.StartsWith("/assets/", StringComparison.Ordinal)
        && PreviewImageExtensions.Any(e => path.EndsWith(e, StringComparison.Ordinal));

    private static bool IsSitePath(string path) =>
        path.StartsWith('/') && !path.Contains("..", StringComparison.Ordinal) && !path.Contains('\\', StringComparison.Ordinal)
        && path.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '/' or '.' or '_');
}
