namespace Briefing.Cli;

/// <summary>The process exit codes, documented in README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The site's content has errors (reported with file, line and column).</summary>
    public const int ContentError = 1;

    /// <summary>The command line was wrong, or the site root could not be found.</summary>
    public const int UsageError = 2;

    /// <summary>The user pressed Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
