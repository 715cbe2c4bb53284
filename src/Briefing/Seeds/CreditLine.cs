using System.Collections.Frozen;
using System.Text;

namespace Briefing.Seeds;

/// <summary>
/// Recognises a photo-credit line such as <c>Фото: Getty Images</c>: a short line <c>Label: value</c>
/// whose label is one of <see cref="Labels"/>, compared case-insensitively. The list is deliberately small;
/// an unknown label means the line is taken as the title, so add a word here when a publisher uses another.
/// </summary>
internal static class CreditLine
{
    /// <summary>Longest line still taken for a credit; anything longer is prose.</summary>
    public const int MaxLength = 160;

    /// <summary>Credit words, in lowercase, grouped by language.</summary>
    public static FrozenSet<string> Labels { get; } = new[]
    {
        // English
        "photo", "photos", "photograph", "photo credit", "image", "image credit", "picture", "credit", "illustration",
        // Russian, Ukrainian
        "фото", "фотография", "изображение", "иллюстрация", "фото обложки", "світлина", "ілюстрація",
        // German, Dutch
        "foto", "bild", "bildquelle", "afbeelding",
        // French, Spanish, Portuguese, Italian
        "crédit", "crédit photo", "crédito", "imagen", "imagem", "immagine", "fotografía", "fotografia",
        // Turkish, Polish
        "fotoğraf", "görsel", "fot.", "zdjęcie",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(string line, out SeedCredit? credit)
    {
        credit = null;
        var trimmed = line.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (trimmed.Length > MaxLength || colon <= 0)
        {
            return false;
        }

        var label = trimmed[..colon].Trim();
        var value = trimmed[(colon + 1)..].Trim();
        if (value.Length == 0 || !Labels.Contains(CollapseSpaces(label.Normalize(NormalizationForm.FormC))))
        {
            return false;
        }

        credit = new SeedCredit(label, value);
        return true;
    }

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
