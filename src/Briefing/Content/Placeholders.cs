namespace Briefing.Content;

/// <summary>
/// Marks content still to write. A paragraph, list item, title or short definition that starts with
/// <c>TODO:</c> is a placeholder: the words up to the first full stop say what is missing ("TODO: key judgment.
/// One sentence …" → "key judgment still to write"), the rest is a hint for the author. The build warns at each
/// one and leaves it out of the published page; with --drafts it is shown, marked.
/// </summary>
internal static class Placeholders
{
    public const string Marker = "TODO:";

    public static bool IsPlaceholder(string? text) =>
        text is not null && text.TrimStart().StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>"key judgment still to write" for "TODO: key judgment. One sentence …".</summary>
    public static string Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.TrimStart()[Marker.Length..].Trim();
        var stop = rest.IndexOf('.', StringComparison.Ordinal);
        var what = (stop < 0 ? rest : rest[..stop]).Trim();
        return (what.Length == 0 ? "content" : what) + " still to write";
    }

    /// <summary>The scaffold's placeholder for <paramref name="what"/>, with a hint.</summary>
    public static string Write(string what, string hint) => $"{Marker} {what}. {hint}";
}
