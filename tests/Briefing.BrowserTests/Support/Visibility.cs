using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>Whether a reader can see an element: rendered, not hidden, not transparent and not shrunk or clipped to nothing.</summary>
internal static class Visibility
{
    private const string Script = """
        e => {
          if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
          const box = e.getBoundingClientRect();
          const style = getComputedStyle(e);
          const clippedAway = style.clipPath === 'inset(50%)' || /^rect\(0(px)?,? ?0(px)?,? ?0(px)?,? ?0(px)?\)$/.test(style.clip);
          return box.width > 1 && box.height > 1 && !clippedAway;
        }
        """;

    public static Task<bool> IsShownAsync(ILocator element) => element.EvaluateAsync<bool>(Script);
}
