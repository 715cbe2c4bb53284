namespace Briefing.Tests.Architecture;

/// <summary>
/// The app's types that must be public, each with the reason. Every other type of <c>src/Briefing</c> is
/// <c>internal</c>: nothing outside the app links against it (the test and benchmark projects see internals), and
/// Fluid reads internal template models as well as public ones. A type joins this list only with a reason that
/// holds for it.
/// </summary>
internal static class PublicTypeAllowList
{
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
