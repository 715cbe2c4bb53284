using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Tests.Links;

/// <summary>
/// Walks a built site the way a visitor would follow its links, independently of the build's own link checker:
/// every <c>href</c> and <c>src</c> of every page is resolved against the page's published URL, and internal ones
/// must reach a file (and, with a fragment, an element with that id).
/// </summary>
internal sealed class OutputLinkWalk
{
    private OutputLinkWalk(string output, Uri baseUrl)
    {
        Files = [.. Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))];
        var parser = new HtmlParser();
        Pages = Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f, f => parser.ParseDocument(File.ReadAllText(Path.Combine(output, f))), StringComparer.Ordinal);
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public HashSet<string> Files { get; }

    public Dictionary<string, IHtmlDocument> Pages { get; }

    public List<string> Broken { get; } = [];

    public int InternalLinks { get; private set; }

    public int Fragments { get; private set; }

    public static OutputLinkWalk Run(string output, Uri baseUrl)
    {
        var walk = new OutputLinkWalk(output, baseUrl);
        foreach (var (file, document) in walk.Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                walk.Follow(file, element.GetAttribute("href") ?? element.GetAttribute("src")!);
            }
        }

        return walk;
    }

    public Uri UrlOf(string file) =>
        new(BaseUrl, file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    private void Follow(string file, string value)
    {
        if (value.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return;
        }

        var target = new Uri(UrlOf(file), value);
        if (target.Host != BaseUrl.Host)
        {
            return;
        }

        InternalLinks++;
        if (!target.AbsolutePath.StartsWith(BaseUrl.AbsolutePath, StringComparison.Ordinal))
        {
            Broken.Add($"{file}: {value} leaves the base path");
            return;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath[BaseUrl.AbsolutePath.Length..]);
        var targetFile = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!Files.Contains(targetFile))
        {
            Broken.Add($"{file}: {value} -> {targetFile} does not exist");
            return;
        }

        if (target.Fragment.Length > 1)
        {
            Fragments++;
            var id = Uri.UnescapeDataString(target.Fragment[1..]);
            if (Pages[targetFile].GetElementById(id) is null)
            {
                Broken.Add($"{file}: {value} -> {targetFile} has no id '{id}'");
            }
        }
    }
}
