namespace Briefing.BuildBench;

/// <summary>One timed process: wall-clock time, CPU time (user + system) and peak resident memory.</summary>
internal sealed record Measurement(double WallSeconds, double CpuSeconds, double PeakMiB);
