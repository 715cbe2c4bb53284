using System.Globalization;
using System.Text;
using Briefing.Glossary.Linking;

namespace Briefing.Benchmarks;

/// <summary>
/// A deterministic stand-in for a large briefing: made-up terms of one to three words (some with an alias,
/// some case-sensitive acronyms) and article pages of about 600 words that mention them now and then.
/// </summary>
internal sealed class SyntheticGlossary
{
    private static readonly string[] Syllables =
    [
        "ka", "ra", "bakh", "zer", "bai", "jan", "lo", "mi", "sha", "tu", "ven", "dor", "al", "iy", "ev", "gan",
        "sum", "qu", "nar", "pol", "tek", "os", "ur", "hin", "del", "ba", "ku", "ne", "rio", "stan",
    ];

    private static readonly string[] Filler =
    [
        "the", "of", "and", "to", "in", "a", "that", "said", "for", "on", "was", "with", "as", "by", "its", "government",
        "minister", "officials", "talks", "border", "agreement", "after", "before", "week", "month", "would", "could",
        "not", "but", "from", "has", "had", "have", "been", "over", "under", "against", "between", "region", "forces",
        "president", "foreign", "policy", "statement", "airline", "crash", "pipeline", "gas", "oil", "trade", "sanctions",
        "court", "journalists", "arrested", "detained", "embassy", "ceasefire", "peace", "treaty", "summit", "meeting",
    ];

    private readonly List<string> _usedNames = [];

    public SyntheticGlossary(int termCount, int pageCount, int wordsPerPage, ulong seed)
    {
        var random = new SeededRandom(seed);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var terms = new List<LinkableTerm>(termCount);
        while (terms.Count < termCount)
        {
            var slug = $"term-{terms.Count.ToString(CultureInfo.InvariantCulture)}";
            var acronym = random.Chance(8);
            var name = acronym ? Acronym(random) : Name(random, words: 1 + random.Next(3));
            if (!taken.Add(name))
            {
                continue;
            }

            var names = new List<string> { name };
            var alias = Name(random, words: 1);
            if (!acronym && random.Chance(30) && taken.Add(alias))
            {
                names.Add(alias);
            }

            _usedNames.AddRange(names);
            terms.Add(new LinkableTerm(slug, $"/glossary/{slug}/", $"Short definition of {name}.", names, acronym));
        }

        Terms = terms;
        Pages = [.. Enumerable.Range(0, pageCount).Select(page => PageHtml(random, page, wordsPerPage))];
    }

    public IReadOnlyList<LinkableTerm> Terms { get; }

    /// <summary>Each page as the HTML of its <c>&lt;article&gt;</c>: a heading and numbered paragraphs.</summary>
    public IReadOnlyList<string> Pages { get; }

    public IEnumerable<TermPattern> Patterns() =>
        Terms.SelectMany(term => term.Names.Select(name => new TermPattern(name, term.Slug, term.CaseSensitive)));

    private string PageHtml(SeededRandom random, int page, int wordsPerPage)
    {
        const int wordsPerParagraph = 60;
        var html = new StringBuilder(wordsPerPage * 8);
        html.Append(CultureInfo.InvariantCulture, $"<article><h1>Page {page}</h1>");
        for (var paragraph = 1; paragraph * wordsPerParagraph <= wordsPerPage; paragraph++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"p{paragraph}\">");
            for (var word = 0; word < wordsPerParagraph; word++)
            {
                if (word > 0)
                {
                    html.Append(' ');
                }

                if (random.Chance(4))
                {
                    html.Append(random.Pick(_usedNames)).Append(random.Chance(20) ? "’s" : "");
                }
                else if (random.Chance(2))
                {
                    html.Append("<em>").Append(random.Pick(Filler)).Append("</em>");
                }
                else
                {
                    html.Append(random.Pick(Filler)).Append(random.Chance(8) ? "." : "");
                }
            }

            html.Append("</p>");
        }

        return html.Append("</article>").ToString();
    }

    private static string Name(SeededRandom random, int words)
    {
        var name = new StringBuilder();
        for (var word = 0; word < words; word++)
        {
            if (word > 0)
            {
                name.Append(' ');
            }

            var syllables = 2 + random.Next(3);
            var start = name.Length;
            for (var s = 0; s < syllables; s++)
            {
                name.Append(random.Pick(Syllables));
            }

            name[start] = char.ToUpperInvariant(name[start]);
        }

        return name.ToString();
    }

    private static string Acronym(SeededRandom random)
    {
        var letters = new char[3 + random.Next(2)];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('A' + random.Next(26));
        }

        return new string(letters);
    }
}
