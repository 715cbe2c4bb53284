using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.BuildBench;

/// <summary>
/// A larger glossary for the benchmark: terms named after words of the seed's paragraphs, so the generated
/// pages mention them as often as running text mentions ordinary words. Words that are part of a name of the
/// site's own terms are left out, so no generated name clashes with a real one.
/// </summary>
internal static partial class GeneratedGlossary
{
    public const string SlugPrefix = "bench-";

    public static void AddTo(string siteRoot, Corpus corpus, int count)
    {
        var folder = Path.Combine(siteRoot, "input", "glossary");
        var taken = ExistingNameWords(folder);
        var candidates = corpus.Paragraphs
            .SelectMany(p => LowerCaseWord().Matches(p).Select(m => m.Value))
            .Where(w => w.Length >= 6 && !taken.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (candidates.Count < count)
        {
            throw new InvalidOperationException($"the seed offers only {candidates.Count} words for generated terms; {count} were asked for");
        }

        for (var i = 0; i < count; i++)
        {
            // Evenly spaced through the sorted words, so the terms cover the whole alphabet.
            var word = candidates[(int)((long)i * candidates.Count / count)];
            File.WriteAllText(Path.Combine(folder, $"{SlugPrefix}{word}.md"), Entry(word, i));
        }
    }

    private static string Entry(string word, int i) => string.Create(
        CultureInfo.InvariantCulture,
        $"---\nterm: \"{word}\"\nshort: \"Generated term {i + 1} for measuring builds with a larger glossary.\"\n---\n\nA generated entry: the word as the article uses it, listed here so that a build links it on every page.\n");

    private static HashSet<string> ExistingNameWords(string folder)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.StartsWith("term:", StringComparison.Ordinal) || l.StartsWith("aliases:", StringComparison.Ordinal)))
            {
                words.UnionWith(AnyWord().Matches(line.ToLowerInvariant()).Select(m => m.Value));
            }
        }

        return words;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])\p{Ll}+(?![\p{L}\p{Mn}'’])", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex AnyWord();
}
