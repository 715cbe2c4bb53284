using System.Diagnostics;
using Briefing.PreviewBench;
using Briefing.Site;

var repo = SiteRoot.Find(Environment.CurrentDirectory) ?? throw new InvalidOperationException("run inside the repository");
var scratch = Path.Combine(Path.GetTempPath(), "briefing-bench-" + Environment.ProcessId);
SiteCopy.Copy(repo, scratch);
GeneratedSite.AddSummaries(scratch, 991);
var options = new BuildOptions { SiteRoot = scratch, OutputDirectory = Path.Combine(scratch, "output") };
for (var i = 0; i < 5; i++)
{
    var clock = Stopwatch.StartNew();
    var report = await SiteBuild.RunAsync(options);
    Console.WriteLine($"{report.PagesWritten} pages in {clock.ElapsedMilliseconds} ms, ok={report.Succeeded} {string.Join("\n", report.Diagnostics.Take(3))}");
}
Directory.Delete(scratch, true);
