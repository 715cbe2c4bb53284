using Briefing.Seeds;

namespace Briefing.Scaffolding;

/// <summary>
/// Finds the names an article uses: runs of capitalised words (joined by single spaces, possibly by "of", "for"
/// and the like) and acronyms, with possessives folded ("Russia’s" → Russia) and titles left out ("President
/// Vladimir Putin" → Vladimir Putin). English capitalises every sentence's first word, so a word at a sentence's
/// start counts only when the article also capitalises it in mid-sentence: "Accordingly" never becomes a name,
/// "Russia" at a sentence's start still counts. A single word that ends exactly one longer name ("Putin") used at
/// least as widely is folded into it as an alias. Ranked by how many paragraphs use the name, then by first use.
/// </summary>
internal static class GlossaryCandidates
{
    public static IReadOnlyList<GlossaryCandidate> Extract(IReadOnlyList<SeedParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var sentences = paragraphs.Select(p => (Paragraph: p, Sentences: SentenceSplitter.Split(p.Text).Select(s => (Sentence: s, Words: WordTokenizer.Split(s))).ToList())).ToList();

        var capitalisedInMidSentence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, list) in sentences)
        {
            foreach (var (_, words) in list)
            {
                capitalisedInMidSentence.UnionWith(words.Where(w => !w.StartsSentence && NameWords.IsCapitalised(w.Word)).Select(w => w.Word));
            }
        }

        var occurrences = new List<Occurrence>();
        foreach (var (paragraph, list) in sentences)
        {
            foreach (var (sentence, words) in list)
            {
                occurrences.AddRange(Scan(paragraph, sentence, words, capitalisedInMidSentence));
            }
        }

        return Rank(Fold(occurrences));
    }

    private static IEnumerable<Occurrence> Scan(SeedParagraph paragraph, Sentence sentence, IReadOnlyList<WordToken> words, HashSet<string> capitalised)
    {
        var run = new List<WordToken>();
        var pendingConnectors = 0;
        foreach (var word in words)
        {
            var joinsRun = run.Count > 0 && word.Gap == " " && !run[^1].Possessive;
            if (NameWords.IsAcronym(word.Word))
            {
                if (Flush(paragraph, sentence, run) is { } name)
                {
                    yield return name;
                }

                var acronym = word.Word.Length > 2 && word.Word[^1] == 's' ? word.Word[..^1] : word.Word;
                yield return new Occurrence(acronym, GlossaryCandidateKind.Acronym, new CandidateSource(paragraph.Number, sentence.Text, word.Raw), word.Start);
                pendingConnectors = 0;
                continue;
            }

            var isName = NameWords.IsCapitalised(word.Word) && !NameWords.IsNotName(word.Word) &&
                (!word.StartsSentence || capitalised.Contains(word.Word));
            if (isName)
            {
                if (!joinsRun)
                {
                    if (Flush(paragraph, sentence, run) is { } name)
                    {
                        yield return name;
                    }
                }

                run.Add(word);
                pendingConnectors = 0;
                continue;
            }

            if (run.Count > 0 && joinsRun && pendingConnectors < 2 && NameWords.Connectors.Contains(word.Word))
            {
                pendingConnectors++;
                continue;
            }

            if (Flush(paragraph, sentence, run) is { } flushed)
            {
                yield return flushed;
            }

            pendingConnectors = 0;
        }

        if (Flush(paragraph, sentence, run) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The name the run of words spells, as the paragraph writes it; empties the run.</summary>
    private static Occurrence? Flush(SeedParagraph paragraph, Sentence sentence, List<WordToken> run)
    {
        if (run.Count == 0)
        {
            return null;
        }

        var first = run[0];
        var last = run[^1];
        run.Clear();
        var name = paragraph.Text[first.Start..last.WordEnd];
        var raw = paragraph.Text[first.Start..(last.Start + last.Raw.Length)];
        return new Occurrence(name, GlossaryCandidateKind.Name, new CandidateSource(paragraph.Number, sentence.Text, raw), first.Start);
    }

    /// <summary>Groups occurrences by name and folds a single word into the one longer name it ends.</summary>
    private static List<(GlossaryCandidate Candidate, int FirstOffset)> Fold(List<Occurrence> occurrences)
    {
        var byName = occurrences.GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var longer = byName.Keys.Where(n => LastPart(n) != n).ToList();
        var foldInto = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in byName.Keys.Where(n => LastPart(n) == n && byName[n][0].Kind == GlossaryCandidateKind.Name))
        {
            var owners = longer.Where(l => string.Equals(LastPart(l), name, StringComparison.Ordinal)).ToList();
            // "Karabakh" once beside "Nagorno-Karabakh" three times is a short form; "Azerbaijani" in nine
            // paragraphs is a word of its own, not a short form of the one "Armenian-Azerbaijani".
            if (owners.Count == 1 && Paragraphs(byName[owners[0]]) >= Paragraphs(byName[name]))
            {
                foldInto[name] = owners[0];
            }
        }

        var candidates = new List<(GlossaryCandidate, int)>();
        foreach (var (name, list) in byName)
        {
            if (foldInto.ContainsKey(name))
            {
                continue;
            }

            var aliases = foldInto.Where(f => string.Equals(f.Value, name, StringComparison.Ordinal)).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
            var all = list.Concat(aliases.SelectMany(a => byName[a]))
                .OrderBy(o => o.Source.Paragraph).ThenBy(o => o.Offset)
                .ToList();
            var sources = all.Select(o => o.Source).Distinct().ToList();
            candidates.Add((new GlossaryCandidate(name, list[0].Kind, aliases, sources), all[0].Offset));
        }

        return candidates;
    }

    private static List<GlossaryCandidate> Rank(List<(GlossaryCandidate Candidate, int FirstOffset)> candidates) =>
        [.. candidates
            .OrderByDescending(c => c.Candidate.Paragraphs.Count)
            .ThenBy(c => c.Candidate.Paragraphs[0])
            .ThenBy(c => c.FirstOffset)
            .ThenBy(c => c.Candidate.Name, StringComparer.Ordinal)
            .Select(c => c.Candidate)];

    private static int Paragraphs(List<Occurrence> occurrences) => occurrences.Select(o => o.Source.Paragraph).Distinct().Count();

    /// <summary>The last word or hyphenated part of a name: "Putin" of "Vladimir Putin", "Karabakh" of "Nagorno-Karabakh".</summary>
    private static string LastPart(string name)
    {
        var cut = name.LastIndexOfAny([' ', '-', '\u2010', '\u2011']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    private sealed record Occurrence(string Name, GlossaryCandidateKind Kind, CandidateSource Source, int Offset);
}
