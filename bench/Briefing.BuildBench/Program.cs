using System.Globalization;
using Briefing.BuildBench;

if (args.Contains("--help"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"error: {ex.Message}\n{BenchOptions.Usage}");
    return 2;
}

var siteRoot = Path.GetFullPath(options.Site ?? FindSiteRoot(Environment.CurrentDirectory) ?? ".");
if (!File.Exists(Path.Combine(siteRoot, "briefing.yml")))
{
    Console.Error.WriteLine($"error: no briefing.yml in {siteRoot}; run from the repository or pass --site");
    return 2;
}

var work = options.Work is { } kept ? Path.GetFullPath(kept) : Path.Combine(Path.GetTempPath(), "briefing-buildbench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(work);

List<BenchRow> rows = [];
if (options.RealSite)
{
    rows.Add(new BenchRow("real site", 0, 0));
}

rows.AddRange(options.Sizes.Select(n => new BenchRow(string.Create(CultureInfo.InvariantCulture, $"{n:N0} pages"), n, 0)));
if (options.Glossary)
{
    rows.Add(new BenchRow(string.Create(CultureInfo.InvariantCulture, $"{options.GlossarySize:N0} pages, {options.GlossaryTerms} terms"), options.GlossarySize, options.GlossaryTerms));
}

Console.WriteLine($"Machine: {Machine.Describe()}");
Console.WriteLine($"Runs: {options.Warmup} warm-up and {options.Runs} timed per generator and row, alternating; medians below.");
var runner = new BenchRunner(options, siteRoot, work);
var results = new List<RowResult>();
SearchCostResult? searchCost = null;
try
{
    foreach (var row in rows)
    {
        var before = Machine.Load();
        var result = await runner.RunAsync(row);
        results.Add(result);
        Console.WriteLine($"{Report.Runs(result)} (load {before} → {Machine.Load()})");
    }

    if (options.SearchCost > 0)
    {
        var before = Machine.Load();
        searchCost = await runner.RunSearchCostAsync(options.SearchCost);
        Console.WriteLine($"{Report.SearchCostRuns(searchCost)} (load {before} → {Machine.Load()})");
    }
}
catch (InvalidOperationException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
finally
{
    if (options.Work is null)
    {
        Directory.Delete(work, recursive: true);
    }
}

Console.WriteLine();
if (results.Count > 0)
{
    Console.WriteLine(Report.Table(results));
}

if (searchCost is not null)
{
    Console.WriteLine(Report.SearchCost(searchCost));
}

return 0;

static string? FindSiteRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "briefing.yml")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            return dir.FullName;
        }
    }

    return null;
}
