namespace Briefing.Preview;

/// <summary>
/// The live-reload client: a script the server adds to every HTML page it serves (never to the files of the
/// build), which listens to the server's event stream. The script is an embedded resource of the app.
/// </summary>
internal static class LiveReloadScript
{
    /// <summary>Paths the preview server answers itself; they lie outside any base path a site would use.</summary>
    public const string Prefix = "/_briefing/";
    public const string ScriptPath = Prefix + "live-reload.js";
    public const string EventsPath = Prefix + "events";

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream("Briefing.Preview.live-reload.js")
            ?? throw new InvalidOperationException("The live-reload script is missing from the app's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Text => Source.Value;

    /// <summary>Adds the script tag before the page's last <c>&lt;/body&gt;</c> (or at the end), carrying the page's version.</summary>
    public static string Inject(string html, string version)
    {
        var tag = $"<script src=\"{ScriptPath}\" data-events=\"{EventsPath}\" data-version=\"{version}\" defer></script>\n";
        var body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body < 0 ? html + tag : html.Insert(body, tag);
    }
}
