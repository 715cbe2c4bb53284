using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Briefing.Pipeline.Diagnostics;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Briefing.Theme;

/// <summary>
/// Renders Liquid templates from the theme with Fluid. Each template is parsed once and cached for the
/// life of the renderer; partials (<c>{% include 'partials/x' %}</c>) go through Fluid's own cache.
/// Model members are exposed in snake_case (<c>page.canonical_url</c>).
/// </summary>
internal sealed partial class TemplateRenderer
{
    // Encodes only what HTML needs; letters of every script stay readable in the output.
    private static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options;
    private readonly IFileProvider _files;
    private const int BufferSize = 32 * 1024;
    private const int MaxKeptBuffer = 1024 * 1024;

    private readonly ConcurrentDictionary<string, Lazy<IFluidTemplate>> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<StringBuilder> _buffers = [];

    private readonly string? _siteRoot;

    /// <param name="files">Where templates are looked up.</param>
    /// <param name="siteRoot">The site root, so that errors name template files relative to it.</param>
    public TemplateRenderer(IFileProvider files, string? siteRoot = null)
    {
        _siteRoot = siteRoot;
        _files = files;
        _options = new TemplateOptions
        {
            FileProvider = new FileLookups(files),
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
        };
        _options.Filters.AddFilter("slug", (input, _, _) => new StringValue(Core.Slug.From(input.ToStringValue())));
    }

    public bool Exists(string path) => _files.GetFileInfo(path).Exists;

    public string Render(string path, object model)
    {
        var template = _templates.GetOrAdd(path, p => new Lazy<IFluidTemplate>(() => Parse(p))).Value;
        var context = new TemplateContext(model, _options);
        var buffer = _buffers.TryTake(out var reused) ? reused : new StringBuilder(BufferSize);
        try
        {
            using var writer = new StringWriter(buffer, CultureInfo.InvariantCulture);
            var rendering = template.RenderAsync(writer, Encoder, context);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }

            return buffer.ToString();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DiagnosticException)
        {
            // Everything a render throws comes from the template and the values it was given (a division by zero,
            // a filter's bad argument), so it is the template's error, placed at its tag where that can be found.
            var location = new TemplateErrorLocator(_parser, _options, _files).Find(path, model, ex) is { } place
                ? new SourceLocation(SourceOf(place.Path), place.Line, place.Column)
                : new SourceLocation(SourceOf(path));
            throw new DiagnosticException($"template failed to render: {ex.Message}", location, "fix the Liquid in this template or in a partial it includes");
        }
        finally
        {
            // Kept for the next page: growing a fresh buffer to a page's length on every render cost more than the copy out.
            buffer.Clear();
            if (buffer.Capacity <= MaxKeptBuffer)
            {
                _buffers.Add(buffer);
            }
        }
    }

    private IFluidTemplate Parse(string path)
    {
        var file = _files.GetFileInfo(path);
        if (!file.Exists)
        {
            throw new DiagnosticException($"layout '{path}' was not found", new SourceLocation("theme/" + path), "add the layout to theme/ (or input/), or change the page's layout in its front matter");
        }

        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        if (!_parser.TryParse(source, out var template, out var error))
        {
            // Fluid reports the place as "(line:column)" inside its message; lift it into the location.
            var place = LiquidErrorPlace().Match(error);
            var location = place.Success
                ? new SourceLocation(SourceOf(path), int.Parse(place.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(place.Groups[2].Value, CultureInfo.InvariantCulture))
                : new SourceLocation(SourceOf(path));
            var message = error.Split('\n')[0].Trim();
            throw new DiagnosticException($"invalid Liquid: {message}", location, "check that every {% tag %} is closed and every {{ }} is balanced");
        }

        CheckIncludes(path, source);
        return template;
    }

    // Fluid renders an include of a missing file as nothing, so a typo in a partial's name would silently drop
    // part of every page; each literal include is therefore checked when its template is parsed.
    private void CheckIncludes(string path, string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match include in IncludeTag().Matches(lines[i]))
            {
                var name = include.Groups[2].Value;
                var file = name.EndsWith(".liquid", StringComparison.Ordinal) ? name : name + ".liquid";
                if (!Exists(file))
                {
                    throw new DiagnosticException(
                        $"{include.Groups[1].Value} of '{name}' finds no template: there is no {file} in theme/ or input/",
                        new SourceLocation(SourceOf(path), i + 1, include.Index + 1),
                        "fix the name (partials are included as 'partials/NAME'), or add the partial");
                }
            }
        }
    }

    private string SourceOf(string path)
    {
        var physical = _files.GetFileInfo(path).PhysicalPath;
        if (physical is null)
        {
            return path;
        }

        return (_siteRoot is null ? physical : Path.GetRelativePath(_siteRoot, physical)).Replace('\\', '/');
    }

    [GeneratedRegex(@"\{%-?\s*(include|render)\s+['""]([^'""]+)['""]", RegexOptions.CultureInvariant)]
    private static partial Regex IncludeTag();

    [GeneratedRegex(@"\((\d+):(\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidErrorPlace();
}
