using Briefing.Glossary.Linking;

namespace Briefing.Benchmarks;

/// <summary>
/// The real site's glossary as the linker sees it (each term's name, aliases, short definition and case rule), read
/// from the front matter of <c>input/glossary/*.md</c> with a line reader that knows only the keys it needs: enough
/// for a benchmark, which must not depend on the build's own reading of the files.
/// </summary>
internal static class CorpusGlossary
{
    public static IReadOnlyList<LinkableTerm> Terms()
    {
        var terms = new List<LinkableTerm>();
        var folder = RepositoryFiles.PathOf(Path.Combine("input", "glossary"));
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            string? name = null;
            var shortText = "";
            var aliases = new List<string>();
            var caseSensitive = false;
            foreach (var line in File.ReadLines(file).Skip(1).TakeWhile(l => l != "---"))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var (key, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].Trim());
                switch (key)
                {
                    case "term":
                        name = Unquote(value);
                        break;
                    case "short":
                        shortText = Unquote(value);
                        break;
                    case "aliases":
                        aliases.AddRange(value.Trim('[', ']').Split(',').Select(a => Unquote(a.Trim())).Where(a => a.Length > 0));
                        break;
                    case "case_sensitive":
                        caseSensitive = value == "true";
                        break;
                }
            }

            if (name is not null)
            {
                terms.Add(new LinkableTerm(slug, $"/glossary/{slug}/", shortText, [name, .. aliases], caseSensitive));
            }
        }

        return terms;
    }

    private static string Unquote(string value) => value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
