using Briefing.Core;
using Briefing.Publishing;

namespace Briefing.Preview;

/// <summary>
/// One build of the site through <paramref name="writer"/>, with <paramref name="sessionServices"/> (the caches a
/// session keeps) beside the build's own. Handed in by the command line, so that the preview does not depend on
/// how a site is composed.
/// </summary>
internal delegate Task<BuildReport> SiteBuilder(
    BuildOptions options, ISiteWriter writer, IReadOnlyList<object> sessionServices, CancellationToken cancellationToken);
