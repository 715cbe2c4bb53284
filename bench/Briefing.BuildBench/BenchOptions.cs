using System.Globalization;

namespace Briefing.BuildBench;

/// <summary>
/// The harness's command line. A handful of flags, parsed by hand: this tool is run by a script, not by users,
/// and keeping it free of packages keeps its own start-up out of what it measures.
/// </summary>
internal sealed record BenchOptions
{
    public required string Briefing { get; init; }

    public string Hugo { get; init; } = "hugo";

    public string TimeTool { get; init; } = "/usr/bin/time";

    public string? Site { get; init; }

    public IReadOnlyList<int> Sizes { get; init; } = [250, 1000, 4000];

    public int GlossaryTerms { get; init; } = 200;

    public int GlossarySize { get; init; } = 4000;

    public int Runs { get; init; } = 5;

    public int Warmup { get; init; } = 1;

    public bool RealSite { get; init; } = true;

    /// <summary>Pages of the corpus built with and without search to measure what the index adds; 0 for none.</summary>
    public int SearchCost { get; init; } = 4000;

    public bool Glossary { get; init; } = true;

    public string? Work { get; init; }

    public static string Usage =>
        """
        usage: briefing-buildbench --briefing PATH [options]
          --briefing PATH      the published briefing executable (bench/compare.sh publishes it)
          --hugo PATH          hugo (default: hugo on PATH)
          --site DIR           the site to grow (default: the repository root above the current folder)
          --sizes LIST         generated page counts, comma-separated (default 250,1000,4000; none for no such rows)
          --glossary-terms N   generated terms of the glossary row (default 200; 0 for no glossary row)
          --glossary-size N    pages of the glossary row (default 4000)
          --runs N             timed runs of each generator per row (default 5)
          --warmup N           untimed runs first (default 1)
          --no-real-site       leave out the real site's row
          --search-cost N      pages of the corpus built with and without search (default 4000; 0 for none)
          --work DIR           build the corpora here and keep them (default: a temporary folder, deleted at the end)
        """;

    public static BenchOptions Parse(string[] args)
    {
        string? briefing = null;
        var options = new BenchOptions { Briefing = "" };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--briefing" => options with { Briefing = briefing = Value() },
                "--hugo" => options with { Hugo = Value() },
                "--time" => options with { TimeTool = Value() },
                "--site" => options with { Site = Value() },
                "--sizes" => options with { Sizes = ParseSizes(Value()) },
                "--glossary-terms" => options with { GlossaryTerms = Number(), Glossary = options.Glossary },
                "--glossary-size" => options with { GlossarySize = Number() },
                "--runs" => options with { Runs = Number() },
                "--warmup" => options with { Warmup = Number() },
                "--no-real-site" => options with { RealSite = false },
                "--search-cost" => options with { SearchCost = Number() },
                "--work" => options with { Work = Value() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        if (briefing is null)
        {
            throw new ArgumentException("--briefing is required");
        }

        return options with { Glossary = options.GlossaryTerms > 0 };
    }

    private static int[] ParseSizes(string value) =>
        value == "none" ? [] : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}
