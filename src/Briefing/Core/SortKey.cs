using System.Globalization;
using System.Text;

namespace Briefing.Core;

/// <summary>
/// How titles and terms sort, the same on every machine: accents dropped and letters upper-cased (invariant
/// culture), then compared ordinally, so "Æ", "É" or a curly quote never depend on a collation table.
/// </summary>
internal static class SortKey
{
    public static string For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }
}
