using System.Text.RegularExpressions;
using Fluid;
using Microsoft.Extensions.FileProviders;

namespace Briefing.Theme;

/// <summary>
/// Finds where in a template a render failed. Fluid's runtime errors (a division by zero, a bad argument to a
/// filter) carry no position, so on that error path each output tag (<c>{{ … }}</c>) and <c>{% assign %}</c> of the
/// template and of the partials it includes is evaluated on its own with the same model; the first that fails the
/// same way is the place. A tag that fails only inside a loop (it reads the loop's variable) is not found, and the
/// error then names the template without a line.
/// </summary>
internal sealed partial class TemplateErrorLocator(FluidParser parser, TemplateOptions options, IFileProvider files)
{
    private const int MaxIncludeDepth = 8;

    /// <summary>The template (its path in the theme), line and column of the tag that fails, or null.</summary>
    public (string Path, int Line, int Column)? Find(string path, object model, Exception failure) =>
        Find(path, model, failure.GetType(), new HashSet<string>(StringComparer.Ordinal), 0);

    private (string Path, int Line, int Column)? Find(string path, object model, Type failure, HashSet<string> seen, int depth)
    {
        if (depth > MaxIncludeDepth || !seen.Add(path) || Read(path) is not { } source)
        {
            return null;
        }

        foreach (Match tag in OutputOrAssignTag().Matches(source))
        {
            if (FailsAlone(tag.Value, model, failure))
            {
                var before = source.AsSpan(0, tag.Index);
                var line = before.Count('\n') + 1;
                var column = tag.Index - (before.LastIndexOf('\n') + 1) + 1;
                return (path, line, column);
            }
        }

        foreach (Match include in IncludeTag().Matches(source))
        {
            var name = include.Groups[1].Value;
            var partial = name.EndsWith(".liquid", StringComparison.Ordinal) ? name : name + ".liquid";
            if (Find(partial, model, failure, seen, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private bool FailsAlone(string tag, object model, Type failure)
    {
        if (!parser.TryParse(tag, out var template, out _))
        {
            return false;
        }

        try
        {
            template.Render(new TemplateContext(model, options));
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ex.GetType() == failure;
        }
    }

    private string? Read(string path)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%-?\s*assign\b.*?%\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex OutputOrAssignTag();

    [GeneratedRegex(@"\{%-?\s*(?:include|render)\s+['""]([^'""]+)['""]", RegexOptions.CultureInvariant)]
    private static partial Regex IncludeTag();
}
