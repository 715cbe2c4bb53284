namespace Briefing.BuildBench;

/// <summary>
/// One row of the comparison: a Briefing site (and, for generated corpora, a Hugo site over the same pages) and
/// how to prepare it. <paramref name="Pages"/> is the number of generated pages, 0 for the real site alone.
/// </summary>
internal sealed record BenchRow(string Name, int Pages, int GlossaryTerms)
{
    public bool HasHugo => Pages > 0;
}
