using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>The focused element and whether a reader can see that it has focus; Playwright fills it from the page through its setters.</summary>
public sealed record FocusState
{
    public string Element { get; init; } = "";

    public string? Id { get; init; }

    public string? ClassName { get; init; }

    public string? Href { get; init; }

    public string Outline { get; init; } = "none";

    public string BoxShadow { get; init; } = "none";

    public double Width { get; init; }

    public double Height { get; init; }

    public double Top { get; init; }

    public double Left { get; init; }

    private const string Script = """
        () => {
          const e = document.activeElement;
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          return {
            element: e.tagName.toLowerCase(),
            id: e.id || null,
            className: e.getAttribute('class'),
            href: e.getAttribute('href'),
            outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
              ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
            boxShadow: style.boxShadow,
            width: box.width, height: box.height, top: box.top, left: box.left,
          };
        }
        """;

    /// <summary>An outline or a box shadow marks the focused element.</summary>
    public bool HasVisibleIndicator => Outline != "none" || (BoxShadow != "none" && BoxShadow.Length > 0);

    /// <summary>The element is drawn inside the viewport, not moved off screen or clipped to nothing.</summary>
    public bool IsOnScreen => Width >= 1 && Height >= 1 && Top >= 0 && Left >= 0;

    public static async Task<FocusState> ReadAsync(IPage page) =>
        await page.EvaluateAsync<FocusState>(Script) ?? throw new InvalidOperationException("Nothing has focus.");

    public override string ToString() =>
        $"<{Element}{(Id is null ? "" : $" id=\"{Id}\"")}{(ClassName is null ? "" : $" class=\"{ClassName}\"")}{(Href is null ? "" : $" href=\"{Href}\"")}> (outline: {Outline}; box-shadow: {BoxShadow})";
}
