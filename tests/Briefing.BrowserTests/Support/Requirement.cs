namespace Briefing.BrowserTests.Support;

/// <summary>
/// What to do when a tool the browser tests drive (Chromium, Java, the Nu HTML Checker) is not installed: on CI
/// it is a failure, since CI installs them; on a developer's machine the test is skipped with the command that
/// installs the tool, so <c>dotnet test</c> on a fresh machine still runs everything else.
/// </summary>
internal static class Requirement
{
    public static bool OnCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value
        && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";

    public static InvalidOperationException Missing(string message)
    {
        if (!OnCi)
        {
            Assert.Skip(message);
        }

        return new InvalidOperationException(message);
    }
}
