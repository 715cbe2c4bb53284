namespace Briefing.Preview;

/// <summary>
/// What the browser is told on the live-reload stream. <see cref="Kind"/> is the event name: <c>hello</c> (the
/// state when a page connects), <c>reload</c> (pages changed), <c>css</c> (only stylesheets changed), <c>error</c>
/// (the last build failed; the site served is the previous one) or <c>clear</c> (the errors are fixed and the
/// site did not change).
/// </summary>
internal sealed record ReloadEvent(string Kind, string Version, IReadOnlyList<string> Changed, IReadOnlyList<ReloadError> Errors)
{
    public const string Hello = "hello";
    public const string Reload = "reload";
    public const string Css = "css";
    public const string Error = "error";
    public const string Clear = "clear";
}
