namespace Briefing.BuildBench;

/// <summary>
/// Prepares each row's sites and times the two generators alternately in the same sitting: after the warm-up,
/// each round runs both, the order swapped every round, so slow drift of a shared machine hits both alike.
/// Every run starts from an empty output folder.
/// </summary>
internal sealed class BenchRunner(BenchOptions options, string siteRoot, string work)
{
    private static readonly string[] SiteParts = ["briefing.yml", "links.lock", "seeds", "input", "theme"];

    private readonly TimedProcess _timed = new(options.TimeTool);

    public async Task<RowResult> RunAsync(BenchRow row)
    {
        var folder = Path.Combine(work, row.Name.Replace(' ', '-').Replace(",", "", StringComparison.Ordinal));
        var site = Path.Combine(folder, "site");
        var hugo = Path.Combine(folder, "hugo");
        Prepare(row, site, hugo);

        var briefingOut = Path.Combine(folder, "briefing-out");
        var hugoOut = Path.Combine(folder, "hugo-out");
        var briefing = new List<Measurement>();
        var hugoRuns = new List<Measurement>();
        for (var round = 0; round < options.Warmup + options.Runs; round++)
        {
            var timedRound = round >= options.Warmup;
            async Task Briefing()
            {
                var m = await RunEmptyAsync(briefingOut, options.Briefing, ["build", "--root", site, "-o", briefingOut], folder).ConfigureAwait(false);
                if (timedRound)
                {
                    briefing.Add(m);
                }
            }

            async Task Hugo()
            {
                if (!row.HasHugo)
                {
                    return;
                }

                var m = await RunEmptyAsync(hugoOut, options.Hugo, ["--source", hugo, "--destination", hugoOut, "--quiet"], folder).ConfigureAwait(false);
                if (timedRound)
                {
                    hugoRuns.Add(m);
                }
            }

            if (round % 2 == 0)
            {
                await Briefing().ConfigureAwait(false);
                await Hugo().ConfigureAwait(false);
            }
            else
            {
                await Hugo().ConfigureAwait(false);
                await Briefing().ConfigureAwait(false);
            }
        }

        var largest = new DirectoryInfo(briefingOut).EnumerateFiles("*.html", SearchOption.AllDirectories).MaxBy(f => f.Length)!;
        return new RowResult(row, briefing, hugoRuns, Path.GetRelativePath(briefingOut, largest.FullName), largest.Length);
    }

    /// <summary>
    /// What the search index adds to a full build: the <paramref name="pages"/>-page corpus built with search on and
    /// with <c>search: false</c> in its settings, alternately, in the same sitting.
    /// </summary>
    public async Task<SearchCostResult> RunSearchCostAsync(int pages)
    {
        var folder = Path.Combine(work, $"{pages}-pages-search-cost");
        var site = Path.Combine(folder, "site");
        var withoutSearch = Path.Combine(folder, "site-without-search");
        Prepare(new BenchRow("search cost", pages, 0), site, Path.Combine(folder, "hugo"));
        if (Directory.Exists(withoutSearch))
        {
            Directory.Delete(withoutSearch, recursive: true);
        }

        Copy(site, withoutSearch);
        File.AppendAllText(Path.Combine(withoutSearch, "briefing.yml"), "\nsearch: false\n");

        var output = Path.Combine(folder, "briefing-out");
        var on = new List<Measurement>();
        var off = new List<Measurement>();
        for (var round = 0; round < options.Warmup + options.Runs; round++)
        {
            var order = round % 2 == 0 ? new[] { (site, on), (withoutSearch, off) } : [(withoutSearch, off), (site, on)];
            foreach (var (root, runs) in order)
            {
                var m = await RunEmptyAsync(output, options.Briefing, ["build", "--root", root, "-o", output], folder).ConfigureAwait(false);
                if (round >= options.Warmup)
                {
                    runs.Add(m);
                }
            }
        }

        return new SearchCostResult(pages, on, off);
    }

    private async Task<Measurement> RunEmptyAsync(string output, string command, string[] arguments, string workingDirectory)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        return await _timed.RunAsync(command, arguments, workingDirectory).ConfigureAwait(false);
    }

    private void Prepare(BenchRow row, string site, string hugo)
    {
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        foreach (var part in SiteParts)
        {
            Copy(Path.Combine(siteRoot, part), Path.Combine(site, part));
        }

        if (row.Pages == 0)
        {
            return;
        }

        var seed = Directory.EnumerateFiles(Path.Combine(site, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var corpus = Corpus.FromSeed(seed);
        corpus.AddToBriefingSite(site, row.Pages);
        if (row.GlossaryTerms > 0)
        {
            GeneratedGlossary.AddTo(site, corpus, row.GlossaryTerms);
        }

        if (Directory.Exists(hugo))
        {
            Directory.Delete(hugo, recursive: true);
        }

        corpus.WriteHugoSite(hugo, row.Pages);
    }

    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to, overwrite: true);
            return;
        }

        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
