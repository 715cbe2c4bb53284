using System.Globalization;

namespace Briefing.Maps;

/// <summary>
/// Numbers as the maps write them: one decimal (a tenth of an SVG unit, far below a pixel), invariant culture,
/// no "-0". Rounding also hides the last-bit differences that trigonometric functions may show between
/// platforms, so the bytes of a map are the same on every machine.
/// </summary>
internal static class SvgNumber
{
    public static string Format(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
