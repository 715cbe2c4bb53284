using System.IO.Hashing;
using Briefing.Pipeline.Diagnostics;
using Briefing.Theme;
using SkiaSharp;

namespace Briefing.Cards;

/// <summary>
/// The cards' typefaces, read from the theme (<c>fonts/</c>, overridable like any theme file) and never from the
/// machine, so a card looks the same wherever it is built. <see cref="Fingerprint"/> sums up their bytes, for the
/// cache: another font renders every card again.
/// </summary>
internal sealed class CardFonts : IDisposable
{
    public const string RegularPath = "fonts/DejaVuSans.ttf";
    public const string BoldPath = "fonts/DejaVuSans-Bold.ttf";

    private CardFonts(SKTypeface regular, SKTypeface bold, string fingerprint)
    {
        Regular = regular;
        Bold = bold;
        Fingerprint = fingerprint;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public string Fingerprint { get; }

    public static CardFonts Load(ThemeFiles theme)
    {
        var regular = Read(theme, RegularPath);
        var bold = Read(theme, BoldPath);
        var fingerprint = Convert.ToHexStringLower(XxHash128.Hash([.. regular.Bytes, .. bold.Bytes]));
        return new CardFonts(regular.Typeface, bold.Typeface, fingerprint);
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static (byte[] Bytes, SKTypeface Typeface) Read(ThemeFiles theme, string path)
    {
        var file = theme.Provider.GetFileInfo(path);
        var where = new SourceLocation(file.PhysicalPath is { } physical ? Path.GetRelativePath(theme.SiteRoot, physical).Replace('\\', '/') : "theme/" + path, 1, 1);
        if (!file.Exists)
        {
            throw new DiagnosticException($"the social cards' font {path} is missing", where, $"restore theme/{path} (see docs/pictures.md), or put a TrueType font of that name in input/{path}");
        }

        byte[] bytes;
        using (var stream = file.CreateReadStream())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data);
        if (typeface is null || typeface.GlyphCount == 0)
        {
            typeface?.Dispose();
            throw new DiagnosticException($"the social cards' font {path} is not a font Briefing can read", where, "use a TrueType (.ttf) or OpenType (.otf) font file");
        }

        return (bytes, typeface);
    }
}
