using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// The Markdown body of a generated page, shaped like those of <c>bench/compare.sh</c>'s corpus: four <c>##</c>
/// sections, each two of the seed's paragraphs picked by <paramref name="random"/> and one list item with emphasis
/// and an external link (<c>https://example.org/{i}</c> followed by <paramref name="linkQuery"/>).
/// </summary>
internal static class GeneratedPageMarkdown
{
    public static string Body(int i, string[] paragraphs, SeededRandom random, string linkQuery = "")
    {
        var text = new StringBuilder();
        for (var section = 0; section < 4; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Section {section + 1}\n\n");
            for (var p = 0; p < 2; p++)
            {
                text.Append(random.Pick(paragraphs)).Append("\n\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"- point {i}.{section} with *emphasis* and a [link](https://example.org/{i}{linkQuery})\n\n");
        }

        return text.ToString();
    }
}
