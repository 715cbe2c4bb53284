namespace Briefing.Search;

/// <summary>A word occurs in entry <paramref name="Entry"/>; <paramref name="Impact"/> (1–31) is its quantised score there.</summary>
internal readonly record struct SearchPosting(int Entry, int Impact);
