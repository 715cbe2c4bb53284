using Briefing.Pipeline.Diagnostics;

namespace Briefing.Preview;

/// <summary>What the server serves: a preview session that rebuilds, or a finished output folder.</summary>
internal interface ISiteSource
{
    /// <summary>The site to serve now, or null while there is none yet (the first build is running or failed).</summary>
    ServedSite? Current { get; }

    /// <summary>The errors of the last build, empty when it succeeded.</summary>
    IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>The base path to redirect to when no site has been built yet.</summary>
    string BasePath { get; }
}
